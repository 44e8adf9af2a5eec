import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { confirmSecondFactorAction, disableSecondFactorAction, startSecondFactorAction } from "@/lib/actions/account";
import { resetSecondFactorAction, unlockUserAction } from "@/lib/actions/admin";
import { createTestUser } from "@/lib/test/factories";
import { enrolSecondFactor, totpCode } from "@/lib/test/second-factor";
import { testSession } from "@/lib/test/session";
import { describeMatrix, matrixCase, PERSONAS, type MatrixCase } from "./harness";

const ADMIN_ONLY = ["admin"] as const;

/** The signed-in persona, as the actions see it. */
function me() {
  const user = testSession.user;
  if (!user) throw new Error("not signed in");
  return user;
}

async function resetOwnFactor() {
  const user = me();
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  return row!;
}

const cases: MatrixCase<unknown>[] = [
  matrixCase({
    action: "account.secondFactor.start (own)",
    allowed: PERSONAS,
    prepare: async () => ({}),
    call: () => startSecondFactorAction({}),
  }),
  matrixCase({
    action: "account.secondFactor.confirm (own)",
    allowed: PERSONAS,
    prepare: async () => ({}),
    call: async () => {
      const started = await startSecondFactorAction({});
      if (!started.ok) return started;
      return confirmSecondFactorAction({ code: await totpCode(started.data.secret) });
    },
  }),
  matrixCase({
    action: "account.secondFactor.disable (own)",
    allowed: PERSONAS,
    prepare: async () => ({}),
    call: async () => {
      const { recoveryCodes } = await enrolSecondFactor(await resetOwnFactor());
      return disableSecondFactorAction({ code: recoveryCodes[0]! });
    },
  }),
  matrixCase({
    action: "user.unlock",
    allowed: ADMIN_ONLY,
    prepare: () => createTestUser("liaison", "市科技局"),
    call: (user) => unlockUserAction({ id: user.id }),
  }),
  matrixCase({
    action: "user.resetSecondFactor",
    allowed: ADMIN_ONLY,
    prepare: async () => {
      const user = await createTestUser("secretariat", "市发展改革委");
      await enrolSecondFactor(user);
      return user;
    },
    call: (user) => resetSecondFactorAction({ id: user.id, version: user.version }),
  }),
];

describeMatrix("own second factor, admin unlock and second-factor reset", cases);
