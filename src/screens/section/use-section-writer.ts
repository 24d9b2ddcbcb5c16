/**
 * Connects a section form to its answer writer (src/storage/answer-writer.ts), which owns the queue, the retry, the
 * page-close flush and the reconciliation with other tabs. This hook only translates: a change in the form becomes
 * an entry handed to the writer; another tab's newer record becomes a draft shown in the form.
 *
 * The one rule it adds: a field being edited is never written into. Another tab's change to the question the person
 * is in waits, with its notice, until they leave that question; if this tab has edits of its own to it, those win
 * (they are written after) and the notice says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { draftFromEntry, entryFromDraft, type AnswerEntry } from '../../questionnaire/answer-entry';
import type { Question, SectionId } from '../../questionnaire/content-schema';
import { createAnswerWriter } from '../../storage/answer-writer';
import type { StoredRecord } from '../../storage/record-writer';
import { todayIso } from '../today';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import type { RemoteChange, SectionValues } from './section-form-types';

type Entries = ReadonlyMap<string, StoredRecord<AnswerEntry>>;

/** The question a DOM element belongs to (its `<section id="question-…">`), if any. */
export function questionIdOf(element: Element | null): string | undefined {
  const section = element?.closest('section.question');
  return section?.id.startsWith('question-') ? section.id.slice('question-'.length) : undefined;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>) {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

export function useSectionWriter({
  form,
  questions,
  initialEntries,
  liveEntries,
  assessmentId,
  sectionId,
}: {
  form: UseFormReturn<SectionValues>;
  questions: readonly Question[];
  initialEntries: Entries;
  /** The records as stored now, updated live when any tab writes. */
  liveEntries: Entries;
  assessmentId: string;
  sectionId: SectionId;
}) {
  const [writer] = useState(() => createAnswerWriter({ assessmentId, sectionId, initial: initialEntries }));
  const status = useWriterLifecycle(writer);
  const [invalidQuestionIds, setInvalidQuestionIds] = useState<ReadonlySet<string>>(
    () => new Set(questions.filter((question) => hasInvalidParts(question, initialEntries)).map((q) => q.id)),
  );
  const [remoteChanges, setRemoteChanges] = useState<ReadonlyMap<string, RemoteChange>>(new Map());
  /** Other tabs' values for questions the person is in, shown when they leave it. */
  const waiting = useRef(new Map<string, AnswerEntry>());
  const isApplyingRemote = useRef(false);

  const setNotice = useCallback((questionId: string, kind: RemoteChange['kind']) => {
    setRemoteChanges((current) => new Map(current).set(questionId, { kind, at: new Date().toISOString() }));
  }, []);

  const showStored = useCallback(
    (questionId: string, entry: AnswerEntry) => {
      const question = questions.find((candidate) => candidate.id === questionId);
      if (!question) return;
      isApplyingRemote.current = true;
      const draft = draftFromEntry(entry);
      form.setValue(questionId, draft, { shouldDirty: false, shouldValidate: false });
      // A field array only re-renders its rows when set by its own name.
      if (question.type === 'system-inventory') form.setValue(`${questionId}.systems`, draft.systems);
      isApplyingRemote.current = false;
      form.clearErrors(questionId);
    },
    [form, questions],
  );

  const flush = useCallback(() => writer.flush(), [writer]);

  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      const questionId = name?.split('.')[0];
      const question = questions.find((candidate) => candidate.id === questionId);
      // Another tab's answer being shown here is not an edit of this tab's: nothing to write back.
      if (!question || isApplyingRemote.current) return;
      const { invalidPaths, ...entry } = entryFromDraft(
        question,
        form.getValues(question.id),
        todayIso(),
        new Date().toISOString(),
      );
      writer.edit(question.id, entry);
      // A question that shows an error is checked again on every change, so the error leaves once it is fixed.
      if (form.getFieldState(question.id).invalid) void form.trigger(question.id);
      // This tab's edit now wins over a change waiting from another tab; a notice of one already shown has served.
      if (waiting.current.delete(question.id)) setNotice(question.id, 'conflict');
      else
        setRemoteChanges((current) => {
          if (current.get(question.id)?.kind !== 'updated') return current;
          const next = new Map(current);
          next.delete(question.id);
          return next;
        });
      setInvalidQuestionIds((current) => {
        const next = new Set(current);
        if (invalidPaths.length) next.add(question.id);
        else next.delete(question.id);
        return sameSet(current, next) ? current : next;
      });
    });
    return () => subscription.unsubscribe();
  }, [form, questions, setNotice, writer]);

  useEffect(() => {
    const notices = new Map<string, RemoteChange>();
    const at = new Date().toISOString();
    for (const change of writer.receive(liveEntries)) {
      const questionId = change.key;
      if (!questions.some((question) => question.id === questionId)) continue;
      if (change.hasLocalEdits) {
        notices.set(questionId, { kind: 'conflict', at });
      } else if (questionIdOf(document.activeElement) === questionId) {
        waiting.current.set(questionId, change.value);
        notices.set(questionId, { kind: 'waiting', at });
      } else {
        showStored(questionId, change.value);
        notices.set(questionId, { kind: 'updated', at });
      }
    }
    // The live records come from IndexedDB, outside React: the form (also outside React's state) is updated here,
    // and the notice has to follow the same event, not a render later.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- synchronising with an external store
    if (notices.size) setRemoteChanges((current) => new Map([...current, ...notices]));
  }, [liveEntries, questions, showStored, writer]);

  /** The person left a question: another tab's change that waited for it is shown now. */
  const onQuestionLeft = useCallback(
    (questionId: string) => {
      const entry = waiting.current.get(questionId);
      if (!entry) return;
      waiting.current.delete(questionId);
      if (writer.isUnsaved(questionId)) {
        setNotice(questionId, 'conflict');
        return;
      }
      showStored(questionId, entry);
      setNotice(questionId, 'updated');
    },
    [setNotice, showStored, writer],
  );

  return { status, invalidQuestionIds, remoteChanges, flush, onQuestionLeft, writer };
}

function hasInvalidParts(question: Question, entries: Entries): boolean {
  const entry = entries.get(question.id)?.value;
  if (!entry?.draft) return false;
  return entryFromDraft(question, entry.draft, todayIso(), new Date().toISOString()).invalidPaths.length > 0;
}
