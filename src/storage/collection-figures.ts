/**
 * The collection's figures kept between visits (table `collectionFigures`, Dexie version 5; decision 0015), so that
 * the dashboard of a national collection opens on figures already computed instead of reading and scoring every
 * unit again (about 2 s for 3,321 units).
 *
 * Figures held are only ever those of the collection as it is:
 * - every write to `received` (storage/collection.ts) calls `invalidateCollectionFigures` inside its own
 *   transaction, which counts one more generation and deletes the figures: the write and the invalidation commit
 *   together or not at all;
 * - whoever computes figures reads the generation first (`readCollectionGeneration`), then the collection, and saves
 *   with `saveCollectionFigures`, which refuses when the generation moved meanwhile (a write landed in between);
 * - `readCollectionFigures` returns the figures only for the current generation and the same `signature` (the build
 *   of the scoring code that computed them); anything else is a miss. They say the day they were computed on:
 *   scores depend on it (inspections and dates age), so figures of an earlier day are shown only while today's
 *   are computed, and said to be of that day.
 */
import { z } from 'zod';
import type { CollectionFigures } from '../collection/compare/compute-collection';
import { db } from './db';
import { withStorageErrors } from './storage-error';

const GENERATION_KEY = 'generation';
const FIGURES_KEY = 'figures';

const generationSchema = z.object({ key: z.literal(GENERATION_KEY), generation: z.number().int().nonnegative() });

/**
 * The figures' envelope. The rows and gaps are derived data written by the code whose `signature` they carry, so
 * only their outline is checked here: a record from any other build is a miss before its contents matter.
 */
const figuresSchema = z.object({
  key: z.literal(FIGURES_KEY),
  generation: z.number().int().nonnegative(),
  signature: z.string().min(1),
  today: z.string().min(1),
  figures: z.looseObject({
    rows: z.array(z.looseObject({ assessmentId: z.string() })),
    gaps: z.array(z.looseObject({})),
    bytes: z.number().nonnegative(),
  }),
});

/** What the figures were computed for: the day and the build of the code that computed them. */
export interface FiguresFor {
  today: string;
  signature: string;
}

export interface HeldFigures {
  /** The collection's current generation (0 before its first write). */
  generation: number;
  /** The figures of that generation computed by the build asked for, and on which day; null when none are held. */
  kept: { today: string; figures: CollectionFigures } | null;
}

async function currentGeneration(): Promise<number> {
  const parsed = generationSchema.safeParse(await db.collectionFigures.get(GENERATION_KEY));
  return parsed.success ? parsed.data.generation : 0;
}

/**
 * For the writers of `received`, inside their transaction (which must include `collectionFigures`): the figures
 * held no longer describe the collection.
 */
export async function invalidateCollectionFigures(): Promise<void> {
  const generation = await currentGeneration();
  await db.collectionFigures.put({ key: GENERATION_KEY, generation: generation + 1 });
  await db.collectionFigures.delete(FIGURES_KEY);
}

/** The collection's generation: read it before reading the collection, to save what is computed from it. */
export function readCollectionGeneration(): Promise<number> {
  return withStorageErrors(() => currentGeneration());
}

/** The generation, and the figures held for it when they were computed by the build `signature`. */
export function readCollectionFigures(signature: string): Promise<HeldFigures> {
  return withStorageErrors(() =>
    db.transaction('r', db.collectionFigures, async () => {
      const generation = await currentGeneration();
      const held = figuresSchema.safeParse(await db.collectionFigures.get(FIGURES_KEY));
      if (!held.success || held.data.generation !== generation || held.data.signature !== signature) {
        return { generation, kept: null };
      }
      return {
        generation,
        kept: { today: held.data.today, figures: held.data.figures as unknown as CollectionFigures },
      };
    }),
  );
}

/**
 * Keeps figures computed from the collection as it was at `generation`. Returns false, saving nothing, when the
 * collection was written since (the figures would describe a collection that no longer is).
 */
export function saveCollectionFigures(
  generation: number,
  figuresFor: FiguresFor,
  figures: CollectionFigures,
): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', db.collectionFigures, async () => {
      if ((await currentGeneration()) !== generation) return false;
      await db.collectionFigures.put({ key: FIGURES_KEY, generation, ...figuresFor, figures });
      return true;
    }),
  );
}
