/**
 * zxing-wasm's reader (decision 0016), for browsers without a native QR `BarcodeDetector`. Imported only by
 * `receive-qr-reader.ts`, with a dynamic `import()`, so that neither this code nor its wasm is part of any other
 * screen; the wasm is a hashed asset of our own build (never the CDN default), precached by the service worker.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { QrReader } from './receive-qr-reader';

/** Compiles the wasm (rejects when it cannot be fetched or compiled), then reads one QR code per frame. */
export async function createZxingReader(): Promise<QrReader> {
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  return {
    kind: 'zxing',
    async read(frame) {
      const results = await readBarcodes(frame, {
        formats: ['QRCode'],
        tryHarder: false,
        maxNumberOfSymbols: 1,
      });
      return results.filter((result) => result.isValid && result.text !== '').map((result) => result.text);
    },
  };
}
