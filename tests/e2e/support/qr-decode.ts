/**
 * Reads QR codes in Node for browser tests, with zxing-wasm's reader (decision 0016), its wasm read from
 * node_modules rather than fetched from a CDN.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let ready: Promise<unknown> | undefined;

function prepare() {
  if (!ready) {
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    ready = prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
      fireImmediately: true,
    });
  }
  return ready;
}

/** The texts of the QR codes in an image file (PNG, JPEG), as the reader returns them. */
export async function decodeQrImage(image: Uint8Array): Promise<string[]> {
  await prepare();
  const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  return results.filter((result) => result.isValid).map((result) => result.text);
}

/** A `data:image/png;base64,…` URL (a canvas's `toDataURL()`) as the image file's bytes. */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  return new Uint8Array(Buffer.from(url.slice(comma + 1), 'base64'));
}
