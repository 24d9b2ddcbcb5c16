/**
 * Which source blocks a frame combines, from its index and K alone: frames 0..K−1 are systematic (frame i is block i),
 * every later frame draws a degree from the robust soliton distribution (soliton.ts) and that many distinct blocks,
 * with a small PRNG seeded from the frame index. Encoder and decoder both call `neighboursOf`, so nothing about the
 * combination travels in the frame but its index.
 *
 * The PRNG is mulberry32 (32-bit state, integer operations only: same sequence on every JavaScript engine, which
 * Math.random would not give). It is not cryptographic and need not be: the blocks only need to look independent.
 */
import { degreeFor, degreeThresholds } from './soliton';

const TWO_TO_32 = 0x1_0000_0000;

/** A mulberry32 generator: each call returns the next uniform 32-bit unsigned integer. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A uniform integer in [0, n) from a 32-bit number: u·n < 2⁵³ is exact, so the floor is the same everywhere. */
function below(n: number, uniform32: number): number {
  return Math.floor((uniform32 * n) / TWO_TO_32);
}

/** `neighboursOf(index)`: the sorted distinct block indices frame `index` XORs together, for one K. */
export function neighbourChooser(
  blockCount: number,
  // The default throws for K < 1: an empty message has no blocks to combine (fountain.ts sends no payload).
  thresholds: Float64Array = degreeThresholds(blockCount),
): (frameIndex: number) => number[] {
  return (frameIndex) => {
    if (frameIndex < blockCount) return [frameIndex];
    const next = mulberry32(frameIndex);
    const degree = degreeFor(thresholds, next());
    // Floyd's sampling: `degree` distinct values out of K with exactly `degree` draws, uniform over the subsets.
    const chosen = new Set<number>();
    for (let j = blockCount - degree; j < blockCount; j++) {
      const candidate = below(j + 1, next());
      chosen.add(chosen.has(candidate) ? j : candidate);
    }
    return [...chosen].sort((a, b) => a - b);
  };
}
