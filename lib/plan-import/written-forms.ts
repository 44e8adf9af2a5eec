/**
 * How a plan writes a unit list and a section heading. The app stores and shows these as the plan
 * wrote them (the item's 责任单位 line, a section's heading), in every language: they are data, not
 * messages, so they live here beside the parser that reads the same forms.
 */

/** The mark between unit names in a list: 市发展改革委、市财政局. */
export const UNIT_LIST_SEPARATOR = "、";

/** Unit names as one list, the way a plan writes them. */
export function joinUnitNames(names: readonly string[]): string {
  return names.join(UNIT_LIST_SEPARATOR);
}

/** A section's heading with its number, as the plan writes it: 一、总体要求. */
export function sectionHeading(code: string, title: string): string {
  return `${code}、${title}`;
}
