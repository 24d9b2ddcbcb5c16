import { beforeEach, expect, test } from 'vitest';
import { REALISTIC_SUMMARY } from '../workshop/summary/summary-fixtures.test-support';
import { db } from './db';
import { StorageError } from './storage-error';
import { listWorkshopSummaries, storeWorkshopSummary, summaryKey } from './workshop-summaries';
import { createWorkshop, deleteWorkshop } from './workshops';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

const details = { title: 'Tập huấn chuyển đổi số cấp xã', date: '2026-12-03' };
const later = (minutes: number) => new Date(Date.parse(REALISTIC_SUMMARY.madeAt) + minutes * 60_000).toISOString();

test('the same assessment read twice keeps one summary: the newest by when it was made', async () => {
  const workshop = await createWorkshop(details);
  expect((await storeWorkshopSummary(workshop.id, REALISTIC_SUMMARY)).outcome).toBe('added');
  const newer = { ...REALISTIC_SUMMARY, overall: 70.1, madeAt: later(5) };
  expect((await storeWorkshopSummary(workshop.id, newer)).outcome).toBe('updated');
  // The first code shown again, late: the newer summary stays.
  const again = await storeWorkshopSummary(workshop.id, REALISTIC_SUMMARY);
  expect(again.outcome).toBe('older');
  expect(again.kept.overall).toBe(70.1);
  expect((await storeWorkshopSummary(workshop.id, newer)).outcome).toBe('unchanged');

  const listed = await listWorkshopSummaries(workshop.id);
  expect(listed).toHaveLength(1);
  expect(listed[0]).toMatchObject({
    ...newer,
    workshopId: workshop.id,
    key: summaryKey(workshop.id, newer.assessmentId),
  });
});

test('each workshop keeps its own summaries, sorted by unit name in Vietnamese order', async () => {
  const first = await createWorkshop(details);
  const second = await createWorkshop({ ...details, title: 'Lớp thứ hai' });
  await storeWorkshopSummary(first.id, {
    ...REALISTIC_SUMMARY,
    assessmentId: 'b',
    unitName: 'Ủy ban nhân dân xã Đông Hòa',
  });
  await storeWorkshopSummary(first.id, {
    ...REALISTIC_SUMMARY,
    assessmentId: 'c',
    unitName: 'Ủy ban nhân dân xã Bình An',
  });
  await storeWorkshopSummary(first.id, { ...REALISTIC_SUMMARY, assessmentId: 'd', unitName: 'Sở Tư pháp' });
  await storeWorkshopSummary(second.id, REALISTIC_SUMMARY);

  expect((await listWorkshopSummaries(first.id)).map((summary) => summary.unitName)).toEqual([
    'Sở Tư pháp',
    'Ủy ban nhân dân xã Bình An',
    'Ủy ban nhân dân xã Đông Hòa',
  ]);
  expect(await listWorkshopSummaries(second.id)).toHaveLength(1);
  await deleteWorkshop(first.id);
  expect(await listWorkshopSummaries(first.id)).toEqual([]);
  expect(await listWorkshopSummaries(second.id)).toHaveLength(1);
});

test('refused, with nothing written: a summary that fails validation, or a workshop that is not there', async () => {
  const workshop = await createWorkshop(details);
  await expect(storeWorkshopSummary(workshop.id, { ...REALISTIC_SUMMARY, overall: 140 })).rejects.toBeInstanceOf(
    StorageError,
  );
  await expect(storeWorkshopSummary('no-such-workshop', REALISTIC_SUMMARY)).rejects.toMatchObject({
    failure: 'invalid',
  });
  expect(await db.workshopSummaries.count()).toBe(0);
});

test('a record that no longer passes validation is left out of the list', async () => {
  const workshop = await createWorkshop(details);
  await storeWorkshopSummary(workshop.id, REALISTIC_SUMMARY);
  await db.workshopSummaries.add({ key: 'broken', workshopId: workshop.id } as never);
  expect(await listWorkshopSummaries(workshop.id)).toHaveLength(1);
});
