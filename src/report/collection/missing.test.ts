import { describe, expect, test } from 'vitest';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import { collectionInput, collectionLocale, collectText, findTables } from './collection-report.test-support';
import { missingPart } from './missing';

const MISSING: MissingUnit[] = [
  {
    name: 'Ủy ban nhân dân xã Đồng Hỷ',
    unitType: 'commune-committee',
    provinceId: 'thai-nguyen',
    communeName: 'Xã Đồng Hỷ',
    code: 'X-01',
  },
  {
    name: 'Sở Xây dựng',
    unitType: 'provincial-department',
    provinceId: 'quang-ngai',
    communeName: undefined,
    code: undefined,
  },
];

describe('the units not reporting', () => {
  test('lists each unit of the roster that sent nothing with its type, province, commune and code', () => {
    const input = collectionInput(3, { missing: MISSING });
    const { t } = input.locale;
    const part = missingPart(input);
    expect(collectText(part)).toContain(t('collectionReport.pdf.missing.intro', { count: 2 }));
    const [table] = findTables(part);
    expect(table?.headerRows).toBe(1);
    expect(table?.body.slice(1).map((line) => collectText(line))).toEqual([
      [
        '1',
        'Ủy ban nhân dân xã Đồng Hỷ',
        t('unitTypes.commune-committee.name'),
        t('provinces.thai-nguyen'),
        'Xã Đồng Hỷ',
        'X-01',
      ],
      ['2', 'Sở Xây dựng', t('unitTypes.provincial-department.name'), t('provinces.quang-ngai'), '', ''],
    ]);
  });

  test('says that no roster was loaded, or that every unit reported', () => {
    const noRoster = collectText(missingPart(collectionInput(3, { missing: undefined })));
    expect(noRoster).toContain(collectionLocale('vi').t('collectionReport.pdf.missing.noRoster'));
    const none = missingPart(collectionInput(3, { missing: [] }, 'en'));
    expect(collectText(none)).toContain('By the roster loaded, every unit has sent its self-assessment.');
    expect(findTables(none)).toEqual([]);
  });
});
