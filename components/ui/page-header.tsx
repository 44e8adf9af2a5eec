import type { ReactNode } from "react";

/**
 * A page's title, its one-line context under it, and its actions (export, new…) to the right;
 * on a phone the actions wrap under the title.
 */
export function PageHeader({ title, intro, actions }: { title: ReactNode; intro?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <div>
        <h1 className="text-xl font-semibold">{title}</h1>
        {intro && <p className="text-sm text-slate-600">{intro}</p>}
      </div>
      {actions}
    </div>
  );
}
