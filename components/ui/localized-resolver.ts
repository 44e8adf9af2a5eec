"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { renderMsg, type MessageTranslator } from "@/lib/i18n/message-ref";

/** Renders message refs (lib/i18n/message-ref.ts) with the page's messages, in the reader's language. */
export function useRenderMessage(): (text: string) => string {
  const t = useTranslations();
  return useCallback(
    (text: string) => renderMsg(((key, values) => t(key as never, values as never)) as MessageTranslator, text),
    [t],
  );
}

/**
 * Renders every message in the resolver's error tree (nested objects and arrays of fields, `root`
 * errors, `types` under criteriaMode "all"). A field error's `ref` is the input's DOM element, whose
 * React expandos lead into the whole fiber tree (cyclic): it is never walked.
 */
function renderErrors(errors: object, render: (text: string) => string): void {
  for (const [key, value] of Object.entries(errors)) {
    if (key === "ref" || !value || typeof value !== "object") continue;
    const error = value as { message?: unknown; types?: Record<string, unknown> };
    if (typeof error.message === "string") error.message = render(error.message);
    if (key === "types") {
      const types = value as Record<string, unknown>;
      for (const [type, text] of Object.entries(types)) {
        if (typeof text === "string") types[type] = render(text);
        else if (Array.isArray(text)) types[type] = text.map((t) => (typeof t === "string" ? render(t) : t));
      }
      continue;
    }
    renderErrors(value, render);
  }
}

/**
 * zodResolver whose messages are rendered in the reader's language: the schemas in lib/validations
 * carry message refs, the same ones the server renders when it checks the same schema again.
 */
export function useLocalizedResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const render = useRenderMessage();
  return useMemo(() => {
    const base = zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
    return async (values, context, options) => {
      const result = await base(values, context, options);
      renderErrors(result.errors as FieldErrors, render);
      return result;
    };
  }, [schema, render]);
}
