import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import {
  completionRequests,
  extensionRequests,
  progressReports,
  supervisionNotices,
  users,
  workItems,
} from "@/db/schema";
import { setupTestDatabase, uniqueName } from "@/db/test-utils";
import { GET as exportAudit } from "@/app/api/export/audit/route";
import { createDepartmentAction, createUserAction, setUserActiveAction, updateUserAction } from "@/lib/actions/admin";
import { acknowledgeAction, dispatchAction } from "@/lib/actions/lifecycle";
import { closeNoticeAction, escalateNoticeAction, issueNoticeAction, respondNoticeAction } from "@/lib/actions/notices";
import { reviewReportAction, saveReportAction } from "@/lib/actions/reports";
import {
  decideCompletionAction,
  decideExtensionAction,
  requestCompletionAction,
  requestExtensionAction,
} from "@/lib/actions/requests";
import { addDays, today } from "@/lib/clock";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { periodOf } from "@/lib/lifecycle/periods";
import { verifyCredentials } from "@/lib/services/accounts";
import { listAuditEvents } from "@/lib/services/audit-log";
import { createTestPlan, departmentId } from "@/lib/test/factories";
import { actAs } from "@/lib/test/session";
import { presentAuditRows } from "./rows";

let locale: Locale = "zh-CN";
vi.mock("next-intl/server", () => ({
  getLocale: async () => locale,
  getTranslations: async (ns: string) => (key: string) => {
    const tree = loadMessages(locale)[ns] as Record<string, unknown>;
    return key.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], tree) as string;
  },
}));

beforeAll(setupTestDatabase);

const PDF = new TextEncoder().encode("%PDF-1.4\n%test\n");
const ok = <T extends { ok: boolean }>(r: T): T => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
};

/** Every kind of change a user makes, on one item, plus accounts, departments and sign-ins. */
async function runEveryAction() {
  const { plan, items } = await createTestPlan({
    items: [
      {
        lead: ["市科技局"],
        support: ["市商务局"],
        indicators: [{ name: "技术合同成交额占比", comparator: ">=", targetValue: 6, unit: "%" }],
      },
    ],
  });
  let item = items[0]!;
  await actAs("secretariat");
  ok(
    await dispatchAction({
      items: [{ id: item.id, version: item.version }],
      dueOn: addDays(today(), 60),
      reportingCycle: "quarterly",
      reportDueDay: 20,
    }),
  );
  await actAs("kjj");
  ok(await acknowledgeAction({ workItemId: item.id }));
  const [indicator] = await db.query.indicators.findMany({ where: (t, { eq: e }) => e(t.workItemId, item.id) });
  const report = {
    workItemId: item.id,
    period: periodOf(today(), "quarterly")!,
    progressStatus: "in_progress" as const,
    percent: 40,
    narrative: "完成技术合同登记工作",
    readings: [{ indicatorId: indicator!.id, value: "2.8" }],
  };
  ok(await saveReportAction({ ...report, intent: "submit" }));
  const reportRow = async () =>
    (await db.select().from(progressReports).where(eq(progressReports.workItemId, item.id)))[0]!;
  await actAs("secretariat");
  let r = await reportRow();
  ok(await reviewReportAction({ reportId: r.id, version: r.version, decision: "return", reason: "请补充合同清单" }));
  await actAs("kjj");
  r = await reportRow();
  ok(await saveReportAction({ ...report, reportId: r.id, version: r.version, intent: "submit", percent: 50 }));
  await actAs("secretariat");
  r = await reportRow();
  ok(await reviewReportAction({ reportId: r.id, version: r.version, decision: "accept" }));

  const itemNow = async () => (await db.select().from(workItems).where(eq(workItems.id, item.id)))[0]!;
  await actAs("kjj");
  item = await itemNow();
  ok(
    await requestExtensionAction({
      workItemId: item.id,
      version: item.version,
      requestedDueOn: addDays(item.dueOn!, 90),
      reason: "配套资金尚未到位",
    }),
  );
  await actAs("secretariat");
  const [ext] = await db.select().from(extensionRequests).where(eq(extensionRequests.workItemId, item.id));
  ok(await decideExtensionAction({ requestId: ext!.id, version: ext!.version, decision: "approve" }));

  const dept = await departmentId("市科技局");
  await actAs("supervisor");
  const first = ok(
    await issueNoticeAction({
      workItemId: item.id,
      departmentId: dept,
      level: "supervise",
      reason: "请说明进度",
      deadlineMode: "workingDays",
      workingDays: 5,
    }),
  );
  const second = ok(
    await issueNoticeAction({
      workItemId: item.id,
      departmentId: dept,
      level: "reminder",
      reason: "请加快推进",
      deadlineMode: "workingDays",
      workingDays: 5,
    }),
  );
  ok(
    await escalateNoticeAction({
      noticeId: second.ok ? second.data.id : 0,
      version: 1,
      reason: "逾期未答复",
      deadlineMode: "workingDays",
      workingDays: 2,
    }),
  );
  await actAs("kjj");
  const noticeId = first.ok ? first.data.id : 0;
  ok(await respondNoticeAction({ noticeId, version: 1, response: "已制定整改方案" }));
  await actAs("supervisor");
  const [notice] = await db.select().from(supervisionNotices).where(eq(supervisionNotices.id, noticeId));
  ok(await closeNoticeAction({ noticeId, version: notice!.version }));

  await actAs("kjj");
  item = await itemNow();
  const form = new FormData();
  form.set("workItemId", String(item.id));
  form.set("version", String(item.version));
  form.set("summary", "四大实验室已建成投用");
  form.append("files", new File([PDF], "办结总结.pdf", { type: "application/pdf" }));
  ok(await requestCompletionAction(form));
  await actAs("secretariat");
  const [done] = await db.select().from(completionRequests).where(eq(completionRequests.workItemId, item.id));
  ok(await decideCompletionAction({ requestId: done!.id, version: done!.version, decision: "approve" }));

  await actAs("admin");
  const username = uniqueName("scan").replace(/[^A-Za-z0-9]/g, "");
  const created = ok(
    await createUserAction({ username, displayName: "审计扫描用户", role: "liaison", departmentId: String(dept) }),
  );
  await verifyCredentials({ username, password: created.ok ? created.data.temporaryPassword : "" });
  const [user] = await db.select().from(users).where(eq(users.username, username));
  ok(
    await updateUserAction({
      id: user!.id,
      version: user!.version,
      displayName: "审计扫描用户二",
      role: "leader",
      departmentId: "",
    }),
  );
  const [again] = await db.select().from(users).where(eq(users.id, user!.id));
  ok(await setUserActiveAction({ id: again!.id, version: again!.version, active: false }));
  ok(await createDepartmentAction({ name: uniqueName("审计扫描局"), kind: "municipal" }));
  await verifyCredentials({ username: "kjj", password: "wrong-password" });
  return { planId: plan.id, itemId: item.id };
}

const ENGLISH_CODES =
  /\b(draft|dispatched|completed|submitted|returned|accepted|open|responded|closed|escalated|pending|approved|refused|withdrawn|published|reminder|urge|supervise|lead|support|liaison|secretariat|supervisor|admin|leader|in_progress|not_started|monthly|quarterly|municipal|true|false|null|undefined)\b/;
const RAW = [
  { what: "camelCase key", re: /\b[a-z]+[A-Z][A-Za-z]*\b/ },
  { what: "snake_case code", re: /\b[a-z]+_[a-z_]+\b/ },
  { what: "action code", re: /\b[a-z]+\.[a-z][A-Za-z.]*\b/ },
  { what: "ISO time", re: /\d{4}-\d{2}-\d{2}T\d{2}/ },
  { what: "hash", re: /\b[0-9a-f]{32,}\b/ },
  { what: "JSON", re: /[{}[\]]|":/ },
  { what: "id reference", re: /#\d/ },
];

function rawIn(shown: string, english: boolean) {
  // An e-mail address (a user's 邮箱) is a value people typed, not a code.
  const text = shown.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "");
  const found = RAW.filter((p) => p.re.test(text)).map((p) => `${p.what}: ${p.re.exec(text)![0]}`);
  if (!english && ENGLISH_CODES.test(text)) found.push(`English code: ${ENGLISH_CODES.exec(text)![0]}`);
  return found;
}

describe("audit trail wording", () => {
  it("reads without raw keys, ids, English codes, ISO times or hashes, on the page and in the CSV, in both languages", async () => {
    const { itemId } = await runEveryAction();
    const supervisor = (await actAs("supervisor"))!;
    const actions = new Set<string>();
    for (const l of ["zh-CN", "en"] as const) {
      locale = l;
      const { rows } = await listAuditEvents({ actor: supervisor, filters: { signIns: true } });
      const itemRows = (await listAuditEvents({ actor: supervisor, filters: { workItemId: itemId } })).rows;
      for (const row of [...rows, ...itemRows]) actions.add(row.event.action);
      const presented = await presentAuditRows([...rows, ...itemRows], l);
      for (const row of presented) {
        // A username is the user's own text (a demo account is called "leader"): not a code.
        const words = row.changes.filter((c) => c.field !== "username");
        const text = [
          row.action,
          row.entity,
          row.actor,
          row.time,
          ...words.flatMap((c) => [c.label, c.before, c.after]),
        ].join(" | ");
        // Titles and plan names are user text; the item column is checked by the link test below.
        expect(rawIn(text, l === "en"), text).toEqual([]);
      }
      const csv = await (
        await exportAudit(new Request(`http://localhost/api/export/audit?workItemId=${itemId}`), {
          params: Promise.resolve({}),
        })
      ).text();
      const body = csv.split("\r\n").slice(1).join("\n");
      expect(rawIn(body, l === "en"), body).toEqual([]);
    }
    // The scan covered every kind of change made above.
    for (const a of [
      "item.dispatch",
      "item.acknowledge",
      "report.submit",
      "report.return",
      "report.accept",
      "extension.request",
      "extension.approve",
      "notice.issue",
      "notice.escalate",
      "notice.respond",
      "notice.close",
      "completion.request",
      "completion.approve",
      "user.create",
      "user.update",
      "user.deactivate",
      "department.create",
      "auth.signInFailed",
      "auth.signIn",
    ]) {
      expect(actions).toContain(a);
    }
  });

  it("names people, departments and files, and shows local times", async () => {
    const { itemId } = await runEveryAction();
    locale = "zh-CN";
    const supervisor = (await actAs("supervisor"))!;
    const { rows } = await listAuditEvents({ actor: supervisor, filters: { workItemId: itemId } });
    const presented = await presentAuditRows(rows, "zh-CN");
    const text = JSON.stringify(presented);
    const close = presented.find((r) => r.action === "办结督办单")!;
    expect(close.changes).toContainEqual(expect.objectContaining({ label: "状态", before: "已答复", after: "已办结" }));
    expect(close.changes).toContainEqual(expect.objectContaining({ label: "办结人", after: "李督查" }));
    expect(close.changes.find((c) => c.label === "办结时间")!.after).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const dispatch = presented.find((r) => r.action === "交办")!;
    expect(dispatch.changes).toContainEqual(
      expect.objectContaining({ label: "责任单位", after: "市科技局、市商务局" }),
    );
    expect(dispatch.changes).toContainEqual(
      expect.objectContaining({ label: "状态", before: "未交办", after: "已交办" }),
    );
    expect(text).toContain("办结总结.pdf");
    expect(text).toContain("技术合同成交额占比: 2.8");
    expect(presented.every((r) => r.itemId === itemId)).toBe(true);
  });

  it("hides sign-ins by default and shows them when asked", async () => {
    // kjj already failed once above (the growing delay would refuse a second try at once).
    await verifyCredentials({ username: "swj", password: "wrong-password" });
    const supervisor = (await actAs("supervisor"))!;
    const hidden = await listAuditEvents({ actor: supervisor });
    expect(hidden.rows.some((r) => r.event.action.startsWith("auth."))).toBe(false);
    const shown = await listAuditEvents({ actor: supervisor, filters: { signIns: true } });
    expect(shown.rows.some((r) => r.event.action === "auth.signInFailed")).toBe(true);
  });
});
