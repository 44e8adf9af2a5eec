import { findClosingBracket } from "./brackets";
import { startsWithLabel } from "./labels";
import { isUnitBlockContent, normalizeBlockBrackets } from "./unit-blocks";

/**
 * Forms 1 and 2. A paragraph that ends with its own responsibility block closes an item: the
 * paragraphs after it that carry their own block are items of their own (form 1), while a heading
 * whose body follows in the next paragraph stays one item with that body's block (form 2).
 */

function endsWithBracketBlock(paragraph: string): boolean {
  const trimmed = normalizeBlockBrackets(paragraph).replace(/[。.\s;]+$/, "");
  if (!trimmed.endsWith(")")) return false;
  for (let open = trimmed.lastIndexOf("("); open >= 0; open = trimmed.lastIndexOf("(", open - 1)) {
    if (findClosingBracket(trimmed, open) === trimmed.length - 1)
      return isUnitBlockContent(trimmed.slice(open + 1, -1));
    if (open === 0) break;
  }
  return false;
}

/** An item's text (paragraphs separated by "\n") → the texts of the items it really holds. */
export function splitParagraphItems(text: string): string[] {
  const segments: string[][] = [];
  let current: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Label lines (牵头单位:…, 牵头领导:…) belong to the paragraph above, never start an item.
    if (current.length === 0 && segments.length > 0 && startsWithLabel(paragraph)) {
      segments[segments.length - 1].push(paragraph);
      continue;
    }
    current.push(paragraph);
    if (endsWithBracketBlock(paragraph) || startsWithLabel(paragraph)) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) {
    if (segments.length > 0) segments[segments.length - 1].push(...current);
    else segments.push(current);
  }
  return segments.map((s) => s.join("\n"));
}
