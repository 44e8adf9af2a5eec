"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/safe-action";
import { saveScoreRules } from "@/lib/services/scores";
import { rulesOfForm, scoreRulesFormSchema } from "@/lib/validations/scores";

export const saveScoreRulesAction = authorizedAction(
  saveScoreRules.permission,
  scoreRulesFormSchema,
  async (input, user) => {
    const saved = await saveScoreRules({
      actor: user,
      effectiveFrom: input.effectiveFrom,
      rules: rulesOfForm(input),
      note: input.note,
    });
    revalidatePath("/scores");
    return { id: saved.id, effectiveFrom: saved.effectiveFrom };
  },
);
