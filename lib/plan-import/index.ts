/**
 * Plan importer: pure functions from a plan document to a draft (sections, work items, units with
 * lead/support, indicators, deadlines, warnings). No database access.
 *
 *   const source = await readPlanFile(buffer, filename);
 *   const draft = parsePlanDocument(source, { directory });
 */
export { parsePlanDocument, parsePlanText } from "./parse-plan";
export { readPlanFile, PlanReadError } from "./readers/read-plan-file";
export {
  createDepartmentResolver,
  departmentKey,
  type DepartmentResolver,
  type Resolution,
} from "./department-resolver";
export { CHANGSHA_CITY_PREFIXES, CHANGSHA_DIRECTORY } from "./changsha-directory";
export { joinUnitNames, sectionHeading, UNIT_LIST_SEPARATOR } from "./written-forms";
export { departmentDirectorySchema } from "./directory-schema";
export type * from "./types";

import { parsePlanDocument } from "./parse-plan";
import { readPlanFile } from "./readers/read-plan-file";
import type { ParseOptions, PlanDraft } from "./types";

/** Reads and parses in one step; throws PlanReadError for unreadable or empty files. */
export async function importPlanFile(buffer: Uint8Array, filename: string, options: ParseOptions): Promise<PlanDraft> {
  return parsePlanDocument(await readPlanFile(buffer, filename), options);
}
