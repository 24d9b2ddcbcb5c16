/**
 * What the dossier screen loads, with a dynamic `import()`, when the user asks for the draft as PDF: the builder and
 * the renderer (which in turn loads pdfmake on first use). Nothing of it is in the start-up bundle.
 */
import type { DossierDraft } from '../../security-level/dossier-draft-model';
import { renderPdf } from '../render-pdf';
import type { ReportLocale } from '../report-locale';
import { buildDossierPdf } from './build-dossier-pdf';

export { toFileSlug, toPdfFileName } from '../file-name';
export { readBackPdf } from './read-back-pdf';

export function createDossierPdf(locale: ReportLocale, draft: DossierDraft): Promise<Blob> {
  return renderPdf(buildDossierPdf(locale, draft));
}
