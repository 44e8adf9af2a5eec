import { saveScoreRulesAction } from "@/lib/actions/scores";
import { DEFAULT_SCORE_RULES } from "@/lib/scores/rules";
import { describeMatrix } from "./harness";

// 量化考核 rules: the secretariat (and admin) configure them; everyone else is refused and nothing changes.
describeMatrix("score rules", [
  {
    action: "score.configure",
    allowed: ["admin", "secretariat"],
    prepare: async () => null,
    call: () =>
      saveScoreRulesAction({
        effectiveFrom: "2099-01-01",
        ...DEFAULT_SCORE_RULES,
        ...DEFAULT_SCORE_RULES.notice,
        note: "matrix",
      }),
  },
]);
