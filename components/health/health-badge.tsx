import { useTranslations } from "next-intl";
import { listedReasons, type ListedReason } from "@/lib/health/compact";
import type { Health, HealthReason } from "@/lib/health/types";

const STYLES: Record<Health, { box: string; dot: string }> = {
  red: { box: "bg-red-50 text-red-800 ring-red-300", dot: "bg-red-600" },
  yellow: { box: "bg-amber-50 text-amber-900 ring-amber-300", dot: "bg-amber-400" },
  green: { box: "bg-green-50 text-green-800 ring-green-300", dot: "bg-green-600" },
  completed: { box: "bg-slate-100 text-slate-700 ring-slate-300", dot: "bg-slate-500" },
};

/** A red/yellow/green/completed light with its Chinese label, so colour is never the only signal. */
export function HealthBadge({ health }: { health: Health }) {
  const t = useTranslations("health");
  const style = STYLES[health];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${style.box}`}
      title={t(`levelDescriptions.${health}`)}
      data-health={health}
    >
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${style.dot}`} />
      {t(`levels.${health}`)}
    </span>
  );
}

/**
 * The reasons behind an item's light, translated. In a list of items (`listed`) several missing
 * reports are one line (lib/health/compact.ts); the item page shows each.
 */
export function HealthReasons({ reasons, listed = false }: { reasons: HealthReason[]; listed?: boolean }) {
  const t = useTranslations("health");
  if (reasons.length === 0) return <span className="text-slate-500">{t("noReasons")}</span>;
  const shown: ListedReason[] = listed ? listedReasons(reasons) : reasons;
  return (
    <ul className="space-y-0.5">
      {shown.map((reason, i) => (
        <li key={i}>{t(`reasons.${reason.code}`, reason.params as Record<string, string | number>)}</li>
      ))}
    </ul>
  );
}
