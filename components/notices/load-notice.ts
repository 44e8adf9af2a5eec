import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getNotice } from "@/lib/services/notices";

/** The notice for the detail and print pages; 404 when missing or outside the user's scope. */
export async function loadNotice(id: string) {
  const user = await requireUser();
  const noticeId = /^\d+$/.test(id) ? Number(id) : 0;
  if (!noticeId) notFound();
  try {
    return { user, ...(await getNotice({ actor: user, id: noticeId })) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
