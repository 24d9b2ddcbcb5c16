/**
 * What is kept of one question while a person answers it: the `answer` made of every part of the draft that is
 * valid, and, when the screen holds something the answer cannot show again, the `draft` itself, exactly as typed.
 *
 * Why both (docs/decisions/0009-answer-writer.md): an invalid part (an evidence date in the future, "12,3,4" in a
 * percentage) must neither block the valid parts from being saved nor be thrown away; and a value set aside by
 * "not applicable" must come back when it is unticked, after a reload too. The draft is kept only when it is
 * needed, so most questions store an answer alone.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import {
  answerFromDraft,
  draftFromAnswer,
  isScaleType,
  listDraftIssues,
  type AnswerDraft,
  type DraftIssue,
  type SystemDraft,
} from './answer-draft';
import { MAX_TEXT_LENGTH, SYSTEM_ROLES, SYSTEM_TYPES, type Answer } from './answer-schema';
import type { Question } from './content-schema';

export interface AnswerEntry {
  answer?: Answer;
  draft?: AnswerDraft;
}

/** Generous bound for a stored draft's strings: what a field may hold while the person is still correcting it. */
const DRAFT_TEXT_LIMIT = MAX_TEXT_LENGTH * 4;
const draftText = z.string().max(DRAFT_TEXT_LIMIT);

/** A draft as read back from the device: every field a string, bounded, nothing else. */
export const answerDraftRecordSchema = z.object({
  choice: draftText,
  special: z.enum(['', 'not-applicable', 'dont-know']),
  percent: draftText,
  part: draftText,
  whole: draftText,
  date: draftText,
  optionIds: z.array(draftText).max(100),
  text: draftText,
  systems: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        name: draftText,
        purpose: draftText,
        role: z.enum(['', ...SYSTEM_ROLES]),
        systemType: z.enum(['', ...SYSTEM_TYPES]),
        handlesProcedures: z.enum(['', 'yes', 'no']),
        proposedLevel: draftText,
        appraisedOn: draftText,
        approvedLevel: draftText,
        approvedOn: draftText,
        hasSecurityPlan: draftText,
        lastInspectedOn: draftText,
      }),
    )
    .max(500),
  note: draftText,
  evidence: z.object({ documentNumber: draftText, issuedOn: draftText, issuer: draftText }),
}) satisfies z.ZodType<AnswerDraft>;

/** Blanks the parts of a draft that are invalid; an inventory row without its required fields is left out. */
function withoutInvalidParts(draft: AnswerDraft, issues: readonly DraftIssue[]): AnswerDraft {
  const valid: AnswerDraft = structuredClone(draft);
  const droppedSystems = new Set<number>();
  for (const { path } of issues) {
    const [first, second, third] = path;
    if (first === 'note') valid.note = '';
    else if (first === 'evidence' && typeof second === 'string' && second in valid.evidence) {
      valid.evidence[second as keyof AnswerDraft['evidence']] = '';
    } else if (first === 'percent') valid.percent = '';
    else if (first === 'part' || first === 'whole') {
      // The two numbers only mean something together.
      valid.part = '';
      valid.whole = '';
    } else if (first === 'date') valid.date = '';
    else if (first === 'optionIds') valid.optionIds = [];
    else if (first === 'text') valid.text = '';
    else if (first === 'systems' && typeof second === 'number') {
      const field = third as keyof SystemDraft;
      const system = valid.systems[second];
      if (!system) continue;
      if (field === 'name' || field === 'systemType') droppedSystems.add(second);
      else if (field === 'approvedLevel') system.approvedOn = '';
      else if (field in system && field !== 'id') system[field] = '';
    }
  }
  valid.systems = valid.systems.filter((_system, index) => !droppedSystems.has(index));
  return valid;
}

const comparable = (text: string) => text.trim().normalize('NFC');

/** A canonical form of a draft for comparison: trimmed NFC strings, options in a fixed order. */
function canonicalDraft(draft: AnswerDraft, question: Question): string {
  const usesSpecial = !isScaleType(question.type);
  return JSON.stringify({
    // The scale types answer "not applicable" through `choice`, the others through `special`.
    choice: usesSpecial ? '' : comparable(draft.choice),
    special: usesSpecial ? draft.special : '',
    percent: comparable(draft.percent),
    part: comparable(draft.part),
    whole: comparable(draft.whole),
    date: comparable(draft.date),
    optionIds: [...draft.optionIds].sort(),
    text: comparable(draft.text),
    systems: draft.systems.map((system) =>
      Object.fromEntries(Object.entries<string>({ ...system }).map(([key, value]) => [key, comparable(value)])),
    ),
    note: comparable(draft.note),
    evidence: Object.fromEntries(Object.entries(draft.evidence).map(([key, value]) => [key, comparable(value)])),
  });
}

/**
 * The entry to store for a draft: the answer of its valid parts, and the draft when the answer alone would not
 * show the same thing again (an invalid part, a value set aside, a decimal comma, options ticked in another order
 * do not count). `invalidPaths` lists the parts left out of the answer.
 */
export function entryFromDraft(
  question: Question,
  draft: AnswerDraft,
  today: string,
  updatedAt: string,
): AnswerEntry & { invalidPaths: string[] } {
  const issues = listDraftIssues(question, draft, today);
  const answer = answerFromDraft(question, issues.length ? withoutInvalidParts(draft, issues) : draft, updatedAt);
  const isReproducible = canonicalDraft(draftFromAnswer(answer), question) === canonicalDraft(draft, question);
  return {
    ...(answer ? { answer } : {}),
    ...(isReproducible ? {} : { draft: structuredClone(draft) }),
    invalidPaths: issues.map((issue) => issue.path.join('.')),
  };
}

/** What the form shows for a stored entry. */
export function draftFromEntry(entry: AnswerEntry | undefined): AnswerDraft {
  return entry?.draft ? structuredClone(entry.draft) : draftFromAnswer(entry?.answer);
}

/** Equal signatures need no write: the answer's timestamp does not count. */
export function entrySignature(entry: AnswerEntry): string {
  const answer = entry.answer ? { ...entry.answer, updatedAt: '' } : undefined;
  return canonicalJson({ answer, draft: entry.draft });
}

/** JSON with object keys sorted, so that two equal values read back from different places compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
