import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** The look of a text input, select or textarea inside a form. */
export const INPUT_CLASS = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2 disabled:bg-slate-100";

/** Buttons: the form's main action, a quiet one beside it, and one that undoes or refuses. */
export const BUTTON_CLASS = {
  primary: "rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60",
  outline: "rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-slate-50 disabled:opacity-60",
  secondary: "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60",
  danger: "rounded border border-red-300 px-4 py-2 font-medium text-red-700 hover:bg-red-50 disabled:opacity-60",
} as const;

/** A react-hook-form field error, or a message, or nothing. */
export type FieldErrorLike = { message?: string } | string | null | undefined;

export function errorText(error: FieldErrorLike): string | undefined {
  return (typeof error === "string" ? error : error?.message) || undefined;
}

/** The red line under a field (or a group of fields). */
export function FieldMessage({
  id,
  error,
  className = "mt-1",
}: {
  id?: string;
  error: FieldErrorLike;
  className?: string;
}) {
  const text = errorText(error);
  return text ? (
    <p id={id} className={`${className} text-sm text-red-600`}>
      {text}
    </p>
  ) : null;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  /** A line under the control, read out with it (aria-describedby). */
  hint?: ReactNode;
  error?: FieldErrorLike;
  /** Marks the field (beside the label, hidden from screen readers: the control says `required` itself). */
  required?: boolean;
  className?: string;
}

/** The ids a control points at with aria-describedby: its hint and its error, when shown. */
export function describedBy({ id, hint, error }: Pick<FieldProps, "id" | "hint" | "error">): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errorText(error) ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldLabel({ id, label }: { id: string; label: ReactNode }) {
  return (
    <label htmlFor={id} className="block text-sm font-medium">
      {label}
    </label>
  );
}

/** A labelled control with its hint and its error underneath. */
export function Field({ id, label, hint, error, required, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={className}>
      {required ? (
        // The mark sits beside the label, not in it: the label stays the control's exact name.
        <div className="flex items-baseline gap-0.5">
          <FieldLabel id={id} label={label} />
          <span aria-hidden className="text-sm text-red-600">
            *
          </span>
        </div>
      ) : (
        <FieldLabel id={id} label={label} />
      )}
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} error={error} />
    </div>
  );
}

/** The props every control gives its element (its own attributes may override them): id, look, state, descriptions. */
function controlProps(props: FieldProps, extraClass?: string) {
  return {
    id: props.id,
    className: extraClass ? `${INPUT_CLASS} ${extraClass}` : INPUT_CLASS,
    required: props.required,
    "aria-invalid": Boolean(errorText(props.error)),
    "aria-describedby": describedBy(props),
  };
}

type Own = FieldProps & {
  registration?: UseFormRegisterReturn;
  /** Classes added to the control's own (the wrapper takes `className`). */
  inputClassName?: string;
};
type InputProps = Own & Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldProps>;

/** A labelled text input (any `type`), registered with react-hook-form. */
export function TextField({
  id,
  label,
  hint,
  error,
  required,
  className,
  registration,
  inputClassName,
  ...input
}: InputProps) {
  const field = { id, label, hint, error, required, className };
  return (
    <Field {...field}>
      <input {...controlProps(field, inputClassName)} {...input} {...registration} />
    </Field>
  );
}

/** A labelled date input (YYYY-MM-DD, as the schemas read it). */
export function DateField(props: Omit<InputProps, "type">) {
  return <TextField {...props} type="date" />;
}

/** A labelled textarea. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  className,
  registration,
  inputClassName,
  ...textarea
}: Own & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof FieldProps>) {
  const field = { id, label, hint, error, required, className };
  return (
    <Field {...field}>
      <textarea {...controlProps(field, inputClassName)} {...textarea} {...registration} />
    </Field>
  );
}

/** A labelled select; the options are its children. */
export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  className,
  registration,
  inputClassName,
  children,
  ...select
}: Own & Omit<SelectHTMLAttributes<HTMLSelectElement>, keyof FieldProps>) {
  const field = { id, label, hint, error, required, className };
  return (
    <Field {...field}>
      <select {...controlProps(field, inputClassName)} {...select} {...registration}>
        {children}
      </select>
    </Field>
  );
}
