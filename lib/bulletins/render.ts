import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { serverTranslator } from "@/lib/i18n/server-messages";
import type { BulletinView } from "./content";
import { bulletinDocument } from "./document";
import { bulletinDocx } from "./docx";
import { bulletinPdf } from "./pdf";

export type BulletinFormat = "docx" | "pdf";

export const BULLETIN_MIME: Record<BulletinFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** A bulletin as a file: its bytes and its name (〔2026〕第3期 in Chinese), in the bulletin's language. */
export async function renderBulletin(
  bulletin: BulletinView,
  format: BulletinFormat,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ body: Buffer; fileName: string; asciiName: string; mime: string }> {
  const doc = bulletinDocument(bulletin, serverTranslator(locale));
  const body = format === "docx" ? await bulletinDocx(doc) : await bulletinPdf(doc);
  return {
    body,
    fileName: `${doc.fileName}.${format}`,
    asciiName: `bulletin-${bulletin.year}-${bulletin.issueNo}.${format}`,
    mime: BULLETIN_MIME[format],
  };
}
