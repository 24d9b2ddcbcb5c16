import { expect, test } from 'vitest';
import { received, rosterOf } from '../collection/roster/roster.test-support';
import { workshopClass } from './workshop-class';
import type { Workshop } from './workshop-schema';

const units = rosterOf(
  { name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'phu-tho' },
  { name: 'UBND xã Tân Lập', unitType: 'commune-committee', provinceId: 'phu-tho', code: '25747' },
  { name: 'Sở Tư pháp', unitType: 'provincial-department', provinceId: 'phu-tho' },
).entries;

const workshop = (assessmentIds: string[]): Workshop => ({
  id: 'w1',
  title: 'Tập huấn',
  date: '2026-12-05',
  place: undefined,
  expectedUnits: units,
  assessmentIds,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
});

const commune = (id: string, unitName: string, extra: object = {}) =>
  received({
    id,
    profile: { unitName, unitType: 'commune-committee', provinceId: 'phu-tho', communeName: unitName, ...extra },
  });

test("who has handed in is matched as the roster matches; only the workshop's assessments count", () => {
  const collection = [
    commune('a1', 'Minh Châu'), // bare name
    commune('a2', 'Xã Tân Lập mới', { unitCode: '25747' }), // by code
    commune('a3', 'UBND xã Hòa Bình'), // not expected
    commune('a4', 'UBND xã Minh Châu'), // in the collection, not handed in to this workshop
  ];
  const result = workshopClass(workshop(['a1', 'a2', 'a3', 'gone']), collection);
  expect(
    result.expected.map((unit) => [
      unit.entry.name,
      unit.status.status,
      unit.status.matches.map((m) => m.assessmentId),
    ]),
  ).toEqual([
    ['UBND xã Minh Châu', 'provisional', ['a1']],
    ['UBND xã Tân Lập', 'provisional', ['a2']],
    ['Sở Tư pháp', 'not-received', []],
  ]);
  expect(result.expectedHandedIn).toBe(2);
  expect(result.notExpected.map((copy) => copy.id)).toEqual(['a3']);
  // The id no longer in the collection is not counted.
  expect(result.handedIn).toBe(3);
});

test('nothing handed in: every expected unit is waiting', () => {
  const result = workshopClass(workshop([]), [commune('a1', 'Minh Châu')]);
  expect(result.expected.every((unit) => unit.status.status === 'not-received')).toBe(true);
  expect(result).toMatchObject({ expectedHandedIn: 0, handedIn: 0, notExpected: [] });
});
