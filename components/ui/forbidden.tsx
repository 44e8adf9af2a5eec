import { getTranslations } from "next-intl/server";
import { MessagePage } from "./message-page";

/** The Chinese "no permission" page, rendered by pages whose `can()` check fails. */
export async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return <MessagePage title={t("title")} body={t("body")} action={t("back")} testId="forbidden" />;
}
