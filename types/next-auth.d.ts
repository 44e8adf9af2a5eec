import type { UserRole } from "@/db/schema/users";

declare module "next-auth" {
  interface User {
    role: UserRole;
    departmentId: number | null;
    sessionEpoch: number;
    sessionId: string;
  }
  interface Session {
    user: {
      id: number;
      role: UserRole;
      departmentId: number | null;
      sessionEpoch: number;
      sessionId: string;
      name?: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: UserRole;
    departmentId: number | null;
    sessionEpoch: number;
    /** The user_sessions row: revoked at sign-out, capped by SESSION_MAX_HOURS. */
    sid: string;
  }
}
