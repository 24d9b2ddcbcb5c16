/**
 * A workshop's class (issue 13): of the units expected, who has handed in and who has not, and who handed in without
 * being expected. "Handed in" is a received assessment whose id the workshop lists; it is matched to the expected
 * units exactly as the department's roster matches (`matchRoster`: code, name, former unit, bare name).
 *
 * Pure module: no React, no storage, no i18next.
 */
import { compareLatestFirst, matchRoster, type RosterEntryStatus } from '../collection/roster/match-roster';
import type { ReceivedAssessment } from '../collection/received-schema';
import type { RosterEntry } from '../collection/roster/roster-schema';
import type { Workshop } from './workshop-schema';

export interface ExpectedUnitStatus {
  entry: RosterEntry;
  status: RosterEntryStatus;
}

export interface WorkshopClass {
  /** The expected units, in the workshop's order. */
  expected: ExpectedUnitStatus[];
  /** How many expected units have handed in something. */
  expectedHandedIn: number;
  /** Assessments handed in that match no expected unit: the latest copy of each, in the order listed. */
  notExpected: ReceivedAssessment[];
  /** Assessments handed in (by id) that are in the collection. */
  handedIn: number;
}

export function workshopClass(workshop: Workshop, received: readonly ReceivedAssessment[]): WorkshopClass {
  const ids = new Set(workshop.assessmentIds);
  const handedIn = received.filter((copy) => ids.has(copy.id));
  const result = matchRoster({ entries: workshop.expectedUnits }, handedIn);
  const expected = workshop.expectedUnits.map((entry, index) => ({ entry, status: result.entries[index]! }));
  // A diverging assessment has several copies: the class shows it once, by its latest export.
  const latestById = new Map<string, ReceivedAssessment>();
  for (const copy of handedIn) {
    const held = latestById.get(copy.id);
    if (!held || compareLatestFirst(copy, held) < 0) latestById.set(copy.id, copy);
  }
  const notExpected = [...new Set(result.notOnRoster)].flatMap((id) => {
    const copy = latestById.get(id);
    return copy ? [copy] : [];
  });
  return {
    expected,
    expectedHandedIn: expected.filter((unit) => unit.status.status !== 'not-received').length,
    notExpected,
    handedIn: latestById.size,
  };
}
