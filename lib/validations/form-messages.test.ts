import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { msg } from "@/lib/i18n/message-ref";
import { serverTranslator } from "@/lib/i18n/server-messages";
import { changePasswordSchema } from "./account";
import { signInSchema } from "./auth";
import { subItemSchema } from "./lifecycle";
import { reportSchema } from "./reports";

/**
 * The browser's side of the message refs: a form's resolver (components/ui/localized-resolver.ts)
 * renders the schema's refs with the page's messages. Here the page's `t` is the server's translator
 * and React's memo hooks run their functions directly.
 */
const page = vi.hoisted(() => ({ locale: "zh-CN" as string }));
vi.mock("next-intl", () => ({ useTranslations: () => serverTranslator(page.locale as Locale) }));
vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  useMemo: <T>(make: () => T) => make(),
  useCallback: <T>(fn: T) => fn,
}));

const { useLocalizedResolver } = await import("@/components/ui/localized-resolver");

/** An input as react-hook-form registers it: React's expandos on the element lead into the (cyclic) fiber tree. */
function input(name: string) {
  const element: Record<string, unknown> = { name, focus: () => {} };
  const parent: Record<string, unknown> = { memoizedProps: { message: msg("validation.choose") } };
  const fiber = { stateNode: element, return: parent };
  parent.child = fiber;
  element.__reactFiber$test = fiber;
  element.__reactProps$test = { name };
  return { ref: element, name };
}

async function errorsOf(schema: Parameters<typeof useLocalizedResolver>[0], values: object, locale = "zh-CN") {
  page.locale = locale;
  // Outside React: the hook's own hooks are mocked above, so it is an ordinary function here.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const resolver = useLocalizedResolver(schema);
  const fields = Object.fromEntries(Object.keys(values).map((name) => [name, input(name)]));
  const result = await resolver(values as never, undefined, {
    fields: fields as never,
    shouldUseNativeValidation: false,
    criteriaMode: "firstError",
  });
  return result.errors as Record<string, unknown>;
}

const message = (errors: Record<string, unknown>, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
    { message?: string } | undefined;

describe("a form's resolver shows the schema's messages in the reader's language", () => {
  it("renders a required field's message in Chinese, leaving the input's element alone", async () => {
    const errors = await errorsOf(signInSchema, { username: "", password: "" });
    expect(message(errors, "username")?.message).toBe("请输入用户名");
    expect(message(errors, "password")?.message).toBe("请输入密码");
    const ref = message(errors, "username") as { ref: { __reactFiber$test: { return: { memoizedProps: object } } } };
    expect(ref.ref.__reactFiber$test.return.memoizedProps).toEqual({ message: msg("validation.choose") });
  });

  it("renders nested refs (a label inside a length message, the password rule inside a sentence)", async () => {
    const report = {
      workItemId: 1,
      period: "2025-03",
      intent: "draft",
      progressStatus: "in_progress",
      percent: 10,
      narrative: "",
      difficulties: "难".repeat(2001),
    };
    expect(message(await errorsOf(reportSchema, report), "difficulties")?.message).toBe("存在困难不超过 2000 字");
    expect(message(await errorsOf(reportSchema, report, "en"), "difficulties")?.message).toBe(
      "Difficulties must not exceed 2000 characters",
    );
    const weak = { currentPassword: "old-password", newPassword: "abcdefghij", confirmPassword: "abcdefghij" };
    expect(message(await errorsOf(changePasswordSchema, weak), "newPassword")?.message).toBe(
      "新密码须至少 10 位,且含大写字母、小写字母、数字、符号中的至少三类",
    );
  });

  it("renders messages of fields inside arrays", async () => {
    const subItem = {
      parentId: 1,
      parentVersion: 1,
      title: "子任务一",
      leadDepartmentId: 3,
      indicators: [{ name: "", comparator: ">=", targetValue: 1 }],
    };
    expect(message(await errorsOf(subItemSchema, subItem), "indicators.0.name")?.message).toBe("请填写指标名称");
  });
});
