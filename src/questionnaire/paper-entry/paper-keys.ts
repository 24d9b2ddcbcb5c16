/**
 * What each key does in fast entry from a paper form (docs/decisions/0021-paper-entry-keys.md): number keys choose
 * the option of that number (toggle it, for a multi-choice question), letters give the honest answers and move
 * about, arrows and Page Up/Down go back and forward. The same keys in both languages, so a helper's fingers do not
 * depend on the language chosen; the letters follow the Vietnamese words (K: không biết, A: không áp dụng, B: bỏ
 * qua, C: câu chưa trả lời, G: ghi chú), and the legend on screen names each one in the language shown.
 *
 * Keys reach this module only while focus is not in a text field (the screen's job).
 *
 * Pure module: no React, no storage, no i18next.
 */
import { emptyDraft, isScaleType, listScaleOptions, type AnswerDraft, type SpecialResponse } from '../answer-draft';
import type { Question } from '../content-schema';

export const PAPER_KEYS = {
  dontKnow: 'K',
  notApplicable: 'A',
  skip: 'B',
  nextUnanswered: 'C',
  note: 'G',
} as const;

export type PaperMove = 'next' | 'previous' | 'skip' | 'next-unanswered';

export type PaperCommand =
  /** The question now holds `draft`; `advance` once the answer is complete (a single choice, an honest answer). */
  { kind: 'edit'; draft: AnswerDraft; advance: boolean } | { kind: 'move'; move: PaperMove } | { kind: 'note' };

/** Questions typed into a field (numbers, dates, text): their value is not chosen by a key. */
export type TypedQuestionType = 'percentage' | 'count-pair' | 'date' | 'text';

export function isTypedType(type: Question['type']): type is TypedQuestionType {
  return type === 'percentage' || type === 'count-pair' || type === 'date' || type === 'text';
}

/** The options a number key chooses, in the order the paper prints them: option 1 is the first. */
export function listPaperOptions(question: Question): readonly string[] {
  if (isScaleType(question.type)) return listScaleOptions(question.type);
  if (question.type === 'multi-choice') return question.options.map((option) => option.id);
  return [];
}

/** The honest answers a question allows, in the order the paper prints them. */
export function listSpecialResponses(question: Question): SpecialResponse[] {
  return [
    ...(question.allowsNotApplicable ? (['not-applicable'] as const) : []),
    ...(question.allowsDontKnow ? (['dont-know'] as const) : []),
  ];
}

/** The draft with one option chosen: the only choice of a scale; toggled in a multi-choice question. */
export function chooseOption(question: Question, draft: AnswerDraft, optionId: string): AnswerDraft {
  if (isScaleType(question.type)) return { ...draft, choice: optionId };
  if (question.type !== 'multi-choice') return draft;
  const exclusive = new Set(question.options.filter((option) => option.isExclusive).map((option) => option.id));
  const isSelected = draft.optionIds.includes(optionId);
  // "None of these" and the other options exclude each other: choosing one drops the other kind, as on paper.
  const kept = draft.optionIds.filter(
    (id) => id !== optionId && (exclusive.has(optionId) ? false : !exclusive.has(id)),
  );
  const optionIds = isSelected ? kept : [...kept, optionId];
  return { ...draft, special: '', optionIds };
}

/** The draft answered "don't know" or "not applicable"; what was typed before is set aside, not lost. */
export function chooseSpecial(question: Question, draft: AnswerDraft, special: SpecialResponse): AnswerDraft {
  return isScaleType(question.type) ? { ...draft, choice: special } : { ...draft, special };
}

/** The draft with no response; its note and evidence stay. */
export function clearResponse(draft: AnswerDraft): AnswerDraft {
  const empty = emptyDraft();
  return { ...empty, systems: draft.systems, note: draft.note, evidence: draft.evidence };
}

const MOVES: Readonly<Record<string, PaperMove>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Enter: 'next',
};

/**
 * What a key (a `KeyboardEvent.key`) does on this question with this draft, or undefined when it does nothing here
 * (a number with no option, "don't know" where the question does not allow it).
 */
export function commandForKey(question: Question, draft: AnswerDraft, key: string): PaperCommand | undefined {
  const move = MOVES[key];
  if (move) return { kind: 'move', move };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'edit', draft: clearResponse(draft), advance: false };
  if (/^[1-9]$/.test(key)) {
    const optionId = listPaperOptions(question)[Number(key) - 1];
    if (optionId === undefined) return undefined;
    return {
      kind: 'edit',
      draft: chooseOption(question, draft, optionId),
      advance: question.type !== 'multi-choice',
    };
  }
  switch (key.toUpperCase()) {
    case PAPER_KEYS.dontKnow:
      return question.allowsDontKnow
        ? { kind: 'edit', draft: chooseSpecial(question, draft, 'dont-know'), advance: true }
        : undefined;
    case PAPER_KEYS.notApplicable:
      return question.allowsNotApplicable
        ? { kind: 'edit', draft: chooseSpecial(question, draft, 'not-applicable'), advance: true }
        : undefined;
    case PAPER_KEYS.skip:
      return { kind: 'move', move: 'skip' };
    case PAPER_KEYS.nextUnanswered:
      return { kind: 'move', move: 'next-unanswered' };
    case PAPER_KEYS.note:
      return { kind: 'note' };
    default:
      return undefined;
  }
}
