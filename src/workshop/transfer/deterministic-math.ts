/**
 * ln and √ computed with + − × ÷ only. The encoder (a participant's phone) and the decoder (the trainer's device) must
 * derive exactly the same degree distribution from K, bit for bit, or they would disagree on a frame's neighbours.
 * ECMAScript leaves Math.log and Math.sqrt "implementation-approximated" (V8's fdlibm port and Safari's system libm
 * may differ by an ulp), whereas + − × ÷ on Numbers are IEEE 754 double operations rounded to nearest everywhere.
 * A fixed number of steps (no "until it converges" loop) keeps the sequence of operations itself identical too.
 *
 * Accuracy is a side concern (about 1e-15 relative); determinism is the point.
 */

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;
/** Terms of the atanh series below: |s| ≤ 0.172 after range reduction, so s^(2·16) is far below an ulp. */
const SERIES_TERMS = 16;
const NEWTON_STEPS = 40;

/** Natural logarithm of a positive finite number. */
export function naturalLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`naturalLog needs a positive finite number, got ${x}`);
  // x = m · 2^e with m in [√2/2, √2): halving and doubling are exact.
  let m = x;
  let e = 0;
  while (m >= SQRT2) {
    m /= 2;
    e++;
  }
  while (m < SQRT2 / 2) {
    m *= 2;
    e--;
  }
  // ln m = 2·atanh(s) = 2·(s + s³/3 + s⁵/5 + …) with s = (m − 1)/(m + 1).
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let power = s;
  let sum = 0;
  for (let k = 0; k < SERIES_TERMS; k++) {
    sum += power / (2 * k + 1);
    power *= s2;
  }
  return e * LN2 + 2 * sum;
}

/** Square root of a non-negative finite number (Newton's method from above, a fixed number of steps). */
export function squareRoot(x: number): number {
  if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`squareRoot needs a non-negative finite number, got ${x}`);
  if (x === 0) return 0;
  let root = x >= 1 ? x : 1;
  for (let step = 0; step < NEWTON_STEPS; step++) root = (root + x / root) / 2;
  return root;
}
