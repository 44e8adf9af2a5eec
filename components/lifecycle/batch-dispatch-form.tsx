"use client";
import { Link } from "@/components/ui/link";
import { routes } from "@/lib/routes";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, FieldMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { dispatchAction } from "@/lib/actions/lifecycle";
import { dispatchSchema } from "@/lib/validations/lifecycle";
import { DispatchFields } from "./dispatch-fields";

interface Group {
  sectionId: number;
  planTitle: string;
  sectionTitle: string;
  items: { id: number; version: number; code: string; title: string; dueOn: string | null; units: number }[];
}

/** 交办 several items at once: tick items (or a whole section), set the cycle, send. */
export function BatchDispatchForm({ groups }: { groups: Group[] }) {
  const t = useTranslations("lifecycle.dispatch");
  const [selected, setSelected] = useState<Map<number, number>>(new Map());
  const form = useActionForm({
    schema: dispatchSchema,
    defaultValues: { items: [], dueOn: "", confirmPastDue: false, reportingCycle: "monthly", reportDueDay: 25 },
    action: dispatchAction,
    onSuccess: (done) => {
      update(new Map());
      setValue("confirmPastDue", false);
      return t("sectionDone", { count: done.dispatched.length });
    },
  });
  const { setValue, submit, submitting, alert, formState } = form;

  function update(next: Map<number, number>) {
    setSelected(next);
    setValue(
      "items",
      [...next].map(([id, version]) => ({ id, version })),
    );
  }
  function toggle(items: Group["items"], on: boolean) {
    const next = new Map(selected);
    for (const i of items) {
      if (on && i.units > 0) next.set(i.id, i.version);
      else next.delete(i.id);
    }
    update(next);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("batchTitle")}>
      <FormAlert message={alert} />
      <FieldMessage error={formState.errors.items} className="" />
      <fieldset disabled={submitting} className="space-y-3">
        {groups.map((g) => {
          const eligible = g.items.filter((i) => i.units > 0);
          const all = eligible.length > 0 && eligible.every((i) => selected.has(i.id));
          return (
            <fieldset key={g.sectionId} className="rounded border border-slate-200 p-2">
              <legend className="px-1 text-sm text-slate-600">{g.planTitle}</legend>
              <label className="flex items-center gap-2 font-medium">
                <input type="checkbox" checked={all} onChange={(e) => toggle(g.items, e.target.checked)} />
                {t("wholeSection", { section: g.sectionTitle })}
              </label>
              <ul className="mt-1 space-y-1 pl-6 text-sm">
                {g.items.map((i) => (
                  <li key={i.id}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        disabled={i.units === 0}
                        checked={selected.has(i.id)}
                        onChange={(e) => toggle([i], e.target.checked)}
                        className="mt-1"
                      />
                      <span>
                        {i.code} {i.title}
                        {i.units === 0 && (
                          <span className="text-amber-700">
                            {" "}
                            · {t("noUnits")} ·{" "}
                            <Link href={routes.item(i.id)} className="text-brand hover:underline">
                              {t("assignUnitsLink")}
                            </Link>
                          </span>
                        )}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
        <div className="grid gap-3 sm:grid-cols-3">
          <DispatchFields idPrefix="batch" form={form} />
        </div>
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {submitting ? t("submitting") : t("batchSubmit", { count: selected.size })}
      </button>
    </form>
  );
}
