import { Link } from "@/components/ui/link";

/** One number with its label; a link when there is a page to act on it. */
export function StatCard({
  label,
  value,
  href,
  tone = "default",
}: {
  label: string;
  value: number;
  href?: string;
  tone?: "default" | "danger" | "warn";
}) {
  const color =
    tone === "danger" && value > 0
      ? "text-red-700"
      : tone === "warn" && value > 0
        ? "text-amber-700"
        : "text-slate-900";
  const body = (
    <>
      <span className={`block text-2xl font-semibold tabular-nums ${color}`}>{value}</span>
      <span className="text-sm text-slate-600">{label}</span>
    </>
  );
  return href ? (
    <Link href={href} className="block rounded bg-white p-3 shadow-sm hover:ring-1 hover:ring-brand">
      {body}
    </Link>
  ) : (
    <div className="rounded bg-white p-3 shadow-sm">{body}</div>
  );
}
