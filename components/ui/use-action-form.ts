"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { applyActionErrors } from "./action-errors";
import type { AlertMessage } from "./alert";
import { useLocalizedResolver } from "./localized-resolver";

type FormSchema = z.ZodType<FieldValues, FieldValues>;
type Output<S extends FormSchema> = z.output<S>;

interface BaseOptions<S extends FormSchema, R> {
  /** The form's schema (lib/validations), checked in the browser in the reader's language. */
  schema: S;
  defaultValues?: DefaultValues<z.input<S>>;
  /**
   * The server's copy the fields follow (react-hook-form's `values`): when it changes (the refresh after
   * this form's save, or another panel's), the fields take it in place. Use it rather than remounting
   * the form with a `key`, which would drop the alert the save just showed.
   */
  values?: z.input<S>;
  /** A refusal found before anything is sent (a file that is too large…), shown in the alert. */
  check?: (values: Output<S>) => string | null;
  /**
   * After the action succeeded: what to tell the user (a success alert), and anything else to do
   * (reset, navigate). The page is refreshed afterwards unless `refresh` is false.
   */
  onSuccess?: (data: R, values: Output<S>) => string | void | Promise<string | void>;
  refresh?: boolean;
  /** The action's field names as the form's (null: not one of this form's fields). */
  fieldOf?: (key: string) => string | null;
  /** The alert while fields need correcting (the browser's check or the server's field errors). */
  invalid?: string;
  /** The alert when the action could not be reached (connection lost, upload too large). */
  unreachable?: string;
}

export interface ActionFormOptions<S extends FormSchema, R> extends BaseOptions<S, R> {
  action: (input: Output<S>) => Promise<ActionResult<R>>;
}

export interface ActionFormInputOptions<S extends FormSchema, In, R> extends BaseOptions<S, R> {
  action: (input: In) => Promise<ActionResult<R>>;
  /** What the action takes, built from the checked values (a FormData with files, more ids…). */
  toInput: (values: Output<S>) => In | Promise<In>;
}

export type ActionForm<S extends FormSchema> = UseFormReturn<z.input<S>, unknown, Output<S>> & {
  /** What the form says above its fields (render with `<FormAlert message={alert} />`). */
  alert: AlertMessage | null;
  setAlert: (alert: AlertMessage | null) => void;
  /** The form's onSubmit (also callable from a button's onClick). */
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  submitting: boolean;
};

/**
 * A form that sends a server action: react-hook-form with the schema's localized resolver, the
 * action's result applied (field errors beside their fields, anything else in the alert; the typed
 * values stay), and on success the caller's `onSuccess` and a refresh of the page's data.
 */
export function useActionForm<S extends FormSchema, R>(options: ActionFormOptions<S, R>): ActionForm<S>;
export function useActionForm<S extends FormSchema, In, R>(options: ActionFormInputOptions<S, In, R>): ActionForm<S>;
export function useActionForm<S extends FormSchema, In, R>(
  options: ActionFormOptions<S, R> | ActionFormInputOptions<S, In, R>,
): ActionForm<S> {
  const { schema, defaultValues, values, check, onSuccess, refresh = true, fieldOf, invalid, unreachable } = options;
  const router = useRouter();
  const t = useTranslations("ui.form");
  const [alert, setAlert] = useState<AlertMessage | null>(null);
  const form = useForm<z.input<S>, unknown, Output<S>>({
    resolver: useLocalizedResolver(schema),
    defaultValues,
    values,
  });
  const error = (text: string) => setAlert({ tone: "error", text });

  async function send(values: Output<S>): Promise<ActionResult<R> | null> {
    try {
      if ("toInput" in options) return await options.action(await options.toInput(values));
      return await options.action(values);
    } catch {
      return null;
    }
  }

  async function run(values: Output<S>) {
    setAlert(null);
    const problem = check?.(values);
    if (problem) return error(problem);
    const result = await send(values);
    if (!result) return error(unreachable ?? t("unreachable"));
    if (!result.ok) {
      const text = applyActionErrors(result, form.setError, fieldOf);
      return setAlert(text ? { tone: "error", text } : invalid ? { tone: "error", text: invalid } : null);
    }
    const said = await onSuccess?.(result.data, values);
    if (said) setAlert({ tone: "success", text: said });
    if (refresh) router.refresh();
  }

  const submit = form.handleSubmit(run, () => setAlert(invalid ? { tone: "error", text: invalid } : null));
  return { ...form, alert, setAlert, submit, submitting: form.formState.isSubmitting };
}
