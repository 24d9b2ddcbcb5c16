/**
 * The way in to the PDF library. The engine (pdfmake built from its sources, pdf-engine/, about 620 KB) is imported
 * on the first request for a PDF, never at start-up; its chunk and the font files are in the service worker's
 * precache, so a PDF can be made offline. The fonts ship with the app (fonts/: Be Vietnam Pro, SIL Open Font
 * License 1.1, every Vietnamese letter; decision 0008) and are fetched from the app's own origin; pdfkit embeds
 * only the glyphs a document uses.
 * Every string of the document is normalised to NFC first (normalize-text.ts).
 */
import boldFontUrl from './fonts/BeVietnamPro-Bold.ttf?url';
import italicFontUrl from './fonts/BeVietnamPro-Italic.ttf?url';
import regularFontUrl from './fonts/BeVietnamPro-Regular.ttf?url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { normalizeDeep } from './normalize-text';
import { FONT_FAMILY } from './pdf-layout';

/** The font files as absolute URLs of the app's own origin: pdfmake fetches them (from the precache). */
const fontUrl = (path: string) => new URL(path, document.baseURI).href;

const FONTS = {
  [FONT_FAMILY]: {
    normal: fontUrl(regularFontUrl),
    bold: fontUrl(boldFontUrl),
    italics: fontUrl(italicFontUrl),
    // Not shipped (one file less): bold italic text is set in bold.
    bolditalics: fontUrl(boldFontUrl),
  },
};

/** The performance-timeline entry of loading the engine (fetch, compile, run its modules): the benchmark reads it. */
export const PDF_ENGINE_LOAD_MEASURE = 'pdf-engine-load';

type PdfEngine = typeof import('./pdf-engine/pdf-engine');
let loading: Promise<PdfEngine> | undefined;

/** Loads the engine once per page; a failed load (offline before the precache was filled) is tried again. */
function getPdfEngine(): Promise<PdfEngine> {
  if (!loading) {
    const start = performance.now();
    loading = import('./pdf-engine/pdf-engine').then(
      (engine) => {
        performance.measure(PDF_ENGINE_LOAD_MEASURE, { start, end: performance.now() });
        return engine;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
  }
  return loading;
}

/** The PDF file of a document definition. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Blob> {
  const engine = await getPdfEngine();
  return engine.createPdfBlob(normalizeDeep(definition), {
    fonts: FONTS,
    // Nothing but the app's own files, whatever a document definition might name.
    isUrlAllowed: (url) => new URL(url).origin === window.location.origin,
  });
}
