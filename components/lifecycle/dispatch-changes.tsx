"use client";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS, DateField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { changeDueDateAction, withdrawDispatchAction } from "@/lib/actions/lifecycle";
import { changeDueSchema, withdrawDispatchSchema } from "@/lib/validations/lifecycle";
import { PastDueConfirm } from "./past-due-confirm";

type DispatchedItem = { id: number; version: number; dueOn: string | null };

const changeDueValues = (item: DispatchedItem) => ({
  workItemId: item.id,
  version: item.version,
  dueOn: item.dueOn ?? "",
  confirmPastDue: false,
  reason: "",
});

/** 调整完成时限: a new date and a reason; the units are told. The fields follow the item's date and version. */
function ChangeDueForm({ item }: { item: DispatchedItem }) {
  const t = useTranslations("lifecycle.dispatch.change");
  const { register, control, reset, submit, submitting, alert, formState } = useActionForm({
    schema: changeDueSchema,
    values: changeDueValues(item),
    action: changeDueDateAction,
    onSuccess: (changed) => {
      reset(changeDueValues({ id: item.id, version: changed.version, dueOn: changed.dueOn }));
      return t("done", { date: changed.dueOn ?? "" });
    },
  });
  const { errors } = formState;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("title")}>
      <FormAlert message={alert} />
      <fieldset disabled={submitting} className="grid gap-3 sm:grid-cols-2">
        <div>
          <DateField
            id="change-dueOn"
            label={t("dueOn")}
            required
            error={errors.dueOn}
            registration={register("dueOn")}
          />
          <PastDueConfirm
            id="change-confirmPast"
            error={errors.confirmPastDue?.message}
            control={control}
            registration={register("confirmPastDue")}
          />
        </div>
        <TextField
          id="change-reason"
          label={t("reason")}
          placeholder={t("reasonHint")}
          error={errors.reason}
          registration={register("reason")}
        />
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.primary}>
        {submitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

/** 撤回交办 with a reason, while no unit has acknowledged. */
function WithdrawForm({ item }: { item: { id: number; version: number } }) {
  const t = useTranslations("lifecycle.dispatch.withdraw");
  const { register, submit, submitting, alert, formState } = useActionForm({
    schema: withdrawDispatchSchema,
    values: { workItemId: item.id, version: item.version, reason: "" },
    action: withdrawDispatchAction,
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("title")}>
      <FormAlert message={alert} />
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <fieldset disabled={submitting}>
        <TextField
          id="withdraw-reason"
          label={t("reason")}
          placeholder={t("reasonHint")}
          error={formState.errors.reason}
          registration={register("reason")}
        />
      </fieldset>
      <button type="submit" disabled={submitting} className={BUTTON_CLASS.danger}>
        {submitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

/** The secretariat's corrections to a dispatch: change the deadline; withdraw while nobody has acknowledged. */
export function DispatchChanges({ item, canWithdraw }: { item: DispatchedItem; canWithdraw: boolean }) {
  const t = useTranslations("lifecycle.dispatch");
  return (
    <div className="mt-3 space-y-2">
      <details>
        <summary className="cursor-pointer text-brand">{t("change.open")}</summary>
        <div className="mt-2">
          <ChangeDueForm item={item} />
        </div>
      </details>
      {canWithdraw && (
        <details>
          <summary className="cursor-pointer text-red-700">{t("withdraw.open")}</summary>
          <div className="mt-2">
            <WithdrawForm item={item} />
          </div>
        </details>
      )}
    </div>
  );
}
