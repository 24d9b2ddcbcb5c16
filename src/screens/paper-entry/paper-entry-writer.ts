/**
 * The writer of fast entry from paper: the answer writer of the section screens (`RecordWriter` over
 * `writeAnswerEntries`, with the same signature, delay, page-close write and tab id), kept once for the whole
 * questionnaire because the helper crosses sections without leaving the screen. The one difference from
 * `createAnswerWriter`, which serves one section: "resume here" names the section of the question edited last.
 */
import { entrySignature, type AnswerEntry } from '../../questionnaire/answer-entry';
import type { SectionId } from '../../questionnaire/content-schema';
import { ANSWER_WRITE_DELAY_MS, type AnswerWriter } from '../../storage/answer-writer';
import { writeAnswerEntries, writeAnswerEntriesNow } from '../../storage/answers';
import { RecordWriter, TAB_WRITER_ID, type StoredRecord } from '../../storage/record-writer';

export function createPaperEntryWriter({
  assessmentId,
  initial,
  sectionOf,
}: {
  assessmentId: string;
  initial: ReadonlyMap<string, StoredRecord<AnswerEntry>>;
  sectionOf: (questionId: string) => SectionId | undefined;
}): AnswerWriter {
  const writer: AnswerWriter = new RecordWriter<AnswerEntry>({
    store: {
      write: (entries, writerId) => {
        const questionId = writer.lastEditedKey;
        const sectionId = questionId ? sectionOf(questionId) : undefined;
        return writeAnswerEntries(assessmentId, entries, writerId, sectionId ? { sectionId, questionId } : undefined);
      },
      writeNow: (entries, writerId, revisions) => writeAnswerEntriesNow(assessmentId, entries, writerId, revisions),
    },
    writerId: TAB_WRITER_ID,
    initial,
    signatureOf: entrySignature,
    delayMs: ANSWER_WRITE_DELAY_MS,
  });
  return writer;
}
