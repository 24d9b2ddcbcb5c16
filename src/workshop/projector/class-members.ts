/**
 * The class a projector shows: one assessment per unit that handed one in. A workshop lists assessment ids (every copy
 * of a listed id belongs to it, `workshop-schema.ts`); when an id has two diverging copies, its primary copy (the one
 * keyed by the id itself, decision 0012) stands for it, so a unit is never counted twice. Without a workshop, the
 * whole collection is the class.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { ReceivedAssessment } from '../../collection/received-schema';

/**
 * One copy per id, sorted by id: the order in which copies were received, or listed, changes nothing. `assessmentIds`
 * undefined: every id in `received`.
 */
export function selectClass(
  received: readonly ReceivedAssessment[],
  assessmentIds?: readonly string[],
): ReceivedAssessment[] {
  const wanted = assessmentIds ? new Set(assessmentIds) : undefined;
  const chosen = new Map<string, ReceivedAssessment>();
  for (const copy of received) {
    if (wanted && !wanted.has(copy.id)) continue;
    const current = chosen.get(copy.id);
    if (!current || isBetterStandIn(copy, current)) chosen.set(copy.id, copy);
  }
  return [...chosen.values()].sort((a, b) => compareText(a.id, b.id));
}

/** The primary copy first; between two others (a primary always exists in storage, but a test may omit it), the lower key. */
function isBetterStandIn(candidate: ReceivedAssessment, current: ReceivedAssessment): boolean {
  const candidateIsPrimary = candidate.key === candidate.id;
  const currentIsPrimary = current.key === current.id;
  if (candidateIsPrimary !== currentIsPrimary) return candidateIsPrimary;
  return compareText(candidate.key, current.key) < 0;
}

/** Code-unit order, the same on every device (localeCompare would depend on the browser's locale data). */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
