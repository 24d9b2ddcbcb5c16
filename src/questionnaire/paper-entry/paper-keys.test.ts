import fc from 'fast-check';
import { answerFromDraft, emptyDraft, isScaleType } from '../answer-draft';
import type { Question, Section } from '../content-schema';
import { questionnaire } from '../questionnaire';
import { chooseOption, clearResponse, commandForKey, listPaperOptions, PAPER_KEYS } from './paper-keys';

const sections: readonly Section[] = questionnaire.sections;
const questions: Question[] = sections.flatMap((section) => section.questions);
const ofType = (type: Question['type']) => questions.filter((question) => question.type === type);
const multiChoice = questions.filter((question) => question.type === 'multi-choice');
const AT = '2026-05-01T00:00:00.000Z';

test('every question with options has at most nine, so a number key reaches each', () => {
  for (const question of questions) expect(listPaperOptions(question).length, question.id).toBeLessThanOrEqual(9);
});

test('number key n on a scale question answers its n-th option and moves on', () => {
  const scaleQuestions = questions.filter((question) => isScaleType(question.type));
  fc.assert(
    fc.property(fc.constantFrom(...scaleQuestions), fc.integer({ min: 1, max: 9 }), (question, n) => {
      const command = commandForKey(question, emptyDraft(), String(n));
      const options = listPaperOptions(question);
      if (n > options.length) return command === undefined;
      if (command?.kind !== 'edit') return false;
      const answer = answerFromDraft(question, command.draft, AT);
      return (
        command.advance &&
        answer?.response?.kind === 'value' &&
        'choice' in answer.response.value &&
        answer.response.value.choice === options[n - 1]
      );
    }),
  );
});

test('a new number replaces the choice already there', () => {
  const [question] = ofType('yes-partly-no');
  if (!question) throw new Error('no yes-partly-no question');
  const first = commandForKey(question, emptyDraft(), '1');
  if (first?.kind !== 'edit') throw new Error('1 chooses');
  const second = commandForKey(question, first.draft, '3');
  if (second?.kind !== 'edit') throw new Error('3 chooses');
  expect(second.draft.choice).toBe('no');
});

test('number keys toggle multi-choice options and stay; the exclusive option and the others exclude each other', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...multiChoice),
      fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 20 }),
      (question, presses) => {
        let draft = emptyDraft();
        for (const n of presses) {
          const command = commandForKey(question, draft, String(n));
          if (command?.kind === 'edit') {
            expect(command.advance).toBe(false);
            draft = command.draft;
          }
        }
        const exclusive = question.type === 'multi-choice' ? question.options.filter((o) => o.isExclusive) : [];
        const hasExclusive = draft.optionIds.some((id) => exclusive.some((option) => option.id === id));
        expect(new Set(draft.optionIds).size).toBe(draft.optionIds.length);
        if (hasExclusive) expect(draft.optionIds).toHaveLength(1);
        // A toggle: the same key pressed twice more leaves the selection as it was.
        const options = listPaperOptions(question);
        const [any] = draft.optionIds;
        if (any !== undefined) {
          const key = String(options.indexOf(any) + 1);
          const twice = [key, key].reduce((current, k) => {
            const command = commandForKey(question, current, k);
            return command?.kind === 'edit' ? command.draft : current;
          }, draft);
          expect(twice.optionIds.sort()).toEqual([...draft.optionIds].sort());
        }
      },
    ),
  );
});

test("don't know and not applicable have keys only where the question allows them, in any case of letter", () => {
  fc.assert(
    fc.property(fc.constantFrom(...questions), fc.boolean(), (question, lower) => {
      const key = (letter: string) => (lower ? letter.toLowerCase() : letter);
      const dontKnow = commandForKey(question, emptyDraft(), key(PAPER_KEYS.dontKnow));
      const notApplicable = commandForKey(question, emptyDraft(), key(PAPER_KEYS.notApplicable));
      expect(dontKnow !== undefined).toBe(question.allowsDontKnow);
      expect(notApplicable !== undefined).toBe(question.allowsNotApplicable);
      if (dontKnow?.kind === 'edit') {
        expect(answerFromDraft(question, dontKnow.draft, AT)?.response).toEqual({ kind: 'dont-know' });
      }
      if (notApplicable?.kind === 'edit') {
        expect(answerFromDraft(question, notApplicable.draft, AT)?.response).toEqual({ kind: 'not-applicable' });
      }
    }),
  );
});

test('a typed value set aside by "don\'t know" is kept in the draft', () => {
  const question = ofType('percentage').find((candidate) => candidate.allowsDontKnow);
  if (!question) throw new Error('no percentage question allowing don’t know');
  const command = commandForKey(question, { ...emptyDraft(), percent: '40' }, 'k');
  expect(command).toMatchObject({ kind: 'edit', advance: true, draft: { special: 'dont-know', percent: '40' } });
});

test('moves: arrows and Page Up/Down, Enter, skip and the next unanswered; the note key; other keys do nothing', () => {
  const [question] = questions;
  if (!question) throw new Error('no question');
  const moveOf = (key: string) => {
    const command = commandForKey(question, emptyDraft(), key);
    return command?.kind === 'move' ? command.move : command?.kind;
  };
  expect(['ArrowRight', 'ArrowDown', 'PageDown', 'Enter'].map(moveOf)).toEqual(['next', 'next', 'next', 'next']);
  expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map(moveOf)).toEqual(['previous', 'previous', 'previous']);
  expect(moveOf('b')).toBe('skip');
  expect(moveOf('C')).toBe('next-unanswered');
  expect(moveOf('g')).toBe('note');
  expect(['x', 'Tab', 'Shift', '0', ' '].map(moveOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
});

test('Delete clears the response and keeps the note', () => {
  const [question] = ofType('yes-partly-no');
  if (!question) throw new Error('no question');
  const draft = { ...emptyDraft(), choice: 'yes', note: 'Theo biên bản họp' };
  const command = commandForKey(question, draft, 'Delete');
  expect(command).toEqual({ kind: 'edit', draft: clearResponse(draft), advance: false });
  if (command?.kind !== 'edit') return;
  expect(answerFromDraft(question, command.draft, AT)).toMatchObject({ note: 'Theo biên bản họp' });
  expect(answerFromDraft(question, command.draft, AT)?.response).toBeUndefined();
});

test('choosing an option on a typed question changes nothing', () => {
  const [question] = ofType('percentage');
  if (!question) throw new Error('no question');
  expect(commandForKey(question, emptyDraft(), '1')).toBeUndefined();
  expect(chooseOption(question, emptyDraft(), 'yes')).toEqual(emptyDraft());
});
