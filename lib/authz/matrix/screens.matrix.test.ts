import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { screenLinks, users } from "@/db/schema";
import { createScreenLinkAction, revokeScreenLinkAction } from "@/lib/actions/screens";
import { describeMatrix, matrixCase } from "./harness";

/** A live link for all plans, made straight in the database (its token is not needed here). */
async function liveLink(): Promise<number> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, "admin"));
  const [link] = await db
    .insert(screenLinks)
    .values({ tokenHash: randomBytes(32).toString("hex"), label: "矩阵测试大屏", createdBy: admin!.id })
    .returning({ id: screenLinks.id });
  return link!.id;
}

// Meeting-room screen links: the secretariat (and admin) make and revoke them; everyone else is refused.
describeMatrix("screen links", [
  matrixCase({
    action: "screen.create",
    allowed: ["admin", "secretariat"],
    prepare: async () => null,
    call: () => createScreenLinkAction({ label: "常务会议室", planId: "" }),
  }),
  matrixCase({
    action: "screen.revoke",
    allowed: ["admin", "secretariat"],
    prepare: liveLink,
    call: (id) => revokeScreenLinkAction({ id }),
  }),
]);
