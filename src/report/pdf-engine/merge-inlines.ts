/**
 * pdfmake draws every word of a line as its own text object, each with its font, colour and opacity set again
 * (its Renderer says so: "TODO: lines without differently styled inlines should be written to pdf as one
 * stream"). For a 23-page report that was about 80 KB of drawing instructions per page, and most of the time spent
 * writing and compressing the file. Runs of words that look the same and follow each other without a gap are
 * drawn as one text object instead: the same glyphs at the same places, a fraction of the instructions.
 */

/** The fields of a pdfmake inline (a measured word) that this module reads. */
export interface Inline {
  text: string;
  x: number;
  width: number;
  justifyShift?: number;
  _pageNodeRef?: unknown;
  [property: string]: unknown;
}

/** What must be equal for two words to be drawn as one run (everything pdfmake's Renderer draws a word with). */
const SAME_LOOK = [
  'font',
  'fontSize',
  'fontFeatures',
  'characterSpacing',
  'color',
  'opacity',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'sup',
  'sub',
  'height',
] as const;

/** Layout positions are sums of widths: a gap below this (in points) is rounding, not spacing. */
const TOUCHING = 1e-6;

function canJoin(run: Inline, next: Inline): boolean {
  if (run._pageNodeRef !== undefined || next._pageNodeRef !== undefined) return false;
  if (run.justifyShift || next.justifyShift) return false;
  if (Math.abs(run.x + run.width - next.x) > TOUCHING) return false;
  // A plain loop: this runs for every word of a report.
  for (const property of SAME_LOOK) if (!Object.is(run[property], next[property])) return false;
  return true;
}

/** The line's words as runs; each run is a new object, the inlines passed in are left as they were. */
export function mergeInlines(inlines: readonly Inline[]): Inline[] {
  const runs: Inline[] = [];
  for (const inline of inlines) {
    const run = runs[runs.length - 1];
    if (run && canJoin(run, inline)) {
      run.text += inline.text;
      run.width = inline.x + inline.width - run.x;
    } else {
      runs.push({ ...inline });
    }
  }
  return runs;
}
