import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FileEntry } from '../exchange/file-format';
import { sampleEntry, SAMPLE_ID } from '../exchange/sample-file.test-support';
import { serializeEntry } from '../exchange/serialize';
import {
  compareCopies,
  decideReceive,
  holdsEntry,
  type IncomingCopy,
  type ReceiveAction,
  type ReceiveDecision,
} from './receive-decision';
import type { ReceivedAssessment } from './received-schema';

const T0 = Date.parse('2026-07-01T00:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** The entry as storage keeps it (canonical), so that records compare as stored ones do. */
const canonical = (entry: FileEntry): FileEntry => JSON.parse(serializeEntry(entry)) as FileEntry;
const digestOf = (entry: FileEntry) => createHash('sha256').update(serializeEntry(entry), 'utf8').digest('hex');

const BASE = canonical(sampleEntry());
const QUESTIONS = BASE.answers.map((answer) => answer.questionId);

/** The entry with a question's note changed at `minutes` (the assessment's `updatedAt` follows). */
function edit(entry: FileEntry, questionId: string, minutes: number, note: string): FileEntry {
  const updatedAt = at(minutes);
  const latest =
    Date.parse(entry.assessment.updatedAt) > T0 + minutes * 60_000 ? entry.assessment.updatedAt : updatedAt;
  return canonical({
    assessment: { ...entry.assessment, updatedAt: latest },
    answers: entry.answers.map((answer) =>
      answer.questionId === questionId ? { ...answer, note, updatedAt } : answer,
    ),
    planItems: entry.planItems,
  });
}

function copy(entry: FileEntry, exportedMinutes: number, fileName?: string, receivedMinutes = 10_000): IncomingCopy {
  const digest = digestOf(entry);
  return {
    entry,
    receipt: {
      fileName: fileName ?? `${digest.slice(0, 8)}-${exportedMinutes}.json`,
      receivedAt: at(receivedMinutes),
      exportedAt: at(exportedMinutes),
      contentVersion: '2.0.0',
      digest,
    },
  };
}

function receiveAll(copies: readonly IncomingCopy[], start: readonly ReceivedAssessment[] = []) {
  let group = [...start];
  const decisions: ReceiveDecision[] = [];
  for (const incoming of copies) {
    const decision = decideReceive(group, incoming);
    decisions.push(decision);
    group = decision.copies;
  }
  return { group, decisions };
}

// States of one assessment: B and then C are later states of A; D and E are changed apart from B and each other.
const A = copy(BASE, 0, 'a.json');
const B = copy(edit(BASE, 'services-national-portal', 10, 'Đã bổ sung thủ tục đất đai'), 11, 'b.json');
const C = copy(edit(B.entry, 'security-drills', 20, 'Diễn tập tháng 7'), 21, 'c.json');
const D = copy(edit(BASE, 'capacity-obstacles', 15, 'Đã có cán bộ chuyên trách'), 16, 'd.json');
const E = copy(edit(BASE, 'signatures-officials-equipped', 17, 'Cấp thêm 5 chứng thư'), 18, 'e.json');
const short = (incoming: IncomingCopy) => `${SAMPLE_ID}~${incoming.receipt.digest.slice(0, 12)}`;

describe('the order of two copies', () => {
  test.each([
    ['same digest', A, copy(BASE, 5), 'same'],
    ['a later state', B, A, 'later'],
    ['an earlier state', A, C, 'earlier'],
    ['changes apart', B, D, 'diverging'],
    ['two steps later', C, A, 'later'],
  ] as const)('%s', (_name, a, b, expected) => {
    expect(compareCopies(a, b)).toBe(expected);
  });

  test('a record with the same time but other content is not held: the copies diverge', () => {
    const [first] = BASE.answers;
    const changed = canonical({
      ...BASE,
      answers: BASE.answers.map((answer) => (answer === first ? { ...answer, note: 'Sửa tay' } : answer)),
    });
    expect(holdsEntry(changed, BASE)).toBe(false);
    expect(compareCopies(copy(changed, 5), A)).toBe('diverging');
  });

  test('a later state without an answer the earlier had does not hold it', () => {
    const cleared = canonical({
      ...B.entry,
      assessment: { ...B.entry.assessment, updatedAt: at(30) },
      answers: B.entry.answers.slice(1),
    });
    expect(compareCopies(copy(cleared, 31), B)).toBe('diverging');
  });

  test('a profile changed at the same assessment time diverges; at a later time it is a later state', () => {
    const renamed = (updatedAt: string) =>
      canonical({
        ...BASE,
        assessment: {
          ...BASE.assessment,
          updatedAt,
          profile: { ...BASE.assessment.profile, assessorName: 'Lê Thị Hoa' },
        },
      });
    expect(compareCopies(copy(renamed(BASE.assessment.updatedAt), 5), A)).toBe('diverging');
    expect(compareCopies(copy(renamed(at(40)), 41), A)).toBe('later');
  });
});

interface Row {
  name: string;
  held: IncomingCopy[];
  incoming: IncomingCopy;
  action: ReceiveAction;
  changed: boolean;
  /** The copies afterwards, by key: which state each holds. */
  copies: Record<string, IncomingCopy>;
  history: IncomingCopy[];
  conflicts?: Record<string, string>;
  replaced?: string[];
}

const rows: Row[] = [
  {
    name: 'first copy',
    held: [],
    incoming: A,
    action: 'added',
    changed: true,
    copies: { [SAMPLE_ID]: A },
    history: [],
  },
  {
    name: 'the same file again',
    held: [A],
    incoming: A,
    action: 'unchanged',
    changed: false,
    copies: { [SAMPLE_ID]: A },
    history: [],
  },
  {
    name: 'the same file under another name, received later',
    held: [A],
    incoming: copy(BASE, 0, 'a (1).json', 20_000),
    action: 'unchanged',
    changed: false,
    copies: { [SAMPLE_ID]: A },
    history: [],
  },
  {
    name: 'the same answers exported again later',
    held: [A],
    incoming: copy(BASE, 500, 'a-again.json'),
    action: 'unchanged',
    changed: false,
    copies: { [SAMPLE_ID]: A },
    history: [],
  },
  {
    name: 'a later state replaces, the older receipt in the history',
    held: [A],
    incoming: B,
    action: 'updated',
    changed: true,
    copies: { [SAMPLE_ID]: B },
    history: [A],
    replaced: [SAMPLE_ID],
  },
  {
    name: 'two steps later: the whole history, newest first',
    held: [A, B],
    incoming: C,
    action: 'updated',
    changed: true,
    copies: { [SAMPLE_ID]: C },
    history: [B, A],
  },
  {
    name: 'an earlier state received after the later one joins the history',
    held: [B],
    incoming: A,
    action: 'unchanged',
    changed: true,
    copies: { [SAMPLE_ID]: B },
    history: [A],
  },
  {
    name: 'an older file already in the history changes nothing',
    held: [A, B],
    incoming: A,
    action: 'unchanged',
    changed: false,
    copies: { [SAMPLE_ID]: B },
    history: [A],
  },
  {
    name: 'diverging copies are both kept and flagged; the earlier export keeps the id',
    held: [A, B],
    incoming: D,
    action: 'diverging',
    changed: true,
    copies: { [SAMPLE_ID]: B, [short(D)]: D },
    history: [A],
    conflicts: { [SAMPLE_ID]: short(D), [short(D)]: SAMPLE_ID },
  },
  {
    name: 'a third diverging copy is compared with both and points to the first',
    held: [B, D],
    incoming: E,
    action: 'diverging',
    changed: true,
    copies: { [SAMPLE_ID]: B, [short(D)]: D, [short(E)]: E },
    history: [],
    conflicts: { [SAMPLE_ID]: short(D), [short(D)]: SAMPLE_ID, [short(E)]: SAMPLE_ID },
  },
  {
    name: 'a later state of one diverging copy replaces it and still diverges from the other',
    held: [B, D],
    incoming: C,
    action: 'diverging',
    changed: true,
    copies: { [short(C)]: C, [SAMPLE_ID]: D },
    history: [B],
    conflicts: { [SAMPLE_ID]: short(C), [short(C)]: SAMPLE_ID },
    replaced: [SAMPLE_ID],
  },
  {
    name: 'an earlier state of both diverging copies joins the history of both',
    held: [B, D],
    incoming: A,
    action: 'unchanged',
    changed: true,
    copies: { [SAMPLE_ID]: B, [short(D)]: D },
    history: [A],
    conflicts: { [SAMPLE_ID]: short(D), [short(D)]: SAMPLE_ID },
  },
  {
    name: 'a later state exported before the one held (a wrong clock) still replaces it: the records decide',
    held: [B],
    incoming: copy(C.entry, 5, 'c-early.json'),
    action: 'updated',
    changed: true,
    copies: { [SAMPLE_ID]: copy(C.entry, 5, 'c-early.json') },
    history: [B],
  },
];

test.each(rows)('$name', (row) => {
  const { group: held } = receiveAll(row.held);
  const decision = decideReceive(held, row.incoming);
  expect(decision.action).toBe(row.action);
  expect(decision.changed).toBe(row.changed);
  const byKey = Object.fromEntries(decision.copies.map((received) => [received.key, received]));
  expect(Object.keys(byKey).sort()).toEqual(Object.keys(row.copies).sort());
  for (const [key, expected] of Object.entries(row.copies)) {
    expect(byKey[key]?.receipt).toEqual(expected.receipt);
    expect(byKey[key]?.entry).toEqual(expected.entry);
    expect(byKey[key]?.id).toBe(SAMPLE_ID);
    expect(byKey[key]?.history).toEqual(row.history.map((state) => state.receipt));
    expect(byKey[key]?.conflictWith).toBe(row.conflicts?.[key]);
  }
  if (row.replaced) expect(decision.replaced).toEqual(row.replaced);
  const keys = new Set(decision.copies.map((received) => received.key));
  expect(decision.removedKeys).toEqual(held.map((received) => received.key).filter((key) => !keys.has(key)));
});

test('of two receipts of the same answers the earlier export is kept, whichever came first', () => {
  const early = copy(BASE, 0, 'early.json');
  const late = copy(BASE, 90, 'late.json');
  const first = receiveAll([late, early]);
  expect(first.decisions.map((decision) => decision.action)).toEqual(['added', 'unchanged']);
  expect(first.group[0]?.receipt).toEqual(early.receipt);
  expect(receiveAll([early, late]).group).toEqual(first.group);
});

test('a copy of another assessment is refused', () => {
  const { group } = receiveAll([A]);
  const other = copy(canonical({ ...BASE, assessment: { ...BASE.assessment, id: 'other' } }), 0);
  expect(() => decideReceive(group, other)).toThrow(/not of assessment other/);
});

// ---------------------------------------------------------------------------------------------------------------
// Properties: states of one assessment as devices make them (each a change of an earlier one, some changed apart),
// each exported once or more, received in any order.
// ---------------------------------------------------------------------------------------------------------------

interface StateSpec {
  parent: number;
  questions: number[];
  minutes: number;
  exports: { after: number; copies: number }[];
}

const stateSpec = fc.record({
  parent: fc.nat(),
  questions: fc.uniqueArray(fc.nat({ max: QUESTIONS.length - 1 }), { minLength: 1, maxLength: 3 }),
  // Small steps, so that siblings often change the same question at the same minute.
  minutes: fc.integer({ min: 1, max: 3 }),
  exports: fc.array(fc.record({ after: fc.integer({ min: 0, max: 40 }), copies: fc.integer({ min: 1, max: 2 }) }), {
    minLength: 1,
    maxLength: 2,
  }),
});

/** The files: every export of every state, with distinct names and reception times. */
function buildFiles(specs: readonly StateSpec[]): IncomingCopy[] {
  const states: { entry: FileEntry; minutes: number }[] = [{ entry: BASE, minutes: 0 }];
  specs.forEach((spec, index) => {
    const parent = states[spec.parent % states.length]!;
    const minutes = parent.minutes + spec.minutes;
    let entry = parent.entry;
    for (const question of spec.questions) entry = edit(entry, QUESTIONS[question]!, minutes, `Trạng thái ${index}`);
    states.push({ entry, minutes });
  });
  let file = 0;
  return states.flatMap((state, index) =>
    (specs[index - 1]?.exports ?? [{ after: 0, copies: 1 }]).flatMap((exported) =>
      Array.from({ length: exported.copies }, () => {
        file += 1;
        return copy(state.entry, state.minutes + exported.after, `f${String(file).padStart(3, '0')}.json`, 1000 + file);
      }),
    ),
  );
}

const filesArbitrary = fc
  .array(stateSpec, { minLength: 0, maxLength: 6 })
  .map(buildFiles)
  .chain((files) =>
    fc.record({
      files: fc.constant(files),
      shuffled: fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
    }),
  );

describe('properties', () => {
  test('receiving the same files in any order ends in the same copies', () => {
    fc.assert(
      fc.property(filesArbitrary, ({ files, shuffled }) => {
        expect(receiveAll(shuffled).group).toEqual(receiveAll(files).group);
      }),
      { numRuns: 150 },
    );
  });

  test('receiving a file a second time changes nothing', () => {
    fc.assert(
      fc.property(filesArbitrary, fc.nat(), ({ shuffled }, pick) => {
        const { group } = receiveAll(shuffled);
        const again = shuffled[pick % shuffled.length]!;
        const decision = decideReceive(group, { ...again, receipt: { ...again.receipt, receivedAt: at(99_999) } });
        expect(decision.action).toBe('unchanged');
        expect(decision.changed).toBe(false);
        expect(decision.copies).toEqual(group);
      }),
      { numRuns: 150 },
    );
  });

  test('the copies kept are exactly the latest states, each key once, the first under the id', () => {
    fc.assert(
      fc.property(filesArbitrary, ({ files, shuffled }) => {
        const { group } = receiveAll(shuffled);
        const latest = new Set(
          files
            .filter((file) => files.every((other) => compareCopies(other, file) !== 'later'))
            .map((file) => file.receipt.digest),
        );
        expect(new Set(group.map((received) => received.receipt.digest))).toEqual(latest);
        expect(new Set(group.map((received) => received.key)).size).toBe(group.length);
        expect(group[0]?.key).toBe(SAMPLE_ID);
        for (const received of group) {
          expect(received.conflictWith !== undefined).toBe(group.length > 1);
          const held = new Set(group.map((other) => other.receipt.digest));
          for (const receipt of received.history) expect(held.has(receipt.digest)).toBe(false);
        }
        const everyDigest = new Set(files.map((file) => file.receipt.digest));
        expect(group[0]!.history.length + group.length).toBe(everyDigest.size);
      }),
      { numRuns: 150 },
    );
  });
});
