/**
 * The writer of a plan item's owner, due date, status and note: the same `RecordWriter` as the answers (queue,
 * retry, page-close flush), keyed by question id, over `savePlanItems`.
 */
import type { PlanItem } from '../assessment/plan-item-schema';
import { canonicalJson } from '../questionnaire/answer-entry';
import { savePlanItems } from './plan-items';
import { RecordWriter, TAB_WRITER_ID } from './record-writer';

export const PLAN_WRITE_DELAY_MS = 500;

export function createPlanItemWriter(assessmentId: string, item: PlanItem | undefined): RecordWriter<PlanItem> {
  return new RecordWriter<PlanItem>({
    store: {
      write: async (entries) => {
        await savePlanItems(assessmentId, [...entries.values()]);
        return new Map();
      },
    },
    writerId: TAB_WRITER_ID,
    initial: item ? new Map([[item.questionId, { value: item }]]) : new Map(),
    signatureOf: (value) => canonicalJson({ ...value, updatedAt: '' }),
    delayMs: PLAN_WRITE_DELAY_MS,
  });
}
