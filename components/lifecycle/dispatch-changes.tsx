"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyActionErrors } from "@/components/ui/action-errors";
import { changeDueDateAction, withdrawDispatchAction } from "@/lib/actions/lifecycle";
import { changeDueSchema, withdrawDispatchSchema } from "@/lib/validations/lifecycle";
import { PastDueConfirm } from "./past-due-confirm";
import { useLocalizedResolver } from "@/components/ui/localized-resolver";

const FIELD = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
const ALERT = "rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700";
const err = (m?: string) => m && <p className="mt-1 text-sm text-red-600">{m}</p>;

/** 调整完成时限: a new date and a reason; the units are told. */
function ChangeDueForm({ item }: { item: { id: number; version: number; dueOn: string | null } }) {
  const t = useTranslations("lifecycle.dispatch.change");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof changeDueSchema>, unknown, z.output<typeof changeDueSchema>>({
    resolver: useLocalizedResolver(changeDueSchema),
    defaultValues: {
      workItemId: item.id,
      version: item.version,
      dueOn: item.dueOn ?? "",
      confirmPastDue: false,
      reason: "",
    },
  });
  async function onSubmit(values: z.output<typeof changeDueSchema>) {
    setMessage(null);
    const result = await changeDueDateAction(values);
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error ? { kind: "error", text: error } : null);
    reset({
      workItemId: item.id,
      version: result.data.version,
      dueOn: result.data.dueOn ?? "",
      confirmPastDue: false,
      reason: "",
    });
    setMessage({ kind: "ok", text: t("done", { date: result.data.dueOn ?? "" }) });
    router.refresh();
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("title")}>
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={
            message.kind === "error"
              ? ALERT
              : "rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
          }
        >
          {message.text}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="change-dueOn" className="block text-sm font-medium">
            {t("dueOn")}
          </label>
          <input
            id="change-dueOn"
            type="date"
            required
            className={FIELD}
            aria-invalid={Boolean(errors.dueOn)}
            {...register("dueOn")}
          />
          {err(errors.dueOn?.message)}
          <PastDueConfirm
            id="change-confirmPast"
            error={errors.confirmPastDue?.message}
            control={control}
            registration={register("confirmPastDue")}
          />
        </div>
        <div>
          <label htmlFor="change-reason" className="block text-sm font-medium">
            {t("reason")}
          </label>
          <input
            id="change-reason"
            placeholder={t("reasonHint")}
            className={FIELD}
            aria-invalid={Boolean(errors.reason)}
            {...register("reason")}
          />
          {err(errors.reason?.message)}
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

/** 撤回交办 with a reason, while no unit has acknowledged. */
function WithdrawForm({ item }: { item: { id: number; version: number } }) {
  const t = useTranslations("lifecycle.dispatch.withdraw");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof withdrawDispatchSchema>, unknown, z.output<typeof withdrawDispatchSchema>>({
    resolver: useLocalizedResolver(withdrawDispatchSchema),
    defaultValues: { workItemId: item.id, version: item.version, reason: "" },
  });
  async function onSubmit(values: z.output<typeof withdrawDispatchSchema>) {
    setMessage(null);
    const result = await withdrawDispatchAction(values);
    const error = applyActionErrors(result, setError);
    if (!result.ok) return setMessage(error || null);
    router.refresh();
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label={t("title")}>
      {message && (
        <p role="alert" className={ALERT}>
          {message}
        </p>
      )}
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <fieldset disabled={isSubmitting}>
        <label htmlFor="withdraw-reason" className="block text-sm font-medium">
          {t("reason")}
        </label>
        <input
          id="withdraw-reason"
          placeholder={t("reasonHint")}
          className={FIELD}
          aria-invalid={Boolean(errors.reason)}
          {...register("reason")}
        />
        {err(errors.reason?.message)}
      </fieldset>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded border border-red-300 px-4 py-2 font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

/** The secretariat's corrections to a dispatch: change the deadline; withdraw while nobody has acknowledged. */
export function DispatchChanges({
  item,
  canWithdraw,
}: {
  item: { id: number; version: number; dueOn: string | null };
  canWithdraw: boolean;
}) {
  const t = useTranslations("lifecycle.dispatch");
  return (
    <div className="mt-3 space-y-2">
      <details>
        <summary className="cursor-pointer text-brand">{t("change.open")}</summary>
        <div className="mt-2">
          <ChangeDueForm key={item.version} item={item} />
        </div>
      </details>
      {canWithdraw && (
        <details>
          <summary className="cursor-pointer text-red-700">{t("withdraw.open")}</summary>
          <div className="mt-2">
            <WithdrawForm key={item.version} item={item} />
          </div>
        </details>
      )}
    </div>
  );
}
