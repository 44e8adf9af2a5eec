/** How a target's comparator is written everywhere (item page, report form, import preview): ≥ not >=. */
export const COMPARATOR_SIGNS: Record<string, string> = {
  ">=": "≥",
  "<=": "≤",
  ">": ">",
  "<": "<",
  "=": "=",
  "~": "≈",
};

export const comparatorSign = (comparator: string) => COMPARATOR_SIGNS[comparator] ?? comparator;
