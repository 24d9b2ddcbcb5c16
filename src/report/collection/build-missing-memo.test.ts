import { describe, expect, test } from 'vitest';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import { buildMissingMemo } from './build-missing-memo';
import { collectionLocale, collectText, findTables, TODAY } from './collection-report.test-support';

const MISSING: MissingUnit[] = [
  {
    name: 'Ủy ban nhân dân xã Đồng Hỷ',
    unitType: 'commune-committee',
    provinceId: 'thai-nguyen',
    communeName: 'Xã Đồng Hỷ',
    code: 'X-01',
  },
  {
    name: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ngãi',
    unitType: 'provincial-service-centre',
    provinceId: 'quang-ngai',
    communeName: undefined,
    code: undefined,
  },
];

describe('the memo on units not reporting', () => {
  test('dates the memo, says where the collection stands, asks the listed units to send their assessment', () => {
    const locale = collectionLocale('vi');
    const { t, format } = locale;
    const officialHeader = {
      parentAgency: 'UBND tỉnh Phú Thọ',
      agency: 'Sở Khoa học và Công nghệ',
      documentNumber: '12/TB-SKHCN',
    };
    const definition = buildMissingMemo({
      locale,
      missing: MISSING,
      receivedCount: 148,
      today: TODAY,
      options: { officialHeader },
    });
    const text = collectText(definition.content);
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('Số: 12/TB-SKHCN');
    expect(text).toContain(t('collectionReport.memoPdf.title'));
    expect(text).toContain(t('collectionReport.memoPdf.status', { date: format.date(TODAY), received: 148, count: 2 }));
    expect(text).toContain(t('collectionReport.memoPdf.request', { agency: 'Sở Khoa học và Công nghệ' }));
    const [table] = findTables(definition.content).filter((one) => one.headerRows === 1);
    expect(table?.body.slice(1).map((line) => collectText(line).slice(1, 4))).toEqual(
      MISSING.map((unit) => [unit.name, t(`unitTypes.${unit.unitType}.name`), t(`provinces.${unit.provinceId}`)]),
    );
  });

  test('without the header, asks for the files to be sent to the consolidating office; in English too', () => {
    const locale = collectionLocale('en');
    const definition = buildMissingMemo({ locale, missing: MISSING, receivedCount: 3, today: TODAY });
    const text = collectText(definition.content);
    expect(text).not.toContain(locale.t('report.pdf.nationalTitle'));
    expect(text.join(' ')).toContain('send it to the consolidating office');
    expect(definition.language).toBe('en-GB');
  });

  test('says so when every unit has reported', () => {
    const locale = collectionLocale('vi');
    const definition = buildMissingMemo({ locale, missing: [], receivedCount: 3, today: TODAY });
    expect(collectText(definition.content)).toContain(
      locale.t('collectionReport.memoPdf.none', { date: locale.format.date(TODAY) }),
    );
    expect(findTables(definition.content)).toEqual([]);
  });
});
