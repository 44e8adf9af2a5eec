"use client";
import { useTranslations } from "next-intl";

/** Shown once after creating an account or resetting a password; never stored in clear. */
export function TemporaryPassword({ intro, password }: { intro?: string; password: string }) {
  const t = useTranslations("admin.users");
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {intro && <p>{intro}</p>}
      <p>
        {t("temporaryPassword")}{" "}
        <code data-testid="temporary-password" className="select-all rounded bg-white px-1 font-mono text-base">
          {password}
        </code>
      </p>
    </div>
  );
}
