import { periodLabel } from "@/lib/lifecycle/periods";
import type { MessageTranslator, MessageValues } from "@/lib/i18n/message-ref";
import type { BulletinView, NoticeLevel } from "./content";

/** One piece of the document, in reading order; the .docx and the PDF lay out the same pieces. */
export type DocBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; headers: string[]; rows: string[][]; widths: number[] };

export interface BulletinDocument {
  /** 督查通报 and its number 〔2026〕第3期. */
  masthead: string;
  number: string;
  title: string;
  /** Period, days counted and the snapshot day. */
  meta: string;
  blocks: DocBlock[];
  /** The file name, without extension. */
  fileName: string;
}

/**
 * The bulletin's text in the translator's language: the fixed wording lives in the `bulletins.document`
 * messages, the figures come from the stored content, the summary and good practice are the secretariat's.
 */
export function bulletinDocument(b: BulletinView, translate: MessageTranslator): BulletinDocument {
  const t = (key: string, values: MessageValues = {}) => translate(`bulletins.document.${key}`, values);
  const c = b.content;
  const period = periodLabel(b.period, (key, values) => translate(`common.period.${key}`, values));
  const number = t("number", { year: b.year, issueNo: b.issueNo });
  const level = (l: NoticeLevel) => t(`levels.${l}`);
  const none = (text: string): DocBlock => ({ kind: "paragraph", text });
  const blocks: DocBlock[] = [
    { kind: "heading", text: t("sections.summary") },
    { kind: "paragraph", text: t("summaryCounts", { period, ...c.summary }) },
    ...(b.summary.trim() ? paragraphs(b.summary) : []),
    { kind: "heading", text: t("sections.ranking") },
    c.ranking.length
      ? {
          kind: "table",
          headers: [t("ranking.rank"), t("ranking.department"), t("ranking.score"), t("ranking.max")],
          rows: c.ranking.map((r) => [String(r.rank), r.departmentName, format(r.score), format(r.max)]),
          widths: [12, 48, 20, 20],
        }
      : none(t("ranking.none")),
    { kind: "heading", text: t("sections.red") },
    c.redItems.length
      ? {
          kind: "table",
          headers: [t("red.code"), t("red.title"), t("red.lead"), t("red.due"), t("red.daysOverdue")],
          rows: c.redItems.map((r) => [
            r.code,
            r.title,
            r.leadUnits.join(t("listSeparator")),
            r.dueOn ?? t("red.noDue"),
            String(r.daysOverdue),
          ]),
          widths: [10, 40, 22, 16, 12],
        }
      : none(t("red.none")),
    ...(c.summary.red > c.redItems.length
      ? [none(t("red.more", { shown: c.redItems.length, total: c.summary.red }))]
      : []),
    { kind: "heading", text: t("sections.notices") },
    { kind: "paragraph", text: t("noticeCounts", { period, ...c.notices.counts }) },
    ...(c.notices.list.length
      ? [
          {
            kind: "table" as const,
            headers: [t("notices.level"), t("notices.department"), t("notices.item"), t("notices.issuedOn")],
            rows: c.notices.list.map((n) => [
              level(n.level),
              n.departmentName,
              `${n.itemCode} ${n.itemTitle}`,
              n.issuedOn,
            ]),
            widths: [14, 26, 44, 16],
          },
        ]
      : []),
    ...(noticeTotal(c.notices.counts) > c.notices.list.length
      ? [none(t("notices.more", { shown: c.notices.list.length, total: noticeTotal(c.notices.counts) }))]
      : []),
    { kind: "heading", text: t("sections.goodPractice") },
    ...(b.goodPractice.trim() ? paragraphs(b.goodPractice) : [none(t("goodPracticeNone"))]),
  ];
  return {
    masthead: t("masthead"),
    number,
    title: b.title,
    meta: t("meta", { period, from: c.from, until: c.until, snapshotOn: b.snapshotOn }),
    blocks,
    fileName: t("fileName", { year: b.year, issueNo: b.issueNo }),
  };
}

function noticeTotal(counts: Record<NoticeLevel, number>): number {
  return counts.reminder + counts.urge + counts.supervise;
}

function paragraphs(text: string): DocBlock[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: "paragraph", text: line }));
}

/** A score as people write it: no trailing zeros (98.5, 100). */
function format(n: number): string {
  return String(Math.round(n * 10) / 10);
}
