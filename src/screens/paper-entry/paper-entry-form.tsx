import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Assessment } from '../../assessment/assessment-schema';
import { useFormat } from '../../i18n/use-format';
import { listDraftIssues, type AnswerDraft, type SpecialResponse } from '../../questionnaire/answer-draft';
import { draftFromEntry, entryFromDraft, type AnswerEntry } from '../../questionnaire/answer-entry';
import {
  chooseOption,
  chooseSpecial,
  commandForKey,
  isTypedType,
  type PaperCommand,
  type PaperMove,
} from '../../questionnaire/paper-entry/paper-keys';
import {
  findNextUnanswered,
  listPaperQuestions,
  type PaperQuestion,
} from '../../questionnaire/paper-entry/paper-order';
import { questionnaire } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import type { StoredRecord } from '../../storage/record-writer';
import { ProgressBar } from '../../ui/progress-bar';
import { describeAnswer } from '../../wording/answers';
import { errorParams } from '../section/question-errors';
import { SaveStatusMessage } from '../section/save-status';
import { todayIso } from '../today';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import { KeyLegend } from './key-legend';
import { createPaperEntryWriter } from './paper-entry-writer';
import { PaperQuestion as PaperQuestionCard, noteFieldId } from './paper-question';
import { fieldIdOf, firstPartOf, type TypedPart } from './typed-answer';

type Entries = ReadonlyMap<string, StoredRecord<AnswerEntry>>;

interface View {
  index: number;
  /** What this screen typed, per question; the others show what is stored. */
  drafts: ReadonlyMap<string, AnswerDraft>;
}

/** What the last move did, shown (and read out) until the next: the answer just recorded, or why nothing moved. */
type Confirmation =
  { kind: 'left'; entry: PaperQuestion; count: number } | { kind: 'end' | 'all-answered'; count: number };

const TYPED_PARTS: readonly TypedPart[] = ['percent', 'part', 'whole', 'date', 'text'];
const isTypedPart = (part: unknown): part is TypedPart => TYPED_PARTS.includes(part as TypedPart);

/** Keys are the field's own there (docs/decisions/0021-paper-entry-keys.md). */
function isTextEntry(target: EventTarget | null) {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Enter and Space on a button or link activate it, as everywhere else. */
function isActivation(event: KeyboardEvent) {
  return (
    (event.key === 'Enter' || event.key === ' ') &&
    event.target instanceof HTMLElement &&
    event.target.closest('button, a, summary') !== null
  );
}

export function PaperEntryForm({
  assessment,
  initialEntries,
  liveEntries,
}: {
  assessment: Assessment;
  initialEntries: Entries;
  liveEntries: Entries;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const assessmentId = assessment.id;
  const paper = useMemo(() => listPaperQuestions(questionnaire, assessment.profile.unitType), [assessment]);
  const [writer] = useState(() =>
    createPaperEntryWriter({
      assessmentId,
      initial: initialEntries,
      sectionOf: (questionId) => paper.find((entry) => entry.question.id === questionId)?.sectionId,
    }),
  );
  const status = useWriterLifecycle(writer);
  const [view, setView] = useState<View>(() => ({ index: startIndex(paper, assessment), drafts: new Map() }));
  // Keys are read against this, not a render's copy: two keys pressed before React renders act one after the other.
  const viewRef = useRef(view);
  const [confirmation, setConfirmation] = useState<Confirmation>();
  /** Numbers each confirmation, so the same words said twice flash (and are read out) again. */
  const confirmations = useRef(0);
  const [errors, setErrors] = useState<Partial<Record<TypedPart, string>>>({});
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The handlers read the records as stored now (a key may come before the next render).
  const liveRef = useRef(liveEntries);
  useEffect(() => {
    liveRef.current = liveEntries;
  }, [liveEntries]);

  const commit = useCallback((next: View) => {
    viewRef.current = next;
    setView(next);
  }, []);

  const draftOf = useCallback(
    (drafts: ReadonlyMap<string, AnswerDraft>, questionId: string) => draftIn(drafts, liveRef.current, questionId),
    [],
  );
  const answerOf = useCallback(
    (drafts: ReadonlyMap<string, AnswerDraft>, entry: PaperQuestion) => answerIn(drafts, liveRef.current, entry),
    [],
  );

  const edit = useCallback(
    (entry: PaperQuestion, draft: AnswerDraft) => {
      const current = viewRef.current;
      const { invalidPaths: _invalidPaths, ...stored } = entryFromDraft(
        entry.question,
        draft,
        todayIso(),
        new Date().toISOString(),
      );
      writer.edit(entry.question.id, stored);
      commit({ ...current, drafts: new Map(current.drafts).set(entry.question.id, draft) });
    },
    [commit, writer],
  );

  const move = useCallback(
    (how: PaperMove) => {
      const current = viewRef.current;
      const left = paper[current.index];
      if (!left) return;
      confirmations.current += 1;
      const count = confirmations.current;
      let index = current.index;
      if (how === 'previous') index = Math.max(0, index - 1);
      else if (how === 'next-unanswered') {
        const found = findNextUnanswered(paper, index, (id) => {
          const entry = paper.find((candidate) => candidate.question.id === id);
          return entry ? answerOf(current.drafts, entry)?.response !== undefined : true;
        });
        if (found === undefined) {
          setConfirmation({ kind: 'all-answered', count });
          return;
        }
        index = found;
      } else if (index + 1 < paper.length) index += 1;
      else {
        setConfirmation({ kind: 'end', count });
        return;
      }
      // The answer left is complete: written now rather than after the writer's pause, so that a reload or a crash
      // a moment later finds it on the device (a write still waiting for its pause would depend on the page's last
      // event, which a reload may cut short while another transaction runs).
      void writer.flush();
      setConfirmation({ kind: 'left', entry: left, count });
      setErrors({});
      commit({ ...current, index });
    },
    [answerOf, commit, paper, writer],
  );

  /** Enter on a typed question: on only when what was typed is a value (or nothing); otherwise say what is wrong. */
  const finishTyped = useCallback(() => {
    const current = viewRef.current;
    const entry = paper[current.index];
    if (!entry) return;
    const issues = listDraftIssues(entry.question, draftOf(current.drafts, entry.question.id), todayIso());
    const found: Partial<Record<TypedPart, string>> = {};
    for (const issue of issues) {
      const [part] = issue.path;
      if (isTypedPart(part) && !found[part]) {
        found[part] = t(issue.message, errorParams(entry.question, issue.path.map(String), t, tc));
      }
    }
    setErrors(found);
    const [firstInvalid] = TYPED_PARTS.filter((part) => found[part]);
    if (firstInvalid) document.getElementById(fieldIdOf(entry.question.id, firstInvalid))?.focus();
    else move('next');
  }, [draftOf, move, paper, t, tc]);

  const apply = useCallback(
    (command: PaperCommand) => {
      const current = viewRef.current;
      const entry = paper[current.index];
      if (!entry) return;
      if (command.kind === 'move') move(command.move);
      else if (command.kind === 'note') document.getElementById(noteFieldId(entry.question.id))?.focus();
      else {
        edit(entry, command.draft);
        if (command.advance) move('next');
      }
    },
    [edit, move, paper],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const root = rootRef.current;
      const target = event.target;
      const isOurs = target === document.body || (target instanceof Node && root?.contains(target));
      if (!isOurs || isTextEntry(target) || isActivation(event)) return;
      const current = viewRef.current;
      const entry = paper[current.index];
      if (!entry) return;
      const command = commandForKey(entry.question, draftOf(current.drafts, entry.question.id), event.key);
      if (!command) return;
      event.preventDefault();
      apply(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [apply, draftOf, paper]);

  // Another tab's newer answer replaces what is shown, unless this screen has edits of its own still to write.
  useEffect(() => {
    const changes = writer.receive(liveEntries).filter((change) => !change.hasLocalEdits);
    if (changes.length === 0) return;
    const current = viewRef.current;
    const drafts = new Map(current.drafts);
    for (const change of changes) drafts.delete(change.key);
    commit({ ...current, drafts });
  }, [commit, liveEntries, writer]);

  // Each question starts where the helper types: its first field, or its heading (where the keys act).
  const isFirstQuestion = useRef(true);
  useEffect(() => {
    const question = paper[view.index]?.question;
    if (question && isTypedType(question.type)) {
      document.getElementById(fieldIdOf(question.id, firstPartOf(question.type)))?.focus();
    } else if (!isFirstQuestion.current) headingRef.current?.focus();
    isFirstQuestion.current = false;
  }, [paper, view.index]);

  const entry = paper[view.index];
  if (!entry) return <p>{t('paperEntry.noQuestions')}</p>;
  const draft = draftIn(view.drafts, liveEntries, entry.question.id);
  const answered = paper.filter((candidate) => answerIn(view.drafts, liveEntries, candidate)?.response).length;
  const goTo = (how: PaperMove) => () => move(how);

  return (
    <div ref={rootRef} className="paper-entry">
      <ProgressBar
        percent={paper.length ? (answered / paper.length) * 100 : 0}
        label={t('paperEntry.progress', { position: view.index + 1, total: paper.length, answered })}
      />
      <div className="paper-entry__confirmation" role="status">
        {confirmation ? (
          <p key={confirmation.count} className="paper-entry__flash">
            {describeConfirmation(
              confirmation,
              (left) => {
                // Worded at render, so that it follows a switch of language.
                const answer = answerIn(view.drafts, liveEntries, left);
                return answer?.response ? describeAnswer(t, tc, format, left.question, answer) : undefined;
              },
              t,
            )}
          </p>
        ) : null}
      </div>
      <PaperQuestionCard
        key={entry.question.id}
        assessmentId={assessmentId}
        entry={entry}
        draft={draft}
        errors={errors}
        headingRef={headingRef}
        onOption={(optionId) => {
          edit(entry, chooseOption(entry.question, draft, optionId));
          if (entry.question.type !== 'multi-choice') move('next');
        }}
        onSpecial={(special: SpecialResponse) => {
          edit(entry, chooseSpecial(entry.question, draft, special));
          move('next');
        }}
        onTyped={(part, value) => edit(entry, { ...draft, [part]: value, special: '' })}
        onDone={isTypedType(entry.question.type) ? finishTyped : () => move('next')}
        onLeaveField={() => headingRef.current?.focus()}
        onPage={move}
        onNote={(note) => edit(entry, { ...draft, note })}
      />
      <nav className="paper-entry__moves" aria-label={t('paperEntry.movesLabel')}>
        <button type="button" className="button button--secondary" onClick={goTo('previous')}>
          {t('paperEntry.previous')}
        </button>
        <button type="button" className="button button--secondary" onClick={goTo('skip')}>
          {t('paperEntry.skip')}
        </button>
        <button type="button" className="button" onClick={goTo('next')}>
          {t('paperEntry.next')}
        </button>
        <button type="button" className="button button--secondary" onClick={goTo('next-unanswered')}>
          {t('paperEntry.nextUnanswered')}
        </button>
      </nav>
      <SaveStatusMessage status={status} invalidCount={0} />
      <KeyLegend />
      <p className="button-group">
        <Link href={paths.assessment.to(assessmentId)}>{t('paperEntry.backToTasks')}</Link>
        <Link href={paths.results.to(assessmentId)}>{t('paperEntry.results')}</Link>
      </p>
    </div>
  );
}

function describeConfirmation(
  confirmation: Confirmation,
  describe: (entry: PaperQuestion) => string | undefined,
  t: TFunction,
): string {
  switch (confirmation.kind) {
    case 'end':
      return t('paperEntry.end');
    case 'all-answered':
      return t('paperEntry.allAnswered');
    case 'left': {
      // "1.2." as printed is a heading; in a sentence it reads "câu 1.2".
      const number = confirmation.entry.number.replace(/\.$/, '');
      const answer = describe(confirmation.entry);
      return answer ? t('paperEntry.confirmation', { number, answer }) : t('paperEntry.leftUnanswered', { number });
    }
  }
}

/** What a question shows: what this screen typed, else what is stored. */
function draftIn(drafts: ReadonlyMap<string, AnswerDraft>, live: Entries, questionId: string): AnswerDraft {
  return drafts.get(questionId) ?? draftFromEntry(live.get(questionId)?.value);
}

function answerIn(drafts: ReadonlyMap<string, AnswerDraft>, live: Entries, entry: PaperQuestion) {
  const draft = draftIn(drafts, live, entry.question.id);
  return entryFromDraft(entry.question, draft, todayIso(), new Date().toISOString()).answer;
}

/** Where the helper left off: the question edited last, if this screen or a section screen recorded it. */
function startIndex(paper: readonly PaperQuestion[], assessment: Assessment): number {
  const questionId = assessment.resumeAt?.questionId;
  const index = questionId ? paper.findIndex((entry) => entry.question.id === questionId) : -1;
  return Math.max(0, index);
}
