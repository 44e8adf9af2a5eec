"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { DiffItem, DiffUnit, ItemChange } from "@/lib/plan-import/plan-diff";
import type { RevisionChangeView } from "@/lib/services/plan-revision";

/** Before → after, side by side on a wide screen. */
function BeforeAfter({ before, after }: { before: string; after: string }) {
  const t = useTranslations("revisions");
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-2">
      <div className="rounded bg-red-50 p-2">
        <dt className="font-medium text-red-800">{t("before")}</dt>
        <dd className="whitespace-pre-wrap">{before}</dd>
      </div>
      <div className="rounded bg-green-50 p-2">
        <dt className="font-medium text-green-800">{t("after")}</dt>
        <dd className="whitespace-pre-wrap">{after}</dd>
      </div>
    </dl>
  );
}

function useUnitNames() {
  const t = useTranslations("revisions");
  return (units: DiffUnit[]) => units.map((u) => `${u.name}(${t(`roles.${u.role}`)})`).join("、");
}

function ItemText({ item }: { item: DiffItem }) {
  const t = useTranslations("revisions");
  const names = useUnitNames();
  return (
    <div className="space-y-1 text-sm">
      <p className="whitespace-pre-wrap">{item.text}</p>
      {item.units.length > 0 && <p className="text-slate-600">{names(item.units)}</p>}
      <p className="text-slate-600">
        {t("kinds.deadline")}:{item.dueOn ?? t("noDeadline")}
      </p>
    </div>
  );
}

/** What changed, in the words of its kind. */
function ChangeBody({ change }: { change: ItemChange }) {
  const t = useTranslations("revisions");
  const names = useUnitNames();
  const list = (values: string[]) => (values.length ? values.join(";") : t("noIndicators"));
  switch (change.kind) {
    case "reworded":
      return <BeforeAfter before={change.before} after={change.after} />;
    case "deadline":
      return <BeforeAfter before={change.before ?? t("noDeadline")} after={change.after ?? t("noDeadline")} />;
    case "indicators":
      return <BeforeAfter before={list(change.before)} after={list(change.after)} />;
    case "units":
      return (
        <ul className="space-y-1 text-sm">
          {change.added.length > 0 && (
            <li className="text-green-800">{t("unitsAdded", { units: names(change.added) })}</li>
          )}
          {change.removed.length > 0 && (
            <li className="text-red-800">{t("unitsRemoved", { units: names(change.removed) })}</li>
          )}
        </ul>
      );
    case "added":
      return <ItemText item={change.after} />;
    case "removed":
      return <ItemText item={change.before} />;
  }
}

/** One change of a revision with its accept box (checked = accepted, unchecked = rejected). */
export function RevisionChange({
  view,
  registration,
}: {
  view: RevisionChangeView;
  registration: UseFormRegisterReturn;
}) {
  const t = useTranslations("revisions");
  const { change } = view;
  const kind = t(`kinds.${change.kind}`);
  return (
    <li className="space-y-2 rounded border border-slate-200 bg-white p-3" data-testid={`revision-${view.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium">{kind}</span>
        <span className="font-medium">
          {change.code} {view.title}
        </span>
        {view.status && <span className="text-xs text-slate-500">{t(`status.${view.status}`)}</span>}
        <label className="ml-auto flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            value={view.id}
            disabled={view.blocked != null}
            aria-label={t("acceptLabel", { code: change.code, kind })}
            {...registration}
          />
          {t("accept")}
        </label>
      </div>
      <ChangeBody change={change} />
      {view.removal && <p className="text-sm text-amber-800">{t(`removal.${view.removal}`)}</p>}
      {change.kind === "added" && <p className="text-sm text-slate-600">{t("addedNote")}</p>}
      {view.blocked && <p className="text-sm text-red-700">{t(`blocked.${view.blocked}`)}</p>}
    </li>
  );
}
