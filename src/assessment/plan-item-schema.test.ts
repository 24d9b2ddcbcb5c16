import { describe, expect, test } from 'vitest';
import {
  inputFromPlanItem,
  planItemFromInput,
  planItemInputSchema,
  planItemSchema,
  type PlanItemInput,
} from './plan-item-schema';

const blank: PlanItemInput = { owner: '', dueOn: '', status: 'to-do', note: '' };
const updatedAt = '2026-11-22T08:30:00.000Z';

function dueOnErrors(dueOn: string): string[] {
  const result = planItemInputSchema.safeParse({ ...blank, dueOn });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('the due date as typed', () => {
  test.each(['', '   ', '1/12/2026', '01/12/2026', '1-12-2026', '1.12.2026', ' 31/12/2026 '])(
    '%j is accepted',
    (dueOn) => {
      expect(dueOnErrors(dueOn)).toEqual([]);
    },
  );

  test.each(['1/12/26', '2026', 'tháng 12', '12/2026'])('%j is not written day/month/year', (dueOn) => {
    expect(dueOnErrors(dueOn)).toEqual(['plan.errors.dueOnFormat']);
  });

  test.each(['31/02/2026', '31/04/2026', '12/31/2026'])('%j is no real date', (dueOn) => {
    expect(dueOnErrors(dueOn)).toEqual(['plan.errors.dueOnInvalid']);
  });
});

describe('between the form and the stored item', () => {
  test('the typed date is stored as an ISO date; blanks are not set', () => {
    const item = planItemFromInput(
      'security-drills',
      { owner: ' Văn phòng Sở ', dueOn: ' 1/12/2026', status: 'in-progress', note: '' },
      updatedAt,
    );
    expect(item).toEqual({
      questionId: 'security-drills',
      owner: 'Văn phòng Sở',
      dueOn: '2026-12-01',
      status: 'in-progress',
      note: undefined,
      updatedAt,
    });
    expect(planItemSchema.safeParse(item).success).toBe(true);
    expect(planItemFromInput('security-drills', blank, updatedAt).dueOn).toBeUndefined();
  });

  test('a stored date is shown day/month/year and stores the same again', () => {
    const stored = planItemSchema.parse({
      questionId: 'security-drills',
      dueOn: '2027-06-30',
      status: 'to-do',
      updatedAt,
    });
    const input = inputFromPlanItem(stored);
    expect(input).toEqual({ owner: '', dueOn: '30/06/2027', status: 'to-do', note: '' });
    expect(planItemFromInput('security-drills', input, updatedAt)).toEqual({
      ...stored,
      owner: undefined,
      note: undefined,
    });
    expect(inputFromPlanItem(undefined)).toEqual(blank);
  });

  test('a date that was not validated is passed on for the stored schema to refuse', () => {
    const item = planItemFromInput('security-drills', { ...blank, dueOn: '31/02/2026' }, updatedAt);
    expect(planItemSchema.safeParse(item).success).toBe(false);
  });
});
