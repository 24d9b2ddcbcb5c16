import fc from 'fast-check';
import { bareNameKey, foldText, normalizeCode, unitNameKey } from './unit-name';

test('folding ignores case, tone marks, đ, punctuation and extra whitespace', () => {
  expect(foldText('  Sở  Văn hóa, Thể thao và Du lịch ')).toBe('so van hoa the thao va du lich');
  expect(foldText('ĐẮK LẮK')).toBe('dak lak');
  expect(foldText('Tỉnh/thành phố')).toBe('tinh thanh pho');
});

test.each([
  ['UBND xã Minh Châu', 'xa minh chau'],
  ['Ủy ban nhân dân xã Minh Châu', 'xa minh chau'],
  ['Uỷ ban Nhân dân Xã Minh Châu, tỉnh Phú Thọ', 'xa minh chau'],
  ['UBND xã Minh Châu Phú Thọ', 'xa minh chau'],
  ['Sở Khoa học và Công nghệ tỉnh Phú Thọ', 'so khoa hoc va cong nghe'],
  ['Sở Khoa học và Công nghệ', 'so khoa hoc va cong nghe'],
  ['Văn phòng Ủy ban nhân dân tỉnh Phú Thọ', 'van phong ubnd'],
  ['Văn phòng UBND tỉnh', 'van phong ubnd'],
  ['UBND tỉnh Phú Thọ', ''],
  ['Trung tâm Phục vụ hành chính công Thành phố Phú Thọ', 'trung tam phuc vu hanh chinh cong'],
])('the name key of %s is "%s"', (name, key) => {
  expect(unitNameKey(name, 'phu-tho')).toBe(key);
});

test('a commune or ward named after the province keeps its name', () => {
  expect(unitNameKey('Phường Lạng Sơn', 'lang-son')).toBe('phuong lang son');
  expect(unitNameKey('UBND xã Lạng Sơn', 'lang-son')).toBe('xa lang son');
});

test('the kind word stays in the key and goes in the bare key', () => {
  expect(unitNameKey('xã An Bình', 'dong-nai')).not.toBe(unitNameKey('phường An Bình', 'dong-nai'));
  expect(bareNameKey('xã An Bình', 'dong-nai')).toBe('an binh');
  expect(bareNameKey('Sở Tài chính', 'dong-nai')).toBe('tai chinh');
  expect(bareNameKey('UBND Đặc khu Phú Quốc', 'an-giang')).toBe('phu quoc');
});

test('codes compare in upper case with whitespace collapsed', () => {
  expect(normalizeCode('  skhcn 01 ')).toBe('SKHCN 01');
  expect(normalizeCode('SKHCN\t01')).toBe('SKHCN 01');
});

const vietnameseName = fc
  .array(fc.constantFrom('Ủy', 'ban', 'xã', 'Đồng', 'Hòa', 'Quảng', 'Nghĩa', 'Tiến', 'Lương', 'phường', 'Sở', 'Bình'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((words) => words.join(' '));

test('the name key does not depend on NFC/NFD, case or spacing', () => {
  fc.assert(
    fc.property(vietnameseName, (name) => {
      const key = unitNameKey(name, 'quang-ngai');
      expect(unitNameKey(name.normalize('NFD'), 'quang-ngai')).toBe(key);
      expect(unitNameKey(name.toUpperCase(), 'quang-ngai')).toBe(key);
      expect(unitNameKey(`  ${name.replaceAll(' ', '   ')} `, 'quang-ngai')).toBe(key);
    }),
  );
});
