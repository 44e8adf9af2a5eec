import { getTranslations } from "next-intl/server";
import type { TreeUnit } from "@/lib/services/plans";

/**
 * Lead units first, marked 牵头; members of a collective (各区县市人民政府) are folded into one chip
 * with the collective's name so a task for nine districts still reads on a phone.
 */
export async function UnitList({ units }: { units: TreeUnit[] }) {
  const t = await getTranslations("plans");
  if (units.length === 0) return null;
  const chips: { key: string; label: string; role: TreeUnit["role"]; title?: string }[] = [];
  const perOrigin = new Map<string, number>();
  for (const u of units) if (u.originText) perOrigin.set(u.originText, (perOrigin.get(u.originText) ?? 0) + 1);
  for (const unit of units) {
    // A collective expands to several members sharing one origin; a single renamed unit is shown by its name.
    const collective = unit.originText && (perOrigin.get(unit.originText) ?? 0) > 1 ? unit.originText : null;
    if (collective) {
      const existing = chips.find((c) => c.key === `g:${collective}:${unit.role}`);
      if (existing) {
        existing.title = `${existing.title}、${unit.name}`;
        continue;
      }
      chips.push({ key: `g:${collective}:${unit.role}`, label: collective, role: unit.role, title: unit.name });
    } else {
      chips.push({ key: `d:${unit.departmentId}`, label: unit.name, role: unit.role });
    }
  }
  return (
    <ul className="mt-1 flex flex-wrap gap-1 text-xs" aria-label={t("preview.units")}>
      {chips.map((chip) => (
        <li
          key={chip.key}
          title={chip.title}
          className={
            chip.role === "lead"
              ? "rounded bg-brand px-1.5 py-0.5 text-white"
              : "rounded bg-slate-100 px-1.5 py-0.5 text-slate-700"
          }
        >
          {chip.role === "lead" && <span className="font-semibold">{t("role.lead")} </span>}
          {chip.label}
        </li>
      ))}
    </ul>
  );
}
