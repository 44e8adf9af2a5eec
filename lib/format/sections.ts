/**
 * A plan section as its document heads it: the section's code and title joined by the enumeration
 * comma (一、总体要求). The code is the document's own numbering, so the label is the same in every
 * language.
 */
export function sectionLabel(code: string, title: string): string {
  return `${code}、${title}`;
}
