import { normalizeDeep, normalizeText } from './normalize-text';

const composed = 'Sở Tư pháp tỉnh Ninh Bình: Độc lập - Tự do - Hạnh phúc';

test('decomposed Vietnamese (base letters plus combining marks) becomes the composed letters', () => {
  const decomposed = composed.normalize('NFD');
  expect(decomposed).not.toBe(composed);
  expect(normalizeText(decomposed)).toBe(composed);
  expect(normalizeText(composed)).toBe(composed);
});

test('characters the embedded font lacks are replaced by ones it has', () => {
  expect(normalizeText('76,2 → C')).toBe('76,2 -> C');
  expect(normalizeText('☐ Có')).toBe('[ ] Có');
});

test('every string of a document definition is normalised, including what a footer function returns', () => {
  const definition = {
    content: [{ text: ['Đơn vị: '.normalize('NFD'), { text: 'Sở Tư pháp'.normalize('NFD'), bold: true }] }],
    footer: (page: number, pages: number) => ({ text: `Trang ${page}/${pages} – Hạnh phúc`.normalize('NFD') }),
    pageMargins: [85, 57, 57, 71],
  };
  const normalised = normalizeDeep(definition);
  expect(JSON.stringify(normalised.content)).toBe(JSON.stringify(definition.content).normalize('NFC'));
  expect(normalised.footer(2, 9)).toEqual({ text: 'Trang 2/9 – Hạnh phúc' });
  expect(normalised.pageMargins).toEqual([85, 57, 57, 71]);
  // The input is left as it was.
  expect(definition.content[0]?.text[0]).toBe('Đơn vị: '.normalize('NFD'));
});
