"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/ui/field";

/** The new link's full address, once: read-only, selected on focus, with a copy button. */
export function CopyableAddress({ address }: { address: string }) {
  const t = useTranslations("screens.form");
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      // No clipboard (plain http on a LAN address): the text stays selected for Ctrl+C.
      setCopied(false);
    }
  }
  return (
    <div className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3">
      <label htmlFor="screen-address" className="block text-sm font-medium">
        {t("address")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id="screen-address"
          readOnly
          value={address}
          onFocus={(e) => e.currentTarget.select()}
          className={`${INPUT_CLASS} mt-0 min-w-0 flex-1 font-mono text-xs`}
        />
        <button type="button" onClick={copy} className={BUTTON_CLASS.secondary}>
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
      <p className="text-xs text-amber-900">{t("onlyOnce")}</p>
    </div>
  );
}
