/**
 * What the unit records against one item of its remediation plan: who owns it, by when, how far it is, and a note.
 * Stored per assessment and question, apart from the answers, so that the item keeps its owner and note when the
 * answer changes (an item whose gap has closed shows as resolved; it does not vanish).
 */
import '../zod-config';
import { z } from 'zod';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../questionnaire/answer-schema';
import { contentIdSchema } from '../questionnaire/content-schema';
import { formatDisplayDate, parseDisplayDate } from '../questionnaire/display-date';

export const PLAN_STATUSES = ['to-do', 'in-progress', 'done'] as const;

export const planItemSchema = z.object({
  questionId: contentIdSchema,
  owner: z.string().trim().max(MAX_SHORT_TEXT_LENGTH, { error: 'plan.errors.ownerTooLong' }).optional(),
  dueOn: z.iso.date({ error: 'plan.errors.dueOnInvalid' }).optional(),
  status: z.enum(PLAN_STATUSES),
  note: z.string().trim().max(MAX_TEXT_LENGTH, { error: 'plan.errors.noteTooLong' }).optional(),
  updatedAt: z.iso.datetime(),
});
export type PlanItem = z.infer<typeof planItemSchema>;
export type PlanStatus = PlanItem['status'];

/**
 * The plan item's form, as typed (blank strings for "not set"); `planItemFromInput` turns it into a `PlanItem`.
 * The due date is typed day/month/year ("1/12/2026", see `parseDisplayDate`) and stored as an ISO date.
 */
export const planItemInputSchema = z.object({
  owner: z.string().max(MAX_SHORT_TEXT_LENGTH, { error: 'plan.errors.ownerTooLong' }),
  dueOn: z.string().superRefine((value, context) => {
    if (value.trim() === '') return;
    const parsed = parseDisplayDate(value);
    if (parsed.ok) return;
    context.addIssue({
      code: 'custom',
      message: parsed.reason === 'format' ? 'plan.errors.dueOnFormat' : 'plan.errors.dueOnInvalid',
    });
  }),
  status: z.enum(PLAN_STATUSES),
  note: z.string().max(MAX_TEXT_LENGTH, { error: 'plan.errors.noteTooLong' }),
});
export type PlanItemInput = z.infer<typeof planItemInputSchema>;

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The typed due date as ISO; text that is no date is passed on as it is, for `planItemSchema` to refuse. */
function dueOnFromInput(value: string): string | undefined {
  const typed = blankToUndefined(value);
  if (typed === undefined) return undefined;
  const parsed = parseDisplayDate(typed);
  return parsed.ok ? parsed.iso : typed;
}

/** A valid input (see `planItemInputSchema`) as the stored item. */
export function planItemFromInput(questionId: string, input: PlanItemInput, updatedAt: string): PlanItem {
  return {
    questionId,
    owner: blankToUndefined(input.owner),
    dueOn: dueOnFromInput(input.dueOn),
    status: input.status,
    note: blankToUndefined(input.note),
    updatedAt,
  };
}

export function inputFromPlanItem(item: PlanItem | undefined): PlanItemInput {
  return {
    owner: item?.owner ?? '',
    dueOn: item?.dueOn ? formatDisplayDate(item.dueOn) : '',
    status: item?.status ?? 'to-do',
    note: item?.note ?? '',
  };
}
