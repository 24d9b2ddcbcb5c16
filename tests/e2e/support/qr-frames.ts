/** QR codes drawn as camera luma (Y plane) in Node, for the fake camera (issue 13). */
import { correction, generate } from 'lean-qr';

export interface LumaImage {
  width: number;
  height: number;
  /** width × height bytes, row by row. */
  luma: Uint8Array;
}

/** `text` as a QR code at level L or better, `modulePixels` per module with a 4-module quiet zone, centred. */
export function drawQr(text: string, width: number, height: number, modulePixels = 5): LumaImage {
  const code = generate(text, { minCorrectionLevel: correction.L });
  const luma = new Uint8Array(width * height).fill(40);
  const side = (code.size + 8) * modulePixels;
  if (side > width || side > height) throw new Error(`QR of ${code.size} modules does not fit ${width}×${height}`);
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  for (let y = 0; y < side; y += 1) {
    const moduleY = Math.floor(y / modulePixels) - 4;
    for (let x = 0; x < side; x += 1) {
      const moduleX = Math.floor(x / modulePixels) - 4;
      const dark =
        moduleX >= 0 && moduleY >= 0 && moduleX < code.size && moduleY < code.size && code.get(moduleX, moduleY);
      luma[(top + y) * width + left + x] = dark ? 30 : 220;
    }
  }
  return { width, height, luma };
}
