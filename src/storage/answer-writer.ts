/**
 * The writer of one assessment's answers: a `RecordWriter` over `writeAnswerEntries`, keyed by question id. The
 * section form creates one per section it shows.
 */
import { entrySignature, type AnswerEntry } from '../questionnaire/answer-entry';
import type { SectionId } from '../questionnaire/content-schema';
import { writeAnswerEntries, writeAnswerEntriesNow } from './answers';
import { RecordWriter, TAB_WRITER_ID, type StoredRecord, type Timers } from './record-writer';

export const ANSWER_WRITE_DELAY_MS = 300;

export type AnswerWriter = RecordWriter<AnswerEntry>;

export function createAnswerWriter({
  assessmentId,
  sectionId,
  initial,
  timers,
}: {
  assessmentId: string;
  /** Recorded with each write as "resume here", with the question edited last. */
  sectionId: SectionId;
  initial: ReadonlyMap<string, StoredRecord<AnswerEntry>>;
  timers?: Timers;
}): AnswerWriter {
  const writer: AnswerWriter = new RecordWriter<AnswerEntry>({
    store: {
      write: (entries, writerId) =>
        writeAnswerEntries(assessmentId, entries, writerId, { sectionId, questionId: writer.lastEditedKey }),
      writeNow: (entries, writer, revisions) => writeAnswerEntriesNow(assessmentId, entries, writer, revisions),
    },
    writerId: TAB_WRITER_ID,
    initial,
    signatureOf: entrySignature,
    delayMs: ANSWER_WRITE_DELAY_MS,
    timers,
  });
  return writer;
}
