import { getTranslations } from "next-intl/server";

const COLOURS: Record<string, string> = {
  pending: "bg-amber-100 text-amber-800",
  approved: "bg-green-100 text-green-800",
  refused: "bg-red-100 text-red-800",
  withdrawn: "bg-slate-100 text-slate-700",
};

export async function RequestStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("requests.status");
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-medium ${COLOURS[status] ?? COLOURS.withdrawn}`}>
      {t(status as "pending")}
    </span>
  );
}
