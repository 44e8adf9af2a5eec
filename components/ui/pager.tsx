import { getTranslations } from "next-intl/server";

/** Previous / next links under a paged list; nothing when everything fits on one page. */
export async function Pager({
  page,
  pages,
  href,
  label,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  /** The navigation's name when a page has more than one pager. */
  label?: string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("ui.pager");
  return (
    <nav aria-label={label ?? t("label")} className="flex items-center justify-center gap-4 text-sm">
      {page > 1 && (
        <a href={href(page - 1)} className="text-brand hover:underline">
          {t("prev")}
        </a>
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <a href={href(page + 1)} className="text-brand hover:underline">
          {t("next")}
        </a>
      )}
    </nav>
  );
}
