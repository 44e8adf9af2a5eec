import { describe, expect, it } from "vitest";
import type { UserRole } from "@/db/schema/users";
import { can, PERMISSIONS, scopeOf, type Actor, type Permission, type Resource } from "./index";

/** DESIGN.md "Roles and what they may do", one line per row; liaison rows hold for their own department. */
const TABLE: { row: string; permissions: Permission[]; roles: UserRole[] }[] = [
  {
    row: "read plans, items, dashboards",
    permissions: ["plan.read"],
    roles: ["admin", "secretariat", "supervisor", "liaison", "leader"],
  },
  {
    row: "open the overdue board",
    permissions: ["board.view"],
    roles: ["admin", "secretariat", "supervisor", "leader"],
  },
  { row: "open 我的任务, the department's inbox", permissions: ["inbox.view"], roles: ["liaison"] },
  {
    row: "read supervision notices (liaison: its department's)",
    permissions: ["notice.read"],
    roles: ["admin", "secretariat", "supervisor", "liaison", "leader"],
  },
  { row: "read a report before it is submitted", permissions: ["report.readDraft"], roles: ["liaison"] },
  {
    row: "import / edit / publish plans, decompose items",
    permissions: ["plan.import", "plan.edit", "plan.publish", "item.decompose"],
    roles: ["admin", "secretariat"],
  },
  {
    row: "assign departments, set deadlines, dispatch",
    permissions: ["item.assign", "item.dispatch"],
    roles: ["admin", "secretariat"],
  },
  {
    row: "acknowledge, file progress reports, request extension, answer notices (and ask for completion)",
    permissions: ["item.acknowledge", "report.write", "extension.request", "notice.respond", "completion.request"],
    roles: ["liaison"],
  },
  {
    row: "review reports, decide extensions, approve completion",
    permissions: ["report.review", "extension.decide", "completion.decide"],
    roles: ["admin", "secretariat"],
  },
  {
    row: "issue reminders and supervision notices",
    permissions: ["notice.issue", "notice.close"],
    roles: ["admin", "secretariat", "supervisor"],
  },
  {
    row: "read audit trail",
    permissions: ["audit.read"],
    roles: ["admin", "secretariat", "supervisor", "liaison", "auditor"],
  },
  {
    row: "verify the audit hash chain (三权分立: the auditor alone)",
    permissions: ["audit.verify"],
    roles: ["auditor"],
  },
  { row: "export", permissions: ["export"], roles: ["admin", "secretariat", "supervisor", "liaison", "leader"] },
  { row: "configure the 量化考核 score rules", permissions: ["score.configure"], roles: ["admin", "secretariat"] },
  { row: "make and revoke meeting-room screen links", permissions: ["screen.manage"], roles: ["admin", "secretariat"] },
  { row: "generate, edit and publish 督查通报", permissions: ["bulletin.write"], roles: ["admin", "secretariat"] },
  {
    row: "read published 督查通报",
    permissions: ["bulletin.read"],
    roles: ["admin", "secretariat", "supervisor", "liaison", "leader"],
  },
  {
    row: "manage users and departments (and the outbox, settings)",
    permissions: ["user.manage", "department.manage", "outbox.read", "settings.manage"],
    roles: ["admin"],
  },
];

const ROLES: UserRole[] = ["admin", "secretariat", "supervisor", "liaison", "leader", "auditor"];
const KJJ = 11;
const SWJ = 12;
const actor = (role: UserRole, departmentId: number | null = role === "liaison" ? KJJ : null): Actor => ({
  id: 1,
  role,
  departmentId,
  displayName: "测试",
});
const item = (...assignments: { departmentId: number; role: "lead" | "support" }[]): Resource => ({
  type: "workItem",
  assignments,
});

describe("the permission table (DESIGN.md), row by row", () => {
  for (const { row, permissions, roles } of TABLE) {
    for (const role of ROLES) {
      const allowed = roles.includes(role);
      it(`${row}: ${role} ${allowed ? "may" : "may not"}`, () => {
        for (const permission of permissions) expect(can(actor(role), permission), permission).toBe(allowed);
      });
    }
  }

  it("covers every permission the app defines", () => {
    const covered = new Set(TABLE.flatMap((r) => r.permissions));
    expect(PERMISSIONS.filter((p) => !covered.has(p))).toEqual([]);
  });

  it("refuses anyone not signed in", () => {
    for (const permission of PERMISSIONS) expect(can(null, permission)).toBe(false);
  });
});

describe("department scope", () => {
  const kjj = actor("liaison", KJJ);

  it("lets a liaison act on items where their department is lead or support", () => {
    expect(can(kjj, "report.write", item({ departmentId: KJJ, role: "lead" }))).toBe(true);
    expect(
      can(kjj, "report.write", item({ departmentId: SWJ, role: "lead" }, { departmentId: KJJ, role: "support" })),
    ).toBe(true);
    expect(
      can(kjj, "item.acknowledge", item({ departmentId: SWJ, role: "lead" }, { departmentId: KJJ, role: "support" })),
    ).toBe(true);
  });

  it("refuses a liaison on items assigned only to other departments", () => {
    const other = item({ departmentId: SWJ, role: "lead" });
    for (const p of [
      "item.acknowledge",
      "report.write",
      "report.readDraft",
      "extension.request",
      "completion.request",
      "notice.respond",
      "audit.read",
      "export",
    ] as const) {
      expect(can(kjj, p, other), p).toBe(false);
    }
    expect(can(kjj, "report.write", item())).toBe(false);
  });

  it("keeps lead-only actions (completion request) to the lead department", () => {
    expect(can(kjj, "completion.request", item({ departmentId: KJJ, role: "lead" }))).toBe(true);
    expect(
      can(kjj, "completion.request", item({ departmentId: SWJ, role: "lead" }, { departmentId: KJJ, role: "support" })),
    ).toBe(false);
    expect(
      can(kjj, "extension.request", item({ departmentId: SWJ, role: "lead" }, { departmentId: KJJ, role: "support" })),
    ).toBe(true);
  });

  it("refuses a liaison without a department anything scoped", () => {
    expect(can(actor("liaison", null), "report.write", item({ departmentId: KJJ, role: "lead" }))).toBe(false);
  });

  it("applies department resources to the liaison's own department only", () => {
    expect(can(kjj, "export", { type: "department", departmentId: KJJ })).toBe(true);
    expect(can(kjj, "export", { type: "department", departmentId: SWJ })).toBe(false);
  });

  it("does not widen other roles by scope, nor narrow them", () => {
    const other = item({ departmentId: SWJ, role: "lead" });
    expect(can(actor("secretariat"), "item.dispatch", other)).toBe(true);
    expect(can(actor("supervisor"), "audit.read", other)).toBe(true);
    expect(can(actor("supervisor"), "report.write", other)).toBe(false);
    expect(can(actor("leader"), "notice.issue", other)).toBe(false);
  });

  it("tells listings how much to show", () => {
    expect(scopeOf(kjj, "audit.read")).toBe("department");
    expect(scopeOf(actor("supervisor"), "audit.read")).toBe("all");
    expect(scopeOf(actor("leader"), "audit.read")).toBe("none");
    expect(scopeOf(kjj, "plan.read")).toBe("all");
  });
});
