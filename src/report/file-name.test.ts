import { toFileSlug, toPdfFileName } from './file-name';

test('a Vietnamese name becomes an ASCII file name', () => {
  expect(toPdfFileName('danh-gia-Sở Tư pháp tỉnh Ninh Bình-Quý I/2026')).toBe(
    'danh-gia-so-tu-phap-tinh-ninh-binh-quy-i-2026.pdf',
  );
  expect(toFileSlug('ĐẮK LẮK – Đồng Tháp'.normalize('NFD'))).toBe('dak-lak-dong-thap');
  expect(toPdfFileName('questionnaire-Commune People’s Committee (commune, ward or special zone)')).toBe(
    'questionnaire-commune-people-s-committee-commune-ward-or-special-zone.pdf',
  );
});

test('nothing usable left gives a generic name; long names are cut at a word', () => {
  expect(toPdfFileName('…')).toBe('document.pdf');
  const slug = toFileSlug('Ủy ban nhân dân '.repeat(20));
  expect(slug.length).toBeLessThanOrEqual(80);
  expect(slug).not.toMatch(/-$/);
});
