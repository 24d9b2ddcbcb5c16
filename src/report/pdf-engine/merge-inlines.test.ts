import { describe, expect, it } from 'vitest';
import { mergeInlines, type Inline } from './merge-inlines';

const font = { name: 'BeVietnamPro' };
const bold = { name: 'BeVietnamPro-Bold' };

/** Words laid out one after the other from x = 0, as pdfmake's Line does. */
function line(...words: Array<[string, Partial<Inline>?]>): Inline[] {
  let x = 0;
  return words.map(([text, look]) => {
    const inline: Inline = { text, x, width: text.length * 5.1, font, fontSize: 10, color: 'black', ...look };
    x += inline.width;
    return inline;
  });
}

describe('mergeInlines', () => {
  it('draws words that look the same and touch as one run, spanning the same width', () => {
    const words = line(['Sở '], ['Tư '], ['pháp']);
    const [run, ...rest] = mergeInlines(words);
    expect(rest).toEqual([]);
    expect(run).toMatchObject({ text: 'Sở Tư pháp', x: 0, font, fontSize: 10 });
    const last = words[2]!;
    expect(run!.width).toBeCloseTo(last.x + last.width);
  });

  it('starts a new run where the look changes', () => {
    const runs = mergeInlines(line(['Điểm: '], ['65,4 ', { font: bold }], ['(D) ', { font: bold }], ['tạm tính']));
    expect(runs.map((run) => run.text)).toEqual(['Điểm: ', '65,4 (D) ', 'tạm tính']);
    expect(runs.map((run) => run.font)).toEqual([font, bold, font]);
  });

  it.each([
    ['size', { fontSize: 12 }],
    ['colour', { color: '#b00020' }],
    ['link', { link: 'https://example.org' }],
    ['underline', { decoration: 'underline' }],
    ['background', { background: 'yellow' }],
  ])('keeps a word with another %s apart', (_, look) => {
    expect(mergeInlines(line(['một '], ['hai ', look], ['ba'])).map((run) => run.text)).toEqual(['một ', 'hai ', 'ba']);
  });

  it('keeps justified words apart: their gaps are wider than their spaces', () => {
    const words = line(['một '], ['hai '], ['ba']).map((inline, index) => ({
      ...inline,
      x: inline.x + index * 3,
      justifyShift: index ? 3 : 0,
    }));
    expect(mergeInlines(words)).toHaveLength(3);
  });

  it('keeps apart words that do not touch', () => {
    const [first, second] = line(['một '], ['hai']);
    expect(mergeInlines([first!, { ...second!, x: second!.x + 2 }])).toHaveLength(2);
  });

  it('never merges a page-number placeholder, which pdfmake fills in when it draws', () => {
    const [first, second] = line(['Trang '], ['00']);
    expect(mergeInlines([first!, { ...second!, _pageNodeRef: {} }])).toHaveLength(2);
  });

  it('leaves the inlines it was given unchanged', () => {
    const words = line(['một '], ['hai']);
    const before = structuredClone(words);
    mergeInlines(words);
    expect(words).toEqual(before);
  });
});
