import { foldText } from './fold-text';

test('case, diacritics and đ are folded: "thai nguyen" is how "Thái Nguyên" folds', () => {
  expect(foldText('Thái Nguyên')).toBe('thai nguyen');
  expect(foldText('ĐẮK LẮK')).toBe('dak lak');
  expect(foldText('Ủy ban nhân dân xã Đông Hưng')).toBe('uy ban nhan dan xa dong hung');
});

test('NFC and NFD, and the old and new tone placements, fold alike', () => {
  expect(foldText('Hòa Bình'.normalize('NFD'))).toBe(foldText('Hòa Bình'.normalize('NFC')));
  // "Hoà" (mark on a, the old placement) and "Hòa" (on o) are the same name.
  expect(foldText('Hoà')).toBe(foldText('Hòa'));
});

test('runs of white space count as one and the ends are trimmed', () => {
  expect(foldText('  Sở   Tài\tchính \n')).toBe('so tai chinh');
});
