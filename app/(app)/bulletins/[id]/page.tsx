import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BulletinDocumentView } from "@/components/bulletins/document-view";
import { EditBulletinForm } from "@/components/bulletins/edit-form";
import { PublishBulletinButton } from "@/components/bulletins/publish-button";
import { PageHeader } from "@/components/ui/page-header";
import { BUTTON_CLASS } from "@/components/ui/field";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { bulletinDocument } from "@/lib/bulletins/document";
import { formatDateTime } from "@/lib/format/dates";
import { toLocale } from "@/lib/i18n/config";
import { serverTranslator } from "@/lib/i18n/server-messages";
import { loadPage, pageId } from "@/lib/load-page";
import { getBulletin } from "@/lib/services/bulletins";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const user = await requireUser();
  const id = pageId((await params).id);
  return { user, bulletin: await loadPage(() => getBulletin({ actor: user, id })) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).bulletin.title };
}

/** One bulletin as it reads, its downloads, and while it is a draft the edit form and the publish button. */
export default async function BulletinPage({ params }: Props) {
  const { user, bulletin } = await load(params);
  const t = await getTranslations("bulletins");
  const doc = bulletinDocument(bulletin, serverTranslator(toLocale(await getLocale())));
  const editable = bulletin.status === "draft" && can(user, "bulletin.write");
  return (
    <article className="space-y-4">
      <Link href="/bulletins" className="text-sm text-brand hover:underline">
        ← {t("view.back")}
      </Link>
      <PageHeader
        title={`${doc.number} ${bulletin.title}`}
        intro={
          bulletin.status === "draft"
            ? `${t("status.draft")} · ${t("view.draftNote")}`
            : t("view.publishedOn", { date: formatDateTime(bulletin.publishedAt) })
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <a href={`/api/bulletins/${bulletin.id}/docx`} download className={BUTTON_CLASS.outline}>
              {t("view.downloadDocx")}
            </a>
            <a href={`/api/bulletins/${bulletin.id}/pdf`} download className={BUTTON_CLASS.outline}>
              {t("view.downloadPdf")}
            </a>
            {editable && <PublishBulletinButton id={bulletin.id} version={bulletin.version} />}
          </div>
        }
      />
      {editable && (
        <EditBulletinForm
          bulletin={{
            id: bulletin.id,
            version: bulletin.version,
            title: bulletin.title,
            summary: bulletin.summary,
            goodPractice: bulletin.goodPractice,
          }}
        />
      )}
      <BulletinDocumentView doc={doc} />
    </article>
  );
}
