/**
 * The only module that knows the PDF library. pdfmake (with pdfkit and fontkit, about 1 MB) is imported on the
 * first request for a PDF, never at start-up; its chunk and the font files are in the service worker's precache,
 * so a PDF can be made offline. The fonts ship with the app (Be Vietnam Pro, SIL Open Font License 1.1: every
 * Vietnamese letter) and are fetched from the app's own origin; pdfkit embeds only the glyphs a document uses.
 * Every string of the document is normalised to NFC first (normalize-text.ts).
 */
import boldFontUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';
import regularFontUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';
import italicFontUrl from '@expo-google-fonts/be-vietnam-pro/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf?url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { normalizeDeep } from './normalize-text';
import { FONT_FAMILY } from './pdf-layout';

type PdfMake = typeof import('pdfmake/build/pdfmake');

/** Names of the font files in pdfmake's virtual file system. */
const FONT_FILES = {
  'BeVietnamPro-Regular.ttf': regularFontUrl,
  'BeVietnamPro-Bold.ttf': boldFontUrl,
  'BeVietnamPro-Italic.ttf': italicFontUrl,
} as const;

export class PdfLoadError extends Error {
  constructor(cause: unknown) {
    super('The PDF library or its fonts could not be loaded', { cause });
    this.name = 'PdfLoadError';
  }
}

/** Bytes as base64, in chunks (String.fromCharCode takes a limited number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return toBase64(new Uint8Array(await response.arrayBuffer()));
}

async function loadPdfMake(): Promise<PdfMake> {
  try {
    const [module, ...fonts] = await Promise.all([
      import('pdfmake/build/pdfmake').then((m) => {
        performance.mark('dbg:chunk');
        return m;
      }),
      ...Object.values(FONT_FILES).map(fetchFont),
    ]);
    performance.mark('dbg:fonts');
    // A CommonJS bundle: its exports arrive as the default export (or as the namespace, depending on the bundler).
    const pdfMake = (module as { default?: PdfMake }).default ?? module;
    pdfMake.addVirtualFileSystem(
      Object.fromEntries(Object.keys(FONT_FILES).map((name, index) => [name, fonts[index] ?? ''])),
    );
    pdfMake.setFonts({
      [FONT_FAMILY]: {
        normal: 'BeVietnamPro-Regular.ttf',
        bold: 'BeVietnamPro-Bold.ttf',
        italics: 'BeVietnamPro-Italic.ttf',
        // Not shipped (one file less to load): bold italic text is set in bold.
        bolditalics: 'BeVietnamPro-Bold.ttf',
      },
    });
    return pdfMake;
  } catch (error) {
    throw new PdfLoadError(error);
  }
}

let loading: Promise<PdfMake> | undefined;

/** Loads the library and fonts once per page; a failed load (offline before the precache was filled) is retried. */
function getPdfMake(): Promise<PdfMake> {
  loading ??= loadPdfMake().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The PDF file of a document definition. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Blob> {
  performance.mark('dbg:render-start');
  const pdfMake = await getPdfMake();
  performance.mark('dbg:loaded');
  const normal = normalizeDeep(definition);
  performance.mark('dbg:normalized');
  const doc = pdfMake.createPdf(normal);
  const stream = await doc.getStream();
  performance.mark('dbg:laid-out');
  void stream;
  const blob = await doc.getBlob();
  performance.mark('dbg:blob');
  return blob;
}
