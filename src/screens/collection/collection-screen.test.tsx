import { act, render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { generateCollection, type GeneratedFile } from '../../../tests/fixtures/collection/generate-collection';
import { toReceiveInput } from '../../../tests/fixtures/collection/receive-input';
import type { CollectionFigures } from '../../collection/compare/compute-collection';
import { clearCollection, receiveAssessments, type ReceiveInput } from '../../storage/collection';
import { db, type StoredCollectionFigures } from '../../storage/db';
import { todayIso } from '../today';
import { CollectionScreen } from './collection-screen';

let files: GeneratedFile[];
let inputs: ReceiveInput[];

beforeAll(async () => {
  files = generateCollection({ count: 4, seed: 21 });
  inputs = await Promise.all(files.map((file) => toReceiveInput(file)));
});

beforeEach(async () => {
  await clearCollection();
  await db.rosters.clear();
  await db.collectionFigures.clear();
});

const SLOW = { timeout: 10_000 };
const table = (count: number) =>
  screen.findByRole('table', { name: new RegExp(`^So sánh ${count} bản tự đánh giá`) }, SLOW);
const unitNames = (element: HTMLElement) =>
  within(element)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

async function renderScreen() {
  await act(() => {
    render(
      <Suspense fallback={<p>…</p>}>
        <CollectionScreen />
      </Suspense>,
    );
    return Promise.resolve();
  });
}

/** The figures the dashboard kept, once it has kept them. */
async function keptRecord(): Promise<Extract<StoredCollectionFigures, { key: 'figures' }>> {
  let record: StoredCollectionFigures | undefined;
  await expect
    .poll(async () => {
      record = await db.collectionFigures.get('figures');
      return record?.key;
    }, SLOW)
    .toBe('figures');
  return record as Extract<StoredCollectionFigures, { key: 'figures' }>;
}

/** The kept figures with the first unit renamed: what only a dashboard reading them, not scoring, can show. */
async function markKeptFigures(changes: { today?: string } = {}) {
  const record = await keptRecord();
  const [first, ...rest] = record.figures.rows;
  const figures: CollectionFigures = {
    ...record.figures,
    rows: [{ ...first!, unitName: 'Đơn vị trong số liệu đã lưu' }, ...rest],
  };
  await db.collectionFigures.put({ ...record, ...changes, figures });
}

test('the figures are computed once and kept; the next visit shows them at once; a new unit is counted', async () => {
  await receiveAssessments(inputs.slice(0, 3));
  await renderScreen();
  expect(unitNames(await table(3))).not.toContain('Đơn vị trong số liệu đã lưu');
  await markKeptFigures();
  document.body.innerHTML = '';

  // Another visit: the kept figures, not the units scored again.
  await renderScreen();
  expect(unitNames(await table(3))).toContain('Đơn vị trong số liệu đã lưu');

  // A unit received while the dashboard is open (here, or in another tab): the figures are the collection's again.
  await act(async () => {
    await receiveAssessments([inputs[3]!]);
  });
  expect(unitNames(await table(4))).not.toContain('Đơn vị trong số liệu đã lưu');
  expect((await keptRecord()).figures.rows).toHaveLength(4);
});

test('figures kept on an earlier day show first, say so, and give way to today’s; exports wait for today’s', async () => {
  await receiveAssessments(inputs.slice(0, 2));
  await renderScreen();
  await table(2);
  const today = todayIso();
  const dayBefore = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await markKeptFigures({ today: dayBefore });
  document.body.innerHTML = '';

  await renderScreen();
  const [year, month, day] = dayBefore.split('-');
  const notice = await screen.findByText(new RegExp(`được tính ngày ${day}/${month}/${year}`), undefined, SLOW);
  // Whether the first frame still holds the earlier figures depends on how fast they are computed again; what
  // matters is that the notice says whose they are while they show, and that today's replace them.
  expect(notice).toHaveAttribute('role', 'status');
  await expect.poll(() => screen.queryByText(/được tính ngày/), SLOW).toBeNull();
  expect(unitNames(await table(2))).not.toContain('Đơn vị trong số liệu đã lưu');
  expect(await screen.findByRole('button', { name: 'Bảng so sánh (CSV)' }, SLOW)).toBeEnabled();
  expect((await keptRecord()).today).toBe(today);
});
