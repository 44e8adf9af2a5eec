import { NextResponse } from "next/server";
import { z } from "zod";
import { authorizedRoute } from "@/lib/actions/route";

export const dynamic = "force-dynamic";

/** The signed-in user as the server sees it (reloaded from the database). */
export const GET = authorizedRoute(null, z.object({}), async (_input, user) =>
  NextResponse.json({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    departmentName: user.departmentName,
  }),
);
