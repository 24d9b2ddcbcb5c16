/**
 * Computing the collection's figures from storage and keeping them (storage/collection-figures.ts): what the rows
 * worker runs, and what the page runs itself where there is no Worker (jsdom) or the worker failed.
 */
import { computeCollection, type CollectionFigures } from '../../collection/compare/compute-collection';
import { listReceived } from '../../storage/collection';
import { readCollectionGeneration, saveCollectionFigures, type FiguresFor } from '../../storage/collection-figures';

export interface ComputedFigures {
  /** The generation of the collection the figures are of. */
  generation: number;
  figures: CollectionFigures;
}

/**
 * Reads the generation, then the collection, scores it and keeps the figures for that generation (unless the
 * collection was written meanwhile). Keeping them is a saving only: should it fail (a full disk), the figures are
 * returned all the same and the next visit computes them again.
 */
export async function computeAndKeepFigures(
  figuresFor: FiguresFor,
  onProgress?: (done: number, total: number) => void,
): Promise<ComputedFigures> {
  const generation = await readCollectionGeneration();
  const received = await listReceived();
  onProgress?.(0, received.length);
  const figures = computeCollection(received, figuresFor.today, onProgress);
  try {
    await saveCollectionFigures(generation, figuresFor, figures);
  } catch (error) {
    console.warn('The collection figures were not kept', error);
  }
  return { generation, figures };
}
