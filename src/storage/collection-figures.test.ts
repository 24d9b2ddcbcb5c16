import { beforeAll, beforeEach, expect, test } from 'vitest';
import { generateCollection, type GeneratedFile } from '../../tests/fixtures/collection/generate-collection';
import { toReceiveInput } from '../../tests/fixtures/collection/receive-input';
import { computeCollection, type CollectionFigures } from '../collection/compare/compute-collection';
import { clearCollection, deleteReceived, listReceived, receiveAssessments, type ReceiveInput } from './collection';
import {
  readCollectionFigures,
  readCollectionGeneration,
  saveCollectionFigures,
  type FiguresFor,
} from './collection-figures';
import { db } from './db';

const TODAY = '2026-12-01';
const BUILD: FiguresFor = { today: TODAY, signature: '/assets/rows-worker-AbC123.js' };

let files: GeneratedFile[];
let inputs: ReceiveInput[];

beforeAll(async () => {
  files = generateCollection({ count: 6, seed: 7 });
  inputs = await Promise.all(files.map((file) => toReceiveInput(file)));
});

beforeEach(async () => {
  await db.received.clear();
  await db.collectionFigures.clear();
});

/** The figures of the collection as stored now, computed and kept as the rows worker does. */
async function computeAndKeep(figuresFor = BUILD): Promise<{ figures: CollectionFigures; saved: boolean }> {
  const generation = await readCollectionGeneration();
  const figures = computeCollection(await listReceived(), figuresFor.today);
  return { figures, saved: await saveCollectionFigures(generation, figuresFor, figures) };
}

/** The figures kept for the current generation by this build, or null. */
const keptFigures = async (signature = BUILD.signature) =>
  (await readCollectionFigures(signature)).kept?.figures ?? null;

test('nothing is kept at first; figures kept are read back, with their day, by the same build only', async () => {
  expect(await readCollectionFigures(BUILD.signature)).toEqual({ generation: 0, kept: null });
  await receiveAssessments(inputs.slice(0, 3));
  const { figures, saved } = await computeAndKeep();
  expect(saved).toBe(true);
  expect(figures.rows).toHaveLength(3);

  expect((await readCollectionFigures(BUILD.signature)).kept).toEqual({ today: TODAY, figures });
  // Another build may score differently, or shape its rows differently.
  expect(await keptFigures('/assets/rows-worker-Zz9.js')).toBeNull();
});

test('every write that changes the collection makes the kept figures stale, in the same transaction', async () => {
  await receiveAssessments(inputs.slice(0, 3));
  const stale = async () => (await keptFigures()) === null;

  await computeAndKeep();
  const before = await readCollectionGeneration();
  await receiveAssessments([inputs[3]!]);
  expect(await stale()).toBe(true);
  expect(await readCollectionGeneration()).toBe(before + 1);

  await computeAndKeep();
  await deleteReceived([files[0]!.meta.assessmentId]);
  expect(await stale()).toBe(true);

  await computeAndKeep();
  await clearCollection();
  expect(await stale()).toBe(true);
  expect((await computeAndKeep()).figures.rows).toEqual([]);
});

test('what leaves the collection as it was keeps the figures: the same files again, a failed batch', async () => {
  await receiveAssessments(inputs.slice(0, 3));
  const { figures } = await computeAndKeep();

  await receiveAssessments(inputs.slice(0, 3));
  expect(await keptFigures()).toEqual(figures);
  await deleteReceived(['no-such-copy']);
  expect(await keptFigures()).toEqual(figures);
  // A batch whose last input is broken writes nothing, so the figures still describe the collection.
  const broken = { ...inputs[4]!, receipt: { ...inputs[4]!.receipt, digest: 'f'.repeat(64) } };
  await expect(receiveAssessments([inputs[3]!, broken])).rejects.toThrow();
  expect(await keptFigures()).toEqual(figures);
});

test('figures computed from a collection written meanwhile are not kept', async () => {
  await receiveAssessments(inputs.slice(0, 3));
  const generation = await readCollectionGeneration();
  const figures = computeCollection(await listReceived(), TODAY);
  // Another tab imports while this one scores.
  await receiveAssessments([inputs[5]!]);

  expect(await saveCollectionFigures(generation, BUILD, figures)).toBe(false);
  expect(await keptFigures()).toBeNull();
});

test('a kept record that is not what this code writes is a miss, not an error', async () => {
  await receiveAssessments(inputs.slice(0, 2));
  const generation = await readCollectionGeneration();
  await db.collectionFigures.put({
    key: 'figures',
    generation,
    ...BUILD,
    figures: { rows: 'not rows', gaps: [], bytes: 1 } as unknown as CollectionFigures,
  });
  expect(await readCollectionFigures(BUILD.signature)).toEqual({ generation, kept: null });
});
