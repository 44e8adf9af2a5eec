import type { UserRole } from "@/db/schema/users";

declare module "next-auth" {
  interface User {
    role: UserRole;
    departmentId: number | null;
    sessionEpoch: number;
  }
  interface Session {
    user: { id: number; role: UserRole; departmentId: number | null; sessionEpoch: number; name?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    role: UserRole;
    departmentId: number | null;
    sessionEpoch: number;
  }
}
