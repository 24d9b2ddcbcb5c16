import { describe, expect, test } from 'vitest';
import { createFormat } from '../../wording/format';
import { appendixPart, listAppendixEntries } from './appendix';
import { collectionInput, collectText, findTables } from './collection-report.test-support';

describe('the appendix of assessments received', () => {
  test('one line per assessment of the rows, by unit name: province, period, export date, assessor, file', () => {
    const input = collectionInput(25);
    const { t, format } = input.locale;
    const part = appendixPart(input);
    expect(part[0]).toMatchObject({ pageBreak: 'before', pageOrientation: 'landscape' });
    const [table] = findTables(part);
    expect(table?.headerRows).toBe(1);
    expect(table?.body).toHaveLength(26);
    const entries = listAppendixEntries(input);
    const names = entries.map((one) => one.entry.assessment.profile.unitName);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi', { numeric: true }).compare));
    entries.forEach((one, index) => {
      const { profile } = one.entry.assessment;
      expect(collectText(table?.body[index + 1])).toEqual([
        format.number(index + 1),
        profile.unitName,
        t(`provinces.${profile.provinceId}`),
        t(`periodLabels.${profile.periodPart}`, { year: profile.periodYear }),
        format.dateTime(one.receipt.exportedAt),
        `${profile.assessorName}, ${profile.assessorRole}`,
        one.receipt.fileName,
      ]);
    });
  });

  test('the export is dated and timed on the department’s clock, not in UTC', () => {
    const input = collectionInput(3);
    const [first, ...rest] = input.received;
    // 20:30 UTC on 30 November is 03:30 on 1 December in Hà Nội.
    const late = { ...first!, receipt: { ...first!.receipt, exportedAt: '2026-11-30T20:30:00.000Z' } };
    const locale = { ...input.locale, format: createFormat('vi', { timeZone: 'Asia/Ho_Chi_Minh' }) };
    const [table] = findTables(appendixPart({ ...input, locale, received: [late, ...rest] }));
    const line = table?.body.slice(1).find((cells) => collectText(cells).includes(late.receipt.fileName));
    expect(collectText(line)).toContain('01/12/2026 03:30');
  });

  test('covers only the rows the report covers', () => {
    const input = collectionInput(10);
    const rows = input.rows.slice(0, 3);
    expect(
      listAppendixEntries({ ...input, rows })
        .map((one) => one.id)
        .sort(),
    ).toEqual(rows.map((row) => row.assessmentId).sort());
  });

  test('leaves the assessors out when asked, and says so', () => {
    const input = collectionInput(10);
    const part = appendixPart({ ...input, options: { withoutAssessorNames: true } });
    const text = collectText(part).join(' ');
    for (const one of input.received) {
      expect(text).not.toContain(one.entry.assessment.profile.assessorName);
      expect(text).not.toContain(one.entry.assessment.profile.assessorRole);
    }
    expect(text).toContain(input.locale.t('collectionReport.pdf.appendix.namesLeftOut'));
    expect(text).not.toContain(input.locale.t('collectionReport.pdf.appendix.assessor'));
    const [table] = findTables(part);
    for (const line of table?.body ?? []) expect(line).toHaveLength(6);
  });
});
