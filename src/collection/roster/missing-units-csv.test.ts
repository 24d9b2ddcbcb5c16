import { matchRoster } from './match-roster';
import { listMissingUnitRows, missingUnitsToCsv } from './missing-units-csv';
import { received, rosterOf, VI_TEXTS } from './roster.test-support';

const roster = rosterOf(
  { name: 'Sở Khoa học và Công nghệ', unitType: 'provincial-department', provinceId: 'ha-noi' },
  { name: 'Sở Văn hóa, Thể thao', unitType: 'provincial-department', provinceId: 'ha-noi', code: '=SVH' },
  { name: 'UBND xã Minh Châu', unitType: 'commune-committee', provinceId: 'ha-noi', communeName: 'Xã Minh Châu' },
);
const result = matchRoster(roster, [received({ id: 'a' })]);

test('the rows are the entries not received, in roster order, in the given language', () => {
  expect(listMissingUnitRows(roster, result, VI_TEXTS)).toEqual([
    ['Sở Văn hóa, Thể thao', 'Sở, ban, ngành cấp tỉnh', 'Thành phố Hà Nội', '', '=SVH'],
    ['UBND xã Minh Châu', 'UBND cấp xã (xã, phường, đặc khu)', 'Thành phố Hà Nội', 'Xã Minh Châu', ''],
  ]);
});

test('the CSV has the given headers, a byte-order mark, CRLF and the formula guard', () => {
  const headers = { name: 'Đơn vị', unitType: 'Loại', province: 'Tỉnh', commune: 'Xã', code: 'Mã' };

  expect(missingUnitsToCsv(roster, result, headers, VI_TEXTS)).toBe(
    '\uFEFFĐơn vị,Loại,Tỉnh,Xã,Mã\r\n' +
      '"Sở Văn hóa, Thể thao","Sở, ban, ngành cấp tỉnh",Thành phố Hà Nội,,\'=SVH\r\n' +
      'UBND xã Minh Châu,"UBND cấp xã (xã, phường, đặc khu)",Thành phố Hà Nội,Xã Minh Châu,\r\n',
  );
});
