"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { PlanReview, ReviewField, ReviewItem } from "@/lib/plan-import/review-list";
import type { SourceSpan } from "@/lib/plan-import/types";

/**
 * The source beside the breakdown: pointing at a unit, a deadline or an item highlights the words
 * it was read from. Items whose reading is uncertain come first, with why.
 */
export function SourceReview({ review }: { review: PlanReview }) {
  const t = useTranslations("plans.review");
  const [selected, setSelected] = useState<{ key: string; span: SourceSpan } | null>(null);
  const markRef = useRef<HTMLElement>(null);
  // A block body: newer browsers return a promise from scrollIntoView, which React would take as a cleanup.
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const point = (key: string, span: SourceSpan | null) => span && setSelected({ key, span });
  const fieldLabel = (f: ReviewField) =>
    f.kind === "indicator" || f.kind === "person" ? f.label : `${t(`kind.${f.kind}`)} ${f.label}`;
  const uncertain = review.items.filter((i) => i.doubts.length > 0).length;
  const { source } = review;
  const span = selected?.span;

  return (
    <section aria-labelledby="source-review" className="space-y-2 rounded bg-white p-3 shadow-sm">
      <h3 id="source-review" className="font-semibold">
        {t("heading")}
      </h3>
      <p className="text-sm text-slate-600">{t("summary", { uncertain, total: review.items.length })}</p>
      {review.rules.length > 0 && (
        <ul aria-label={t("rules")} className="list-disc space-y-0.5 pl-5 text-sm text-sky-900">
          {review.rules.map((r, i) => (
            <li key={i}>
              <button type="button" className="text-left underline" onClick={() => point(`rule-${i}`, r.span)}>
                {t(`rule.${r.kind}`)}:“{r.text}”
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <ol aria-label={t("items")} className="max-h-96 space-y-2 overflow-auto text-sm">
          {review.items.map((item) => (
            <ReviewRow
              key={item.code}
              item={item}
              selectedKey={selected?.key ?? null}
              point={point}
              fieldLabel={fieldLabel}
            />
          ))}
        </ol>
        <pre
          aria-label={t("source")}
          className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded border border-slate-200 p-2 text-sm"
        >
          {span ? (
            <>
              {source.slice(0, span.start)}
              <mark ref={markRef} data-testid="source-highlight" className="bg-yellow-200">
                {source.slice(span.start, span.end)}
              </mark>
              {source.slice(span.end)}
            </>
          ) : (
            source
          )}
        </pre>
      </div>
    </section>
  );
}

function ReviewRow({
  item,
  selectedKey,
  point,
  fieldLabel,
}: {
  item: ReviewItem;
  selectedKey: string | null;
  point: (key: string, span: SourceSpan | null) => void;
  fieldLabel: (f: ReviewField) => string;
}) {
  const t = useTranslations("plans.review");
  return (
    <li className={`rounded border p-2 ${item.doubts.length ? "border-amber-400 bg-amber-50/50" : "border-slate-200"}`}>
      <button type="button" className="text-left font-medium" onClick={() => point(`${item.code}`, item.span)}>
        {item.code} {item.title}
      </button>
      {item.doubts.length > 0 && (
        <p className="text-amber-900">⚠ {item.doubts.map((d) => t(`doubt.${d}`)).join(";")}</p>
      )}
      <div className="mt-1 flex flex-wrap gap-1">
        {item.fields.map((f, i) => {
          const key = `${item.code}-${i}`;
          return (
            <button
              key={key}
              type="button"
              disabled={!f.span}
              aria-pressed={selectedKey === key}
              onClick={() => point(key, f.span)}
              className="rounded border border-slate-300 px-1.5 py-0.5 text-xs aria-pressed:border-brand aria-pressed:bg-sky-50 disabled:opacity-60"
            >
              {fieldLabel(f)}
            </button>
          );
        })}
      </div>
    </li>
  );
}
