/**
 * The QR decoder of the reading screen (issue 13, decision 0016): the native `BarcodeDetector` when it exists and
 * reads QR codes (Chromium on Android, ChromeOS, macOS), else zxing-wasm loaded on demand (Linux and Windows
 * Chromium, Firefox, Safari). Both read an `ImageData` drawn from the video and return the texts of the QR codes in
 * it; the frames are plain ASCII (base45), so both return the same text.
 */

export interface QrReader {
  /** Which decoder: shown nowhere, but reported to tests and measurements. */
  readonly kind: 'native' | 'zxing';
  /** The texts of the QR codes in one frame (usually none or one). */
  read(frame: ImageData): Promise<string[]>;
}

interface DetectedBarcode {
  rawValue: string;
}

interface BarcodeDetectorInstance {
  detect(source: ImageData): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

/** The native detector, when this browser has one that reads QR codes; else undefined. */
async function nativeReader(): Promise<QrReader | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) return undefined;
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      kind: 'native',
      async read(frame) {
        const found = await detector.detect(frame);
        return found.map((barcode) => barcode.rawValue).filter((text) => text !== '');
      },
    };
  } catch {
    return undefined;
  }
}

/** Rejects when neither decoder can be had (the wasm could not be fetched or compiled). */
export async function loadQrReader(): Promise<QrReader> {
  const native = await nativeReader();
  if (native) return native;
  const { createZxingReader } = await import('./receive-qr-zxing');
  return createZxingReader();
}
