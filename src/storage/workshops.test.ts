import { beforeEach, expect, test } from 'vitest';
import { db } from './db';
import { StorageError } from './storage-error';
import {
  addToWorkshop,
  createWorkshop,
  deleteWorkshop,
  listWorkshops,
  readWorkshop,
  updateWorkshop,
} from './workshops';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

const details = { title: '  Tập huấn chuyển đổi số cấp xã  ', date: '2026-12-03', place: 'Hội trường Sở KH&CN' };

test('a workshop is created validated (trimmed, NFC), read back, and listed the most recent day first', async () => {
  const earlier = await createWorkshop({ ...details, date: '2026-11-20' });
  // Typed with combining marks (NFD), as some keyboards do: stored composed.
  const later = await createWorkshop({ ...details, title: 'Tập huấn'.normalize('NFD') });

  expect(later.title).toBe('Tập huấn');
  expect(later.title).toBe(later.title.normalize('NFC'));
  expect(earlier.title).toBe('Tập huấn chuyển đổi số cấp xã');
  expect(earlier.expectedUnits).toEqual([]);
  expect(await readWorkshop(earlier.id)).toEqual(earlier);
  expect((await listWorkshops()).map((workshop) => workshop.id)).toEqual([later.id, earlier.id]);
});

test('an invalid workshop is refused and nothing is written', async () => {
  await expect(createWorkshop({ ...details, title: '   ' })).rejects.toBeInstanceOf(StorageError);
  await expect(createWorkshop({ ...details, date: '3/12/2026' })).rejects.toBeInstanceOf(StorageError);
  expect(await db.workshops.count()).toBe(0);
});

test('assessments handed in are added once each, and a change keeps what another change wrote', async () => {
  const workshop = await createWorkshop(details);
  await Promise.all([addToWorkshop(workshop.id, ['a', 'b']), addToWorkshop(workshop.id, ['b', 'c'])]);
  const renamed = await updateWorkshop(workshop.id, (current) => ({ ...current, place: 'Phòng 201' }));

  expect([...renamed.assessmentIds].sort()).toEqual(['a', 'b', 'c']);
  expect(renamed.place).toBe('Phòng 201');
  expect(renamed.createdAt).toBe(workshop.createdAt);
});

test('deleting a workshop deletes its summaries and no other workshop', async () => {
  const kept = await createWorkshop(details);
  const gone = await createWorkshop(details);
  await db.workshopSummaries.bulkAdd([
    { key: 'x', workshopId: gone.id } as never,
    { key: 'y', workshopId: kept.id } as never,
  ]);

  await deleteWorkshop(gone.id);

  expect(await readWorkshop(gone.id)).toBeUndefined();
  expect(await readWorkshop(kept.id)).toEqual(kept);
  expect((await db.workshopSummaries.toArray()).map((summary) => summary.key)).toEqual(['y']);
});
