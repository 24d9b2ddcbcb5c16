import { describe, expect, test } from 'vitest';
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
        format.date(one.receipt.exportedAt.slice(0, 10)),
        `${profile.assessorName}, ${profile.assessorRole}`,
        one.receipt.fileName,
      ]);
    });
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
