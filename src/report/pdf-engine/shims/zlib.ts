/**
 * The part of Node's `zlib` that pdfkit (page and font streams) and png-js (PNG images) use, on fflate: several
 * times faster than the pako port in pdfmake's prebuilt bundle. Results are Buffers because pdfkit writes
 * anything else as text.
 */
import { Buffer } from 'buffer';
import { unzlibSync, zlibSync } from 'fflate';

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function deflateSync(data: Uint8Array): Buffer {
  return asBuffer(zlibSync(data, { level: 6 }));
}

export function inflateSync(data: Uint8Array): Buffer {
  return asBuffer(unzlibSync(data));
}

export function inflate(data: Uint8Array, done: (error: Error | null, result?: Buffer) => void): void {
  try {
    done(null, inflateSync(data));
  } catch (error) {
    done(error instanceof Error ? error : new Error(String(error)));
  }
}

export default { deflateSync, inflateSync, inflate };
