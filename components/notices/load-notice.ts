import { requireUser } from "@/lib/auth/session";
import { loadPage, pageId } from "@/lib/load-page";
import { getNotice } from "@/lib/services/notice-queries";

/** The notice for the detail and print pages; 404 when missing or outside the user's scope, 403 for a role that reads no notices. */
export async function loadNotice(id: string) {
  const user = await requireUser();
  const noticeId = pageId(id);
  return { user, ...(await loadPage(() => getNotice({ actor: user, id: noticeId }))) };
}
