import type { FieldPath } from "react-hook-form";
import type { z } from "zod";
import type { planDraftSchema } from "@/lib/validations/plans";

/** The import preview's form values, and a path into them (the editors' shared types). */
export type DraftInput = z.input<typeof planDraftSchema>;
export type DraftPath = FieldPath<DraftInput>;

/** A unit of the directory as the editors offer it. */
export interface DepartmentOption {
  id: number;
  name: string;
}
