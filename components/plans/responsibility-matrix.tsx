import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { getResponsibilityMatrix } from "@/lib/services/plans";
import { routes } from "@/lib/routes";

type Matrix = Awaited<ReturnType<typeof getResponsibilityMatrix>>;

/** Items × departments; the item column stays put while the table scrolls sideways on a phone. */
export async function ResponsibilityMatrix({ matrix }: { matrix: Matrix }) {
  const t = await getTranslations("plans");
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm" data-testid="matrix-scroll">
      <table className="min-w-max border-collapse text-sm">
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-10 min-w-[10rem] max-w-[12rem] border-b bg-slate-100 p-2 text-left"
            >
              {t("matrix.item")}
            </th>
            {matrix.columns.map((c) => (
              <th
                key={c.id}
                scope="col"
                className="border-b bg-slate-50 p-2 align-bottom text-xs font-medium [writing-mode:vertical-rl]"
              >
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id} className="even:bg-slate-50">
              <th
                scope="row"
                className="sticky left-0 z-10 min-w-[10rem] max-w-[12rem] border-b bg-white p-2 text-left font-normal"
              >
                <span className="block text-xs text-slate-500">
                  {row.sectionTitle} {row.code}
                </span>
                <Link href={routes.item(row.id)} className="text-brand hover:underline">
                  {row.title}
                </Link>
              </th>
              {matrix.columns.map((c) => {
                const role = row.cells[c.id];
                return (
                  <td
                    key={c.id}
                    className={`border-b p-2 text-center ${role === "lead" ? "font-semibold text-brand" : "text-slate-600"}`}
                    aria-label={role ? `${c.name} ${t(`role.${role}`)}` : undefined}
                  >
                    {role ? t(`roleShort.${role}`) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
