import fc from 'fast-check';
import { naturalLog, squareRoot } from './deterministic-math';
import { mulberry32, neighbourChooser } from './neighbours';
import { degreeFor, degreeThresholds, robustSolitonProbabilities } from './soliton';

test('naturalLog and squareRoot agree with Math to about an ulp', () => {
  fc.assert(
    fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (x) => {
      expect(Math.abs(naturalLog(x) - Math.log(x))).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(Math.log(x))));
      expect(Math.abs(squareRoot(x) - Math.sqrt(x))).toBeLessThanOrEqual(1e-15 * Math.sqrt(x));
    }),
  );
  expect(naturalLog(1)).toBe(0);
  expect(squareRoot(0)).toBe(0);
  expect(() => naturalLog(0)).toThrow(RangeError);
});

test('mulberry32 is the reference generator (first output of seed 1 ≈ 0.6270739405881613)', () => {
  const next = mulberry32(1);
  expect([next(), next(), next()]).toEqual([2693262067, 11749833, 2265367787]);
});

test('the robust soliton probabilities sum to 1, favour degree 2, and the thresholds end at 2³²', () => {
  for (const k of [1, 2, 3, 10, 50, 200, 1000]) {
    const probabilities = robustSolitonProbabilities(k);
    expect(probabilities).toHaveLength(k);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    expect(probabilities.every((p) => p >= 0)).toBe(true);
    if (k >= 10) expect(Math.max(...probabilities)).toBe(probabilities[1]);
    const thresholds = degreeThresholds(k);
    expect(thresholds[k - 1]).toBe(2 ** 32);
    expect(degreeFor(thresholds, 0)).toBeGreaterThanOrEqual(1);
    expect(degreeFor(thresholds, 2 ** 32 - 1)).toBeLessThanOrEqual(k);
  }
});

// Pinned: these values are the frame format. If this test fails, encoders and decoders of different builds would
// disagree on the neighbours: bump FORMAT_VERSION in frame-format.ts rather than updating the numbers.
test('pinned degree thresholds and neighbours (frame format version 1)', () => {
  expect(Array.from(degreeThresholds(10))).toEqual([
    629544997, 2399102803, 3039998634, 3385968164, 3608862851, 3767667954, 3888392061, 3984404059, 4063333659,
    4294967296,
  ]);
  const neighboursOf = neighbourChooser(50);
  expect([0, 49, 50, 51, 52, 53, 1000, 123456].map(neighboursOf)).toEqual([
    [0],
    [49],
    [3, 5, 16],
    [3, 20],
    [0, 21],
    [3, 40],
    [0, 5, 14, 19, 30, 35, 37, 39],
    [39, 49],
  ]);
});

test('encoded frames combine 1..K distinct blocks in range, sorted, the same on every call', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 0xffff_ffff }), (k, index) => {
      const neighbours = neighbourChooser(k)(index);
      expect(neighbours.length).toBeGreaterThanOrEqual(1);
      expect(neighbours.length).toBeLessThanOrEqual(k);
      expect(new Set(neighbours).size).toBe(neighbours.length);
      expect(neighbours.every((block, i) => block >= 0 && block < k && (i === 0 || block > neighbours[i - 1]!))).toBe(
        true,
      );
      expect(neighbourChooser(k)(index)).toEqual(neighbours);
    }),
  );
});

test('the mean degree is O(ln K) (about 7.4 for K = 200)', () => {
  const neighboursOf = neighbourChooser(200);
  let total = 0;
  for (let index = 200; index < 20_200; index++) total += neighboursOf(index).length;
  expect(total / 20_000).toBeGreaterThan(5);
  expect(total / 20_000).toBeLessThan(10);
});
