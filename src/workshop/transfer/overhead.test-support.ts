/**
 * The overhead measurement behind the figures in fountain.ts ("Overhead") and the bound in overhead.test.ts: how many
 * distinct frames the decoder receives before it completes, for a simulated camera that misses each displayed frame
 * with probability `lossRate` and reads some frames twice. The loss pattern comes from mulberry32(seed), never from
 * Math.random, so every figure is reproducible.
 */
import { createDecoder, encodeMessage } from './fountain';
import { mulberry32 } from './neighbours';

/** Bytes per block in the simulation: the overhead depends on K and the loss, not on the block size. */
const SIMULATED_BLOCK_SIZE = 4;
const TWO_TO_32 = 0x1_0000_0000;

export interface Scenario {
  blockCount: number;
  lossRate: number;
  /** `first-frame`: the reader sees the stream from frame 0; `mid-stream`: it starts at a random index past K. */
  start: 'first-frame' | 'mid-stream';
}

/** Distinct frames received until `complete`, with the result checked byte for byte. */
export function framesNeeded({ blockCount, lossRate, start }: Scenario, seed: number): number {
  const random = mulberry32(seed);
  const message = new Uint8Array(blockCount * SIMULATED_BLOCK_SIZE).map(() => random() & 0xff);
  const encoder = encodeMessage(message, { blockSize: SIMULATED_BLOCK_SIZE });
  const decoder = createDecoder();
  let distinct = 0;
  const first = start === 'first-frame' ? 0 : blockCount + (random() % 100_000);
  for (let index = first; ; index++) {
    if (random() / TWO_TO_32 < lossRate) continue;
    const frame = encoder.frame(index);
    const reads = random() % 4 === 0 ? 2 : 1;
    for (let read = 0; read < reads; read++) {
      const result = decoder.push(frame);
      if (result.status === 'accepted' && read === 0) distinct++;
      if (result.status === 'complete') {
        const decoded = decoder.result();
        if (decoded === undefined || decoded.some((byte, i) => byte !== message[i])) throw new Error('wrong bytes');
        return distinct + 1;
      }
    }
  }
}

export interface Percentiles {
  median: number;
  p99: number;
  max: number;
}

/** Median, 99th percentile (nearest rank) and maximum of the frames needed over `seeds` loss patterns. */
export function measureOverhead(scenario: Scenario, seeds: number): Percentiles {
  const needed = Array.from({ length: seeds }, (_, seed) => framesNeeded(scenario, seed + 1)).sort((a, b) => a - b);
  const rank = (p: number) => needed[Math.ceil(p * needed.length) - 1] ?? Number.NaN;
  return { median: rank(0.5), p99: rank(0.99), max: needed[needed.length - 1] ?? Number.NaN };
}
