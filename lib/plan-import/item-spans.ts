import type { BuildContext } from "./build-context";
import { nameVariants, SpanFinder } from "./provenance";
import type { PlanItem, SourceSpan } from "./types";

/**
 * Provenance: every unit, person, deadline, milestone and indicator of an item gets the span of
 * the source text it was read from. Units are searched in order, so a name listed twice in one
 * item points at the right occurrence; members expanded from one collective share its span.
 */
export function attachSpans(item: PlanItem, finder: SpanFinder, duePhrase: string | null, ctx: BuildContext): void {
  const byOrigin = new Map<string, SourceSpan | null>();
  let cursor: number | undefined;
  item.units = item.units.map((unit) => {
    if (!byOrigin.has(unit.originText)) {
      const span =
        finder.findName(unit.originText, [...nameVariants(unit.originText), unit.name], cursor) ??
        ruleSpanFor(unit.originText, ctx);
      byOrigin.set(unit.originText, span);
      if (span) cursor = span.end;
    }
    const span = byOrigin.get(unit.originText) ?? null;
    // Inherited assignments are shared with the parent item, so they are copied, not changed.
    if (item.unitsInherited) return { ...unit, span };
    unit.span = span;
    return unit;
  });
  item.persons = item.persons.map((p) => ({ ...p, span: finder.find(p.name) }));
  item.dueSpan = duePhrase ? finder.find(duePhrase) : null;
  item.milestones = item.milestones.map((m) => ({ ...m, span: finder.find(m.text) }));
  item.indicators = item.indicators.map((ind) => ({ ...ind, span: finder.find(ind.text) }));
}

/** A unit added by 以下均需…负责 points at the rule that added it. */
function ruleSpanFor(origin: string, ctx: BuildContext): SourceSpan | null {
  return ctx.rules.find((r) => r.kind === "implicit_unit" && r.unit === origin)?.span ?? null;
}
