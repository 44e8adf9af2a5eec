import type { EditableItem } from "@/lib/validations/plans";

/** An indicator of an imported (or revised) item as the columns of its `indicators` row. */
export function indicatorColumns(ind: EditableItem["indicators"][number], position: number) {
  return {
    name: ind.name,
    comparator: ind.comparator,
    targetValue: ind.value,
    unit: ind.unit,
    approximate: ind.approximate,
    dueOn: ind.dueOn,
    sourceText: ind.text,
    position,
  };
}
