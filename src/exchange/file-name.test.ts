import { slugify, suggestFileName } from './file-name';

test.each([
  ['Sở Tư pháp tỉnh Phú Thọ', 'so-tu-phap-tinh-phu-tho'],
  ['Ủy ban nhân dân xã Đông Anh', 'uy-ban-nhan-dan-xa-dong-anh'],
  ['ĐỒNG THÁP — 2026 (H1)', 'dong-thap-2026-h1'],
  ['Trung tâm Phục vụ hành chính công'.normalize('NFD'), 'trung-tam-phuc-vu-hanh-chinh-cong'],
  ['<script>alert(1)</script>', 'script-alert-1-script'],
  ['../../etc/passwd', 'etc-passwd'],
  ['', ''],
])('slugify(%j) is %j', (text, expected) => {
  expect(slugify(text)).toBe(expected);
});

test('a long name is cut at a word boundary-safe length, without a trailing dash', () => {
  const slug = slugify('Ủy ban nhân dân phường '.repeat(10));
  expect(slug.length).toBeLessThanOrEqual(60);
  expect(slug.endsWith('-')).toBe(false);
});

test.each([
  ['assessment', 'Sở Tư pháp 2026 h1', 'egov-readiness-so-tu-phap-2026-h1-2026-11-22.json'],
  ['backup', 'ignored', 'egov-readiness-backup-2026-11-22.json'],
  ['answers', 'UBND xã Minh Châu', 'egov-readiness-ubnd-xa-minh-chau-answers-2026-11-22.csv'],
  ['plan', 'UBND xã Minh Châu', 'egov-readiness-ubnd-xa-minh-chau-plan-2026-11-22.csv'],
  ['assessment', '', 'egov-readiness-2026-11-22.json'],
] as const)('a %s file of %j is named %j', (kind, subject, expected) => {
  expect(suggestFileName(kind, '2026-11-22', subject)).toBe(expected);
});

test.each([
  ['assessment', 'egov-readiness-sample-xa-hoa-binh-mau-nam-2026-2026-12-02.json'],
  ['answers', 'egov-readiness-sample-xa-hoa-binh-mau-nam-2026-answers-2026-12-02.csv'],
  ['plan', 'egov-readiness-sample-xa-hoa-binh-mau-nam-2026-plan-2026-12-02.csv'],
] as const)('the sample’s %s file says so in its name', (kind, expected) => {
  expect(suggestFileName(kind, '2026-12-02', 'Xã Hòa Bình Mẫu – Năm 2026', { isSample: true })).toBe(expected);
});
