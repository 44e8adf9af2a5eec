import { saveScoreRulesAction } from "@/lib/actions/scores";
import { DEFAULT_SCORE_RULES } from "@/lib/scores/rules";
import { describeMatrix } from "./harness";

let day = 0;

// 量化考核 rules: the secretariat (and admin) configure them; everyone else is refused and nothing changes.
describeMatrix("score rules", [
  {
    action: "score.configure",
    allowed: ["admin", "secretariat"],
    // A day of its own for each call: a day that already has a rule set is refused.
    prepare: async () => `2099-01-${String(++day).padStart(2, "0")}`,
    call: (effectiveFrom) =>
      saveScoreRulesAction({
        effectiveFrom,
        ...DEFAULT_SCORE_RULES,
        ...DEFAULT_SCORE_RULES.notice,
        note: "matrix",
      }),
  },
]);
