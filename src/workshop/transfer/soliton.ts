/**
 * The robust soliton distribution (Luby 2002) of the encoded frames' degrees, as integer thresholds so that a 32-bit
 * random number picks a degree with integer comparisons only.
 *
 * With K source blocks, ρ is the ideal soliton (ρ(1) = 1/K, ρ(d) = 1/(d(d−1))) and τ adds weight at low degrees and
 * a spike at K/R, where R = c·ln(K/δ)·√K; μ = (ρ + τ)/β. The parameters:
 * - c = ROBUST_SOLITON_C = 0.1 and δ = ROBUST_SOLITON_DELTA = 0.5. δ is Luby's bound on the failure probability
 *   after K + O(√K·ln²(K/δ)) frames, which is loose for the small K here (10–1,000 blocks): the pair was picked from
 *   measurements (fountain.ts, "Overhead"), where it needed the fewest frames at the 99th percentile among c in
 *   {0.03, 0.05, 0.1, 0.2} and δ in {0.05, 0.5} for K = 10, 50 and 200.
 *
 * Both ends compute the table from K alone; ln and √ come from deterministic-math.ts so that every device computes
 * the same thresholds. Changing c, δ or this code changes the neighbours of every encoded frame: that is a new frame
 * format version (frame-format.ts), and the pinned values in soliton.test.ts say so.
 */
import { naturalLog, squareRoot } from './deterministic-math';

export const ROBUST_SOLITON_C = 0.1;
export const ROBUST_SOLITON_DELTA = 0.5;

const TWO_TO_32 = 0x1_0000_0000;

/** The probabilities μ(1..K) (index 0 is degree 1). */
export function robustSolitonProbabilities(
  blockCount: number,
  c: number = ROBUST_SOLITON_C,
  delta: number = ROBUST_SOLITON_DELTA,
): number[] {
  if (!Number.isInteger(blockCount) || blockCount < 1)
    throw new RangeError(`blockCount must be ≥ 1, got ${blockCount}`);
  const k = blockCount;
  const r = c * naturalLog(k / delta) * squareRoot(k);
  const spike = Math.min(k, Math.max(1, Math.floor(k / r)));
  const weights: number[] = [];
  for (let degree = 1; degree <= k; degree++) {
    const ideal = degree === 1 ? 1 / k : 1 / (degree * (degree - 1));
    let robust = 0;
    if (degree < spike) robust = r / (degree * k);
    // For tiny K, R < δ makes ln(R/δ) negative: no spike then rather than a negative weight.
    else if (degree === spike) robust = Math.max(0, (r * naturalLog(r / delta)) / k);
    weights.push(ideal + robust);
  }
  let beta = 0;
  for (const weight of weights) beta += weight;
  return weights.map((weight) => weight / beta);
}

/**
 * Cumulative thresholds on the 32-bit scale: a degree d is drawn from a uniform u in [0, 2³²) as the smallest d with
 * u < thresholds[d − 1]. The last threshold is 2³², so every u finds a degree.
 */
export function degreeThresholds(
  blockCount: number,
  probabilities: readonly number[] = robustSolitonProbabilities(blockCount),
): Float64Array {
  const thresholds = new Float64Array(blockCount);
  let cumulative = 0;
  probabilities.forEach((probability, i) => {
    cumulative += probability;
    thresholds[i] = Math.min(TWO_TO_32, Math.floor(cumulative * TWO_TO_32));
  });
  thresholds[blockCount - 1] = TWO_TO_32;
  return thresholds;
}

/** The degree (1..K) for a uniform 32-bit number, by binary search in the thresholds. */
export function degreeFor(thresholds: Float64Array, uniform32: number): number {
  let low = 0;
  let high = thresholds.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (uniform32 < (thresholds[middle] ?? TWO_TO_32)) high = middle;
    else low = middle + 1;
  }
  return low + 1;
}
