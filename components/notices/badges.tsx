import { getTranslations } from "next-intl/server";

const LEVEL_STYLE = {
  reminder: "bg-sky-100 text-sky-800",
  urge: "bg-amber-100 text-amber-900",
  supervise: "bg-red-100 text-red-800",
} as const;
const STATUS_STYLE = {
  open: "bg-slate-100 text-slate-800",
  responded: "bg-blue-100 text-blue-800",
  closed: "bg-green-100 text-green-800",
  escalated: "bg-purple-100 text-purple-800",
} as const;

export async function LevelBadge({ level }: { level: keyof typeof LEVEL_STYLE }) {
  const t = await getTranslations("notices");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${LEVEL_STYLE[level]}`}>
      {t(`level.${level}`)}
    </span>
  );
}

export async function StatusBadge({ status, overdue }: { status: keyof typeof STATUS_STYLE; overdue?: boolean }) {
  const t = await getTranslations("notices");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>
        {t(`status.${status}`)}
      </span>
      {overdue && (
        <span className="inline-block rounded bg-red-600 px-2 py-0.5 text-xs font-medium text-white">
          {t("overdue")}
        </span>
      )}
    </span>
  );
}
