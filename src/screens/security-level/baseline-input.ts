/**
 * The baseline self-check's form, as typed: one entry per requirement group of the system's level (blank strings
 * for "not set", the due date day/month/year), and its way to and from the stored `BaselineCheck`s.
 *
 * Checks of groups not on the screen (another level or regime) are kept in the record as they are: a change of level
 * must not erase what the unit wrote for the groups it had then.
 */
import '../../zod-config';
import { z } from 'zod';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { formatDisplayDate, parseDisplayDate } from '../../questionnaire/display-date';
import { BASELINE_STATUSES, type BaselineCheck } from '../../security-level/system-security-schema';

export const checkInputSchema = z.object({
  status: z.union([z.enum(BASELINE_STATUSES), z.literal('')]),
  evidence: z.string().max(MAX_TEXT_LENGTH, { error: 'securityBaseline.errors.evidenceTooLong' }),
  owner: z.string().max(MAX_SHORT_TEXT_LENGTH, { error: 'securityBaseline.errors.ownerTooLong' }),
  dueOn: z.string().superRefine((value, context) => {
    if (value.trim() === '') return;
    const parsed = parseDisplayDate(value);
    if (parsed.ok) return;
    context.addIssue({
      code: 'custom',
      message:
        parsed.reason === 'format' ? 'securityBaseline.errors.dueOnFormat' : 'securityBaseline.errors.dueOnInvalid',
    });
  }),
});
export type CheckInput = z.infer<typeof checkInputSchema>;

export const baselineInputSchema = z.object({ checks: z.record(z.string(), checkInputSchema) });
export type BaselineInput = z.infer<typeof baselineInputSchema>;

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function inputFromBaseline(groupIds: readonly string[], baseline: readonly BaselineCheck[]): BaselineInput {
  const byGroup = new Map(baseline.map((check) => [check.groupId, check]));
  return {
    checks: Object.fromEntries(
      groupIds.map((groupId) => {
        const check = byGroup.get(groupId);
        const input: CheckInput = {
          status: check?.status ?? '',
          evidence: check?.evidence ?? '',
          owner: check?.owner ?? '',
          dueOn: check?.dueOn ? formatDisplayDate(check.dueOn) : '',
        };
        return [groupId, input];
      }),
    ),
  };
}

/**
 * The record's baseline once the form's valid `input` is applied: the screen's groups with a status as typed, the
 * others as stored; sorted by group id (the record's order). A group without a status is not stored (the schema asks
 * for one); the screen shows its other fields only once a status is chosen.
 */
export function baselineFromInput(input: BaselineInput, stored: readonly BaselineCheck[]): BaselineCheck[] {
  const onScreen = new Set(Object.keys(input.checks));
  const kept = stored.filter((check) => !onScreen.has(check.groupId));
  const typed = Object.entries(input.checks).flatMap(([groupId, check]): BaselineCheck[] => {
    if (check.status === '') return [];
    const dueOn = blankToUndefined(check.dueOn);
    const parsed = dueOn === undefined ? undefined : parseDisplayDate(dueOn);
    return [
      {
        groupId,
        status: check.status,
        evidence: blankToUndefined(check.evidence),
        owner: blankToUndefined(check.owner),
        dueOn: parsed?.ok ? parsed.iso : undefined,
      },
    ];
  });
  return [...kept, ...typed]
    .map(
      (check) => Object.fromEntries(Object.entries(check).filter(([, value]) => value !== undefined)) as BaselineCheck,
    )
    .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
}
