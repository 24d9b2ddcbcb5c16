/**
 * Autosave for a section form. Every change is written to IndexedDB within ~300 ms of the last keystroke, and at once
 * when the page is hidden or closed (`pagehide`, `visibilitychange`), or the form unmounts. Only questions whose
 * stored answer would change are written. Writes are queued one after another, so a slow write can never land after
 * a newer one. The status says "saved" only once the transaction has committed; a failed write says why and keeps
 * the questions queued for the next attempt.
 *
 * Another tab may change the same assessment (docs/decisions/0006-offline-and-updates.md). Per question, the later
 * edit wins, and never silently: a question this tab has not touched since its last save takes the other tab's
 * answer in place and says so; a question with unsaved edits here keeps them and warns that saving will replace the
 * other tab's answer.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import {
  answerDraftSchema,
  answerFromDraft,
  draftFromAnswer,
  type AnswerDraft,
} from '../../questionnaire/answer-draft';
import type { Answer } from '../../questionnaire/answer-schema';
import type { Question, SectionId } from '../../questionnaire/content-schema';
import { registerPendingWrites } from '../../offline/pending-writes';
import { saveAnswers, saveAnswersNow } from '../../storage/answers';
import { toStorageError, type StorageFailure } from '../../storage/storage-error';
import { todayIso } from '../today';

export const AUTOSAVE_DELAY_MS = 300;

export type SectionValues = Record<string, AnswerDraft>;

export type SaveStatus =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: string } | { kind: 'failed'; failure: StorageFailure };

/** How a question's stored answer relates to another tab's change. */
export type RemoteChange = { kind: 'updated' | 'conflict'; at: string };

/** What the stored answer would be, minus its timestamp: equal signatures mean there is nothing to write. */
const signatureOf = (answer: Answer | undefined) => (answer ? JSON.stringify({ ...answer, updatedAt: '' }) : '');

export function useAutosave({
  form,
  questions,
  initialAnswers,
  liveAnswers,
  assessmentId,
  sectionId,
}: {
  form: UseFormReturn<SectionValues>;
  questions: readonly Question[];
  initialAnswers: ReadonlyMap<string, Answer>;
  /** The answers as stored now, updated live when any tab writes. */
  liveAnswers: ReadonlyMap<string, Answer>;
  assessmentId: string;
  sectionId: SectionId;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [invalidQuestionIds, setInvalidQuestionIds] = useState<ReadonlySet<string>>(new Set());
  const [remoteChanges, setRemoteChanges] = useState<ReadonlyMap<string, RemoteChange>>(new Map());
  const savedSignatures = useRef<Map<string, string>>(
    new Map(questions.map((question) => [question.id, signatureOf(initialAnswers.get(question.id))])),
  );
  const pending = useRef(new Set<string>());
  const lastQuestionId = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const isApplyingRemote = useRef(false);

  const writePending = useCallback(async () => {
    if (pending.current.size === 0) return;
    const questionIds = [...pending.current];
    pending.current.clear();
    const { saved, cleared, signatures, invalid } = collectChanges(
      questions,
      form.getValues(),
      questionIds,
      savedSignatures.current,
    );
    setInvalidQuestionIds((previous) => {
      const next = new Set([...previous].filter((id) => !questionIds.includes(id)));
      invalid.forEach((id) => next.add(id));
      return next;
    });
    if (saved.length === 0 && cleared.length === 0) {
      setStatus((previous) => (previous.kind === 'pending' ? { kind: 'idle' } : previous));
      return;
    }
    // Recorded before the write, so that the live update this write causes is recognised as this tab's own.
    const previous = new Map([...signatures.keys()].map((id) => [id, savedSignatures.current.get(id) ?? '']));
    signatures.forEach((signature, questionId) => savedSignatures.current.set(questionId, signature));
    try {
      await saveAnswers(assessmentId, {
        saved,
        clearedQuestionIds: cleared,
        resumeAt: { sectionId, questionId: lastQuestionId.current },
      });
      setStatus({ kind: 'saved', at: new Date().toISOString() });
      setRemoteChanges((changes) => withoutKeys(changes, [...signatures.keys()]));
    } catch (error) {
      previous.forEach((signature, questionId) => savedSignatures.current.set(questionId, signature));
      // Queue them again: the next change, or the next flush, retries the write.
      signatures.forEach((_signature, questionId) => pending.current.add(questionId));
      setStatus({ kind: 'failed', failure: toStorageError(error).failure });
    }
  }, [assessmentId, form, questions, sectionId]);

  /** Writes everything changed so far; resolves once it is stored (or has failed and says so). */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    queue.current = queue.current.then(writePending);
    return queue.current;
  }, [writePending]);

  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      const questionId = name?.split('.')[0];
      // Another tab's answer being shown here is not an edit of this tab's: nothing to write back.
      if (!questionId || isApplyingRemote.current) return;
      pending.current.add(questionId);
      lastQuestionId.current = questionId;
      // Same state object while typing: React then skips re-rendering the section on every keystroke.
      setStatus((previous) => (previous.kind === 'pending' ? previous : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    return () => subscription.unsubscribe();
  }, [flush, form]);

  useEffect(() => {
    // `pagehide` covers closing the tab and bfcache; `visibilitychange` covers switching apps on phones, where
    // the page may be killed without any further event.
    const onHide = () => {
      // Synchronous: after pagehide the page may get no further task, so nothing here may wait for a promise.
      clearTimeout(timer.current);
      const { saved, cleared } = collectChanges(
        questions,
        form.getValues(),
        [...pending.current],
        savedSignatures.current,
      );
      try {
        saveAnswersNow(assessmentId, { saved, clearedQuestionIds: cleared });
      } catch {
        // The regular flush below still tries.
      }
      void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    const unregister = registerPendingWrites(flush);
    return () => {
      unregister();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [assessmentId, flush, form, questions]);

  useEffect(() => {
    const at = new Date().toISOString();
    const changes = new Map<string, RemoteChange>();
    for (const question of questions) {
      const stored = liveAnswers.get(question.id);
      const signature = signatureOf(stored);
      if (signature === savedSignatures.current.get(question.id)) continue;
      if (pending.current.has(question.id) || invalidQuestionIds.has(question.id)) {
        changes.set(question.id, { kind: 'conflict', at });
        continue;
      }
      savedSignatures.current.set(question.id, signature);
      isApplyingRemote.current = true;
      const draft = draftFromAnswer(stored);
      form.setValue(question.id, draft, { shouldDirty: false, shouldValidate: false });
      // A field array only re-renders its rows when set by its own name.
      if (question.type === 'system-inventory') form.setValue(`${question.id}.systems`, draft.systems);
      isApplyingRemote.current = false;
      changes.set(question.id, { kind: 'updated', at });
    }
    // The live answers come from IndexedDB, outside React: the form (also outside React's state) is updated here,
    // and the notice has to follow the same event, not a render later.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- synchronising with an external store
    if (changes.size) setRemoteChanges((current) => new Map([...current, ...changes]));
  }, [form, invalidQuestionIds, liveAnswers, questions]);

  return { status, invalidQuestionIds, remoteChanges, flush };
}

function withoutKeys<V>(map: ReadonlyMap<string, V>, keys: readonly string[]): ReadonlyMap<string, V> {
  if (!keys.some((key) => map.has(key))) return map;
  return new Map([...map].filter(([key]) => !keys.includes(key)));
}

/**
 * The answers to write for the given questions: valid drafts whose stored answer would change (cleared drafts
 * delete theirs). Invalid drafts are reported, not written.
 */
function collectChanges(
  questions: readonly Question[],
  values: SectionValues,
  questionIds: readonly string[],
  savedSignatures: ReadonlyMap<string, string>,
) {
  const today = todayIso();
  const updatedAt = new Date().toISOString();
  const saved: Answer[] = [];
  const cleared: string[] = [];
  const signatures = new Map<string, string>();
  const invalid = new Set<string>();
  for (const questionId of questionIds) {
    const question = questions.find((candidate) => candidate.id === questionId);
    const draft = values[questionId];
    if (!question || !draft) continue;
    if (!answerDraftSchema(question, today).safeParse(draft).success) {
      invalid.add(questionId);
      continue;
    }
    const answer = answerFromDraft(question, draft, updatedAt);
    const signature = signatureOf(answer);
    if (signature === savedSignatures.get(questionId)) continue;
    signatures.set(questionId, signature);
    if (answer) saved.push(answer);
    else cleared.push(questionId);
  }
  return { saved, cleared, signatures, invalid };
}
