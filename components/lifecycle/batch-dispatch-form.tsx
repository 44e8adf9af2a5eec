"use client";
import Link from "next/link";
import { routes } from "@/lib/routes";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { dispatchAction } from "@/lib/actions/lifecycle";
import { dispatchSchema, REPORTING_CYCLES } from "@/lib/validations/lifecycle";
import { applyActionErrors } from "@/components/ui/action-errors";
import { PastDueConfirm } from "./past-due-confirm";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

type Values = z.input<typeof dispatchSchema>;
interface Group {
  sectionId: number;
  planTitle: string;
  sectionTitle: string;
  items: { id: number; version: number; code: string; title: string; dueOn: string | null; units: number }[];
}

/** 交办 several items at once: tick items (or a whole section), set the cycle, send. */
export function BatchDispatchForm({ groups }: { groups: Group[] }) {
  const t = useTranslations("lifecycle.dispatch");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [selected, setSelected] = useState<Map<number, number>>(new Map());
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof dispatchSchema>>({
    resolver: useLocalizedResolver(dispatchSchema),
    defaultValues: { items: [], dueOn: "", confirmPastDue: false, reportingCycle: "monthly", reportDueDay: 25 },
  });

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

  async function onSubmit(values: z.output<typeof dispatchSchema>) {
    setMessage(null);
    const result = await dispatchAction(values);
    const error = applyActionErrors(result, setError);
    if (error || !result.ok) return setMessage({ kind: "error", text: error ?? "" });
    update(new Map());
    setValue("confirmPastDue", false);
    setMessage({ kind: "ok", text: t("sectionDone", { count: result.data.dispatched.length }) });
    router.refresh();
  }

  const field = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("batchTitle")}>
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={`rounded border px-3 py-2 text-sm ${message.kind === "error" ? "border-red-200 bg-red-50 text-red-700" : "border-green-200 bg-green-50 text-green-800"}`}
        >
          {message.text}
        </p>
      )}
      {errors.items?.message && <p className="text-sm text-red-600">{errors.items.message}</p>}
      <fieldset disabled={isSubmitting} className="space-y-3">
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
          <div>
            <label htmlFor="batch-dueOn" className="block text-sm font-medium">
              {t("dueOn")}
            </label>
            <input
              id="batch-dueOn"
              type="date"
              required
              className={field}
              aria-invalid={Boolean(errors.dueOn || errors.confirmPastDue)}
              {...register("dueOn")}
            />
            {errors.dueOn && <p className="mt-1 text-sm text-red-600">{errors.dueOn.message}</p>}
            <PastDueConfirm
              id="batch-confirmPast"
              error={errors.confirmPastDue?.message}
              control={control}
              registration={register("confirmPastDue")}
            />
          </div>
          <div>
            <label htmlFor="batch-cycle" className="block text-sm font-medium">
              {t("cycle")}
            </label>
            <select id="batch-cycle" className={field} {...register("reportingCycle")}>
              {REPORTING_CYCLES.map((c) => (
                <option key={c} value={c}>
                  {t(`cycles.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="batch-day" className="block text-sm font-medium">
              {t("dueDay")}
            </label>
            <input id="batch-day" type="number" min={1} max={31} className={field} {...register("reportDueDay")} />
            {errors.reportDueDay && <p className="mt-1 text-sm text-red-600">{errors.reportDueDay.message}</p>}
          </div>
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("batchSubmit", { count: selected.size })}
      </button>
    </form>
  );
}
