/**
 * The assessment report as a pdfmake document definition: a cover (optionally under the official header of a
 * Vietnamese administrative document), the summary with a section chart, the critical gaps, the remediation plan
 * as a table, every answer section by section with its note and evidence, and the scoring methodology as an
 * appendix. Page numbers on every page. Each part is a module of `unit/`; the words are the wording layer's
 * (src/wording).
 *
 * Pure: everything is computed by the caller (score, plan) and passed in with the translation functions of the
 * report's language; nothing here loads the PDF library. render-pdf.ts turns the result into a file.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pageSetup } from './pdf-layout';
import { answersSection } from './unit/answers';
import { appendix } from './unit/appendix';
import { cover, describeReportSubject } from './unit/cover';
import { criticalGaps } from './unit/critical-gaps';
import { plan } from './unit/plan';
import type { ReportInput } from './unit/report-input';
import { summary } from './unit/summary';

export type { ReportInput, ReportOptions } from './unit/report-input';

export function buildReport(input: ReportInput): TDocumentDefinitions {
  const subject = describeReportSubject(input.locale, input.assessment);
  const sampleMark = input.assessment.sample ? input.locale.t('report.pdf.sampleMark') : undefined;
  const title = [sampleMark, input.locale.t('report.pdf.subtitle'), subject].filter(Boolean).join(' – ');
  return {
    ...pageSetup(input.locale, { title, footer: subject, header: sampleMark }),
    content: [
      ...cover(input),
      ...summary(input),
      ...criticalGaps(input),
      ...plan(input),
      ...answersSection(input),
      ...appendix(input),
    ],
  };
}
