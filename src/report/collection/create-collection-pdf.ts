/**
 * What the collection screen loads, with a dynamic `import()`, when the department asks for its consolidated report
 * or the memo on units not reporting: the builders and the renderer (which loads pdfmake on first use). Nothing of
 * it is on the first screen.
 */
import { renderPdf } from '../render-pdf';
import { buildCollectionReport, type CollectionReportInput } from './build-collection-report';
import { buildMissingMemo, type MissingMemoInput } from './build-missing-memo';

export { toPdfFileName } from '../file-name';
export type { CollectionReportInput, CollectionReportOptions } from './build-collection-report';
export type { MissingMemoInput } from './build-missing-memo';

export function createCollectionReportPdf(input: CollectionReportInput): Promise<Blob> {
  return renderPdf(buildCollectionReport(input));
}

export function createMissingMemoPdf(input: MissingMemoInput): Promise<Blob> {
  return renderPdf(buildMissingMemo(input));
}
