/**
 * pdfmake built from its ES module sources with the app (see docs/decisions/0008), instead of its prebuilt browser
 * bundle: no core-js, Node stand-ins of our own (shims/), and nothing we do not use. This module is the only one
 * that knows pdfmake's internals; render-pdf.ts uses `createPdfBlob`.
 */
import './buffer-global';
import Printer from 'pdfmake/src/Printer';
import Renderer from 'pdfmake/src/Renderer';
import URLResolver from 'pdfmake/src/URLResolver';
import virtualFileSystem from 'pdfmake/src/virtual-fs';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { mergeInlines } from './merge-inlines';

/**
 * Each line is drawn with runs of same-looking words instead of one text object per word (merge-inlines.ts). The
 * line keeps its prototype (its height and ascender methods, outline and ids) and gets the runs as its inlines.
 */
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the renderer as `this`
const drawLine = Renderer.prototype.renderLine;
if (typeof drawLine !== 'function') throw new Error('pdfmake changed: Renderer.renderLine is gone');
Renderer.prototype.renderLine = function renderLineInRuns(this: Renderer, line, x, y) {
  const inRuns = line._pageNodeRef
    ? line
    : Object.assign(Object.create(line) as typeof line, { inlines: mergeInlines(line.inlines) });
  drawLine.call(this, inRuns, x, y);
};

export interface PdfEngineOptions {
  fonts: TFontDictionary;
  /** Whether a URL named by the document (its fonts) may be fetched. */
  isUrlAllowed: (url: string) => boolean;
}

export async function createPdfBlob(definition: TDocumentDefinitions, options: PdfEngineOptions): Promise<Blob> {
  const urlResolver = new URLResolver(virtualFileSystem);
  urlResolver.setUrlAccessPolicy(options.isUrlAllowed);
  const printer = new Printer(options.fonts, virtualFileSystem, urlResolver);
  const document = await printer.createPdfKitDocument(definition, {});
  const chunks: Uint8Array[] = [];
  return new Promise<Blob>((resolve, reject) => {
    document.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    document.on('end', () => resolve(new Blob(chunks as BlobPart[], { type: 'application/pdf' })));
    document.on('error', reject);
    document.end();
  });
}
