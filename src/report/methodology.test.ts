import { methodologyFor, parseInlines, parseMethodology } from './methodology';

test('bold and code spans', () => {
  expect(parseInlines('A **B** and `c/d` e')).toEqual([
    { text: 'A ' },
    { text: 'B', bold: true },
    { text: ' and ' },
    { text: 'c/d', code: true },
    { text: ' e' },
  ]);
});

test('headings, paragraphs, continued bullets and tables of one language only', () => {
  const markdown = [
    '# Title',
    '',
    '## Tiếng Việt',
    '',
    '### 1. Phần',
    '',
    'Dòng một',
    'dòng hai.',
    '',
    '- **Mục** một',
    '  tiếp theo',
    '- Mục hai',
    '',
    '| A | B |',
    '|---|---|',
    '| 1 | **2** |',
    '',
    '---',
    '',
    '## English',
    '',
    '### 1. Part',
  ].join('\n');
  expect(parseMethodology(markdown, 'vi')).toEqual([
    { kind: 'heading', text: '1. Phần' },
    { kind: 'paragraph', inlines: [{ text: 'Dòng một dòng hai.' }] },
    {
      kind: 'list',
      items: [[{ text: 'Mục', bold: true }, { text: ' một tiếp theo' }], [{ text: 'Mục hai' }]],
    },
    {
      kind: 'table',
      header: [[{ text: 'A' }], [{ text: 'B' }]],
      rows: [[[{ text: '1' }], [{ text: '2', bold: true }]]],
    },
  ]);
  expect(parseMethodology(markdown, 'en')).toEqual([{ kind: 'heading', text: '1. Part' }]);
});

test('docs/methodology.md gives the same five parts in both languages', () => {
  for (const language of ['vi', 'en'] as const) {
    const blocks = methodologyFor(language);
    const headings = blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings.map((heading) => heading.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(blocks.filter((block) => block.kind === 'table').length).toBeGreaterThanOrEqual(4);
    const all = JSON.stringify(blocks);
    expect(all).not.toMatch(/\*\*|^#|\|---/);
  }
  expect(JSON.stringify(methodologyFor('vi'))).toContain('Xếp loại và giới hạn');
  expect(JSON.stringify(methodologyFor('en'))).toContain('Grade and caps');
});
