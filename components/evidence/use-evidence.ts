"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { NO_EVIDENCE, type EvidenceSelection } from "./evidence-picker";

/**
 * The evidence files of a form that sends a FormData action: the picker's state, and the
 * `useActionForm` options that refuse a bad selection before sending, send the values as JSON in
 * "payload" with the files under "files" (what `withEvidenceFiles` reads), and name a failed upload.
 */
export function useEvidence() {
  const t = useTranslations("evidence");
  const [selection, setSelection] = useState<EvidenceSelection>(NO_EVIDENCE);
  return {
    selection,
    clear: () => setSelection(NO_EVIDENCE),
    sending: {
      check: () => selection.problem,
      toInput: (values: object) => {
        const data = new FormData();
        data.set("payload", JSON.stringify(values));
        for (const file of selection.files) data.append("files", file);
        return data;
      },
      unreachable: t("failed"),
    },
    /** The picker's props; `onChoose` runs on every new choice (it replaces the refusal of the old one). */
    picker: (onChoose: () => void) => ({
      selection,
      onChange: (next: EvidenceSelection) => {
        setSelection(next);
        onChoose();
      },
    }),
  };
}
