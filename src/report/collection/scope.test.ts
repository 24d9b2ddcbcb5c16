import { describe, expect, test } from 'vitest';
import { collectionInput, collectionLocale, collectText } from './collection-report.test-support';
import { countVersions, listPeriods, titleAndScope } from './scope';

const textOf = (value: unknown) => collectText(value).join(' ');

describe('title, scope and method', () => {
  test('says how many units, which periods in time order, which versions with their counts, and the date', () => {
    const input = collectionInput(40);
    const text = textOf(titleAndScope(input));
    const { t, format } = input.locale;

    expect(text).toContain(t('collectionReport.pdf.title'));
    expect(text).toContain(t('collectionReport.pdf.scope.heading'));
    expect(text).toContain(`${t('collectionReport.pdf.scope.units')} ${format.number(40)}`);
    expect(text).toContain(format.date(input.today));
    const periods = listPeriods(input.locale, input.rows);
    const keys = [...new Set(input.rows.map((row) => row.periodKey))];
    expect(periods).toHaveLength(keys.length);
    expect(text).toContain(periods.join(', '));
    const earliest = input.rows.reduce((a, b) => (a.periodKey <= b.periodKey ? a : b));
    expect(periods[0]).toBe(t(`periodLabels.${earliest.periodPart}`, { year: earliest.periodYear }));
    for (const { version, count } of countVersions(input.rows)) {
      expect(count).toBe(input.rows.filter((row) => row.answeredContentVersion === version).length);
      expect(text).toContain(t('collectionReport.pdf.scope.versionCount', { version, count }));
    }
  });

  test('notes different content versions only when the units answered more than one', () => {
    const input = collectionInput(40);
    const note = input.locale.t('collectionReport.pdf.scope.versionsDiffer', { current: input.questionnaire.version });
    expect(new Set(input.rows.map((row) => row.answeredContentVersion)).size).toBeGreaterThan(1);
    expect(textOf(titleAndScope(input))).toContain(note);

    const oneVersion = input.rows.filter((row) => row.answeredContentVersion === input.questionnaire.version);
    expect(textOf(titleAndScope({ ...input, rows: oneVersion, received: input.received }))).not.toContain(note);
  });

  test('cites the grade bands and the full methodology, and says when the table was filtered', () => {
    const input = collectionInput(10);
    const text = textOf(titleAndScope({ ...input, rows: input.rows.slice(0, 4) }));
    expect(text).toContain('A 90–100 điểm');
    expect(text).toContain('E dưới 50 điểm');
    expect(text).toContain('docs/methodology.md');
    expect(text).toContain(input.locale.t('collectionReport.pdf.scope.filtered', { shown: 4, total: 10 }));
    expect(textOf(titleAndScope(input))).not.toContain(
      input.locale.t('collectionReport.pdf.scope.filtered', { shown: 10, total: 10 }),
    );
  });

  test('puts the official header above the title only when chosen', () => {
    const input = collectionInput(5);
    const officialHeader = { agency: 'Sở Khoa học và Công nghệ', documentNumber: '45/BC-SKHCN', place: 'Phú Thọ' };
    const withHeader = titleAndScope({ ...input, options: { officialHeader } });
    const text = textOf(withHeader);
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('Số: 45/BC-SKHCN');
    expect(text).toContain(input.locale.t('report.pdf.nationalTitle'));
    expect(textOf(withHeader).indexOf('SỞ KHOA HỌC')).toBeLessThan(
      text.indexOf(input.locale.t('collectionReport.pdf.title')),
    );
    expect(textOf(titleAndScope(input))).not.toContain(input.locale.t('report.pdf.nationalTitle'));
  });

  test('is written in English with an English locale', () => {
    const input = collectionInput(5, { locale: collectionLocale('en') });
    const text = textOf(titleAndScope(input));
    expect(text).toContain('CONSOLIDATED REPORT');
    expect(text).toContain('1. Scope and method');
    expect(text).toContain('A 90–100 points');
  });
});
