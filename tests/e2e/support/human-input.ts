/**
 * Typing as people do, for browser tests that must catch what `fill()` and pause-free typing hide.
 *
 * People type a key every 50-300 ms and stop to think after a word or a comma, often for longer than the app's
 * 300 ms autosave delay, so saves run while the sentence is half written. Vietnamese is typed three ways: letter by
 * letter with the letters already composed (a phone keyboard's suggestions, or paste-like insertion), through an
 * input method's composition (macOS, iOS, Android: the syllable stays underlined until it is committed), or with a
 * Windows tool such as Unikey (Telex/VNI), which types the base letters and then, on a mark or tone key, deletes
 * what it typed with Backspace and types the syllable again with its mark.
 *
 * Every delay comes from a seeded generator (mulberry32), never from Math.random: the same seed gives the same keys
 * and the same pauses, so a failure can be replayed. Each helper returns a short log (seed, keys, pauses) that a test
 * can attach to its report.
 *
 * The helpers type into whatever has the focus, as `page.keyboard` does: click the field first. Compare results in
 * NFC (`value.normalize('NFC')`): the same Vietnamese letter can be one code point or a letter and combining marks.
 */
import type { CDPSession, Page } from '@playwright/test';
import { mulberry32 as nextUint32 } from '../../../src/workshop/transfer/neighbours';

/** A pseudo-random number in [0, 1). */
export type Random = () => number;

/** mulberry32 (the app's own, `src/workshop/transfer/neighbours.ts`) as fractions in [0, 1). The same seed always gives the same sequence. */
export function mulberry32(seed: number): Random {
  const next = nextUint32(seed);
  return () => next() / 4294967296;
}

/** Milliseconds between `min` and `max`; `skew` > 1 favours the short end (people mostly pause briefly). */
const between = (random: Random, [min, max]: readonly [number, number], skew = 1) =>
  Math.round(min + (max - min) * random() ** skew);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The app's autosave delay (src/storage/answer-writer.ts); pauses longer than this let a save run. */
export const AUTOSAVE_DELAY_MS = 300;

export interface HumanTiming {
  /** The seed of the pseudo-random delays: change it to vary the run, keep it to replay one. */
  seed: number;
  /** Between two keys, in ms. Default 50-300, mostly short (bursts, as people type a familiar word). */
  keyDelay?: readonly [number, number];
  /** After a space or punctuation, when the person stops to think, in ms. Default 300-3000, mostly short. */
  pause?: readonly [number, number];
  /** How often a space or punctuation is followed by a pause. Default 0.5. */
  pauseChance?: number;
  /**
   * The first pause of the run is at least this long (ms), so that at least one save runs mid-typing whatever the
   * seed. Default 1000.
   */
  firstPauseAtLeast?: number;
}

/** What a helper did, for the test report: enough to see which pauses let a save run, and to replay the run. */
export interface TypingLog {
  seed: number;
  /**
   * The person's key presses (for Telex, not the Backspaces and letters the tool sends for a mark key; for
   * compositions, one per composition update and commit).
   */
  keys: number;
  /** Every pause longer than the autosave delay, in ms, in order. */
  pauses: number[];
  elapsedMs: number;
  /** For Telex: the keys as typed ("Vieetj Nam"). */
  keystrokes?: string;
}

export const describeLog = (log: TypingLog) =>
  `seed ${log.seed}: ${log.keys} keys, ${log.pauses.length} pauses over ${AUTOSAVE_DELAY_MS} ms ` +
  `(${log.pauses.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s), ${(log.elapsedMs / 1000).toFixed(1)} s` +
  (log.keystrokes ? `; keys: ${log.keystrokes}` : '');

/** A space or punctuation: where people stop to think. */
const isBreak = (character: string) => /[\s\p{P}]/u.test(character);

/** User-perceived characters, so that a letter with combining marks is typed as one. */
const graphemes = (text: string) =>
  Array.from(new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text), (part) => part.segment);

/** The pacing shared by all helpers: key delays, and pauses after breaks, the first one long. */
class Pacer {
  readonly random: Random;
  readonly log: TypingLog;
  private readonly started = Date.now();
  private pausedOnce = false;

  constructor(private readonly timing: HumanTiming) {
    this.random = mulberry32(timing.seed);
    this.log = { seed: timing.seed, keys: 0, pauses: [], elapsedMs: 0 };
  }

  /** Before every key but the first. */
  async betweenKeys() {
    if (this.log.keys > 0) await sleep(between(this.random, this.timing.keyDelay ?? [50, 300], 3));
    this.log.keys += 1;
  }

  /** After a space or punctuation: sometimes a pause to think (always the first time). */
  async maybePause() {
    const chance = this.timing.pauseChance ?? 0.5;
    if (this.pausedOnce && this.random() >= chance) return;
    await this.pause();
  }

  /** A pause to think, longer than the autosave delay. */
  async pause() {
    const [min, max] = this.timing.pause ?? [300, 3000];
    let ms = between(this.random, [min, max], 3);
    if (!this.pausedOnce) ms = Math.max(ms, Math.min(max, this.timing.firstPauseAtLeast ?? 1000));
    this.pausedOnce = true;
    if (ms > AUTOSAVE_DELAY_MS) this.log.pauses.push(ms);
    await sleep(ms);
  }

  done(): TypingLog {
    this.log.elapsedMs = Date.now() - this.started;
    return this.log;
  }
}

/**
 * Types `text` key by key into the focused field as a person does: 50-300 ms between keys, and after spaces and
 * punctuation, half the time, a pause of 0.3-3 s (the first one at least 1 s, so a save runs mid-sentence). Letters the
 * US keyboard has no key for (Vietnamese, the en dash) reach the page as inserted text, as from a phone keyboard.
 */
export async function typeLikeAPerson(page: Page, text: string, timing: HumanTiming): Promise<TypingLog> {
  const pacer = new Pacer(timing);
  for (const character of graphemes(text.normalize('NFC'))) {
    await pacer.betweenKeys();
    await page.keyboard.type(character);
    if (isBreak(character)) await pacer.maybePause();
  }
  return pacer.done();
}

// ---------------------------------------------------------------------------------------------------------------
// Vietnamese syllables: how they are built up key by key
// ---------------------------------------------------------------------------------------------------------------

/** Marks that change a vowel's shape (â ê ô, ă, ơ ư), with the Telex key that adds them. */
const SHAPE_MARKS: Record<string, (base: string) => string> = {
  '\u0302': (base) => base.toLowerCase(), // circumflex: aa, ee, oo
  '\u0306': () => 'w', // breve: aw
  '\u031b': () => 'w', // horn: ow, uw
};
/** Tone marks, with their Telex keys. */
const TONE_MARKS: Record<string, string> = {
  '\u0301': 's', // sắc
  '\u0300': 'f', // huyền
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
};

/** One key of a syllable and what the syllable shows after it. */
export interface SyllableStep {
  /** The Telex key pressed ("e" for the second e of "ee", "j" for the dot below). */
  key: string;
  /** The syllable as shown after this key (NFC). */
  shows: string;
}

/**
 * The Telex keys of one syllable and what it shows after each, ending with the syllable itself:
 * "Việt" gives V→"V", i→"Vi", e→"Vie", e→"Viê", t→"Viêt", j→"Việt" (the tone last, as most people type it);
 * "đường" gives d→"d", d→"đ", u→"đu", w→"đư", o→"đưo", w→"đươ", n, g, f→"đường".
 */
export function syllableSteps(syllable: string): SyllableStep[] {
  const target = syllable.normalize('NFC');
  const shown: string[] = [];
  const steps: SyllableStep[] = [];
  const show = (key: string) => steps.push({ key, shows: shown.join('') });
  let toneKey: string | undefined;
  for (const letter of graphemes(target)) {
    if (letter === 'đ' || letter === 'Đ') {
      shown.push(letter === 'đ' ? 'd' : 'D');
      show(letter === 'đ' ? 'd' : 'D');
      shown[shown.length - 1] = letter;
      show('d');
      continue;
    }
    const [base = '', ...marks] = Array.from(letter.normalize('NFD'));
    shown.push(base);
    show(base);
    const shape = marks.find((mark) => mark in SHAPE_MARKS);
    if (shape) {
      shown[shown.length - 1] = (base + shape).normalize('NFC');
      show(SHAPE_MARKS[shape]!(base));
    }
    const tone = marks.find((mark) => mark in TONE_MARKS);
    if (tone) toneKey = TONE_MARKS[tone];
  }
  if (toneKey) steps.push({ key: toneKey, shows: target });
  return steps;
}

/** Splits a text into syllables (runs of letters) and what lies between them (spaces, punctuation, digits). */
function splitSyllables(text: string): { text: string; isSyllable: boolean }[] {
  return Array.from(text.normalize('NFC').matchAll(/[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu), ([part]) => ({
    text: part,
    isSyllable: /\p{L}/u.test(part),
  }));
}

/** The Telex keystrokes of a text, e.g. "Việt Nam" → "Vieetj Nam": for logs and failure messages. */
export const telexKeystrokes = (text: string) =>
  splitSyllables(text)
    .map((part) => (part.isSyllable ? syllableSteps(part.text).map((step) => step.key) : [part.text]).join(''))
    .join('');

/**
 * What Windows Telex/VNI tools (Unikey) do: the base letters are typed as keys; on a mark or tone key the tool sends
 * Backspace for what has to change and types it again with the mark ("Vieet": V, i, e, then Backspace + "ê"; then
 * "j": Backspace ×2 + "ệt"), all at once after the key. Between the person's keys 50-300 ms; sometimes a pause to think before the tone key, and after
 * spaces and punctuation, as in `typeLikeAPerson`, so saves run on half-built syllables.
 */
export async function typeTelex(page: Page, text: string, timing: HumanTiming): Promise<TypingLog> {
  const pacer = new Pacer(timing);
  for (const part of splitSyllables(text)) {
    if (!part.isSyllable) {
      for (const character of graphemes(part.text)) {
        await pacer.betweenKeys();
        await page.keyboard.type(character);
        if (isBreak(character)) await pacer.maybePause();
      }
      continue;
    }
    let shows = '';
    for (const step of syllableSteps(part.text)) {
      const isTone = step.key in TONE_KEYS;
      if (isTone && pacer.random() < 0.3) await pacer.pause();
      // One key of the person's; what the tool sends for it follows at once, as one burst.
      await pacer.betweenKeys();
      const kept = commonPrefixLength(shows, step.shows);
      for (let deleted = shows.length; deleted > kept; deleted -= 1) await page.keyboard.press('Backspace');
      for (const character of graphemes(step.shows.slice(kept))) await page.keyboard.type(character);
      shows = step.shows;
    }
  }
  return { ...pacer.done(), keystrokes: telexKeystrokes(text) };
}

const TONE_KEYS: Record<string, true> = Object.fromEntries(Object.values(TONE_MARKS).map((key) => [key, true]));

/** In code units: NFC Vietnamese letters are one code unit each. */
function commonPrefixLength(a: string, b: string) {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * An input method's composition, as on phones and macOS: each syllable is built up in an uncommitted composition
 * ("V" → "Vi" → "Vie" → "Viê" → "Viêt" → "Việt", through CDP `Input.imeSetComposition`), then committed with
 * `Input.insertText`; spaces and punctuation are typed as keys after the commit. Often (and always in the first
 * syllable) the person stops mid-composition for longer than the autosave delay, and between syllables, so the app
 * saves while a composition is open and between two of them.
 */
export async function composeVietnamese(page: Page, text: string, timing: HumanTiming): Promise<TypingLog> {
  const pacer = new Pacer(timing);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    let firstSyllable = true;
    let justCommitted = false;
    for (const part of splitSyllables(text)) {
      if (!part.isSyllable) {
        for (const character of graphemes(part.text)) {
          // The key that committed the composition is this one (a space, a comma): no second delay for it.
          if (!justCommitted) await pacer.betweenKeys();
          justCommitted = false;
          await page.keyboard.type(character);
        }
        if (isBreak(part.text)) await pacer.maybePause();
        continue;
      }
      const steps = syllableSteps(part.text);
      // Where this syllable's composition stops for a while: before its last update (the tone, usually).
      const stopBefore = firstSyllable || pacer.random() < 0.5 ? Math.max(1, steps.length - 1) : -1;
      for (const [index, step] of steps.entries()) {
        if (index === stopBefore) await pacer.pause();
        await pacer.betweenKeys();
        await cdp.send('Input.imeSetComposition', {
          text: step.shows,
          selectionStart: step.shows.length,
          selectionEnd: step.shows.length,
        });
      }
      // Committed by the next key (the space after the syllable), or at the end of the text.
      await pacer.betweenKeys();
      await cdp.send('Input.insertText', { text: part.text });
      justCommitted = true;
      firstSyllable = false;
    }
  } finally {
    await cdp.detach();
  }
  return pacer.done();
}
