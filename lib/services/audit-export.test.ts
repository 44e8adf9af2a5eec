import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { setupTestDatabase } from "@/db/test-utils";
import { GET as exportAudit } from "@/app/api/export/audit/route";
import { issueNoticeAction } from "@/lib/actions/notices";
import { departmentId } from "@/lib/test/factories";
import { itemWithAnsweredNotice } from "@/lib/test/notices";
import { actAs } from "@/lib/test/session";
import { AUDIT_EXPORT_CHUNK } from "./audit-export";

vi.mock("next-intl/server", () => ({
  getLocale: async () => "zh-CN",
  getTranslations: async () => (key: string) => ({ "columns.time": "时间", "columns.actor": "操作人" })[key] ?? key,
}));

beforeAll(setupTestDatabase);

describe("audit export", () => {
  it("exports the filtered records as CSV with a BOM, and refuses leaders", async () => {
    const own = await itemWithAnsweredNotice("市科技局");
    await actAs("secretariat");
    const response = await exportAudit(new Request(`http://localhost/api/export/audit?workItemId=${own.item.id}`), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("时间,操作人");
    expect(text).toContain("状态: 待答复 → 已答复");
    expect(text.trim().split("\r\n")).toHaveLength(3);

    await actAs("leader");
    const refused = await exportAudit(new Request(`http://localhost/api/export/audit`), {
      params: Promise.resolve({}),
    });
    expect(refused.status).toBe(403);
  });

  it("writes a long export in chunks: every record once, newest first, even records stamped in the same instant", async () => {
    // Two chunks and a part of records of one action, all with the same timestamp (a bulk load): the
    // keyset must still walk them by id, not skip or repeat any at a chunk boundary.
    const total = AUDIT_EXPORT_CHUNK * 2 + 345;
    await db.execute(sql`
      insert into audit_events (actor_name, action, entity_type, entity_id, created_at)
      select '导入' || g, 'test.bulk', 'test', g::text, timestamptz '2026-01-02 03:04:05.123456+08' from generate_series(1, ${total}) g`);
    await actAs("supervisor");
    const response = await exportAudit(new Request("http://localhost/api/export/audit?action=test.bulk"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\r\n").slice(1);
    expect(lines).toHaveLength(total);
    expect(new Set(lines).size).toBe(total);
    expect(lines[0]).toContain(`,导入${total},`);
    expect(lines.at(-1)).toContain(",导入1,");
  });

  it("gives each export the trail as it stood when asked: the exports before it included, records added since shown", async () => {
    const own = await itemWithAnsweredNotice("市科技局");
    await actAs("supervisor");
    const exportOf = async (query: string, headers: HeadersInit = {}) =>
      exportAudit(new Request(`http://localhost/api/export/audit?${query}`, { headers }), {
        params: Promise.resolve({}),
      });
    const exportsIn = (csv: string) => csv.split("\r\n").filter((line) => line.includes("导出审计记录")).length;

    const first = await (await exportOf("category=security")).text();
    const second = await (await exportOf("category=security")).text();
    expect(exportsIn(second)).toBe(exportsIn(first) + 1);

    // Two asked at once share one file, the trail before either; both are recorded.
    const [a, b] = await Promise.all([exportOf("category=security"), exportOf("category=security")]);
    const [textA, textB] = [await a.text(), await b.text()];
    expect(textA).toBe(textB);
    expect(exportsIn(textA)).toBe(exportsIn(second) + 1);
    expect(exportsIn(await (await exportOf("category=security")).text())).toBe(exportsIn(textA) + 2);

    // A filtered export asked again shows a record added since among its records.
    const before = (await (await exportOf(`workItemId=${own.item.id}`)).text()).trim().split("\r\n");
    const issued = await issueNoticeAction({
      workItemId: own.item.id,
      departmentId: await departmentId("市科技局"),
      level: "urge",
      reason: "再次督办",
      deadlineMode: "workingDays",
      workingDays: 5,
    });
    expect(issued.ok).toBe(true);
    const after = (await (await exportOf(`workItemId=${own.item.id}`)).text()).trim().split("\r\n");
    expect(after).toHaveLength(before.length + 1);
    expect(after[1]).toContain("再次督办");

    // Kept compressed, sent as the CSV itself whatever the client accepts: Next.js drops a route's
    // Content-Encoding (a browser would save the compressed bytes as .csv) and compresses on the wire.
    const asBrowser = await exportOf(`workItemId=${own.item.id}`, { "accept-encoding": "gzip, deflate, br" });
    expect(asBrowser.headers.get("content-encoding")).toBeNull();
    expect((await asBrowser.text()).trim().split("\r\n")).toEqual(after);
  });
});
