/**
 * One transfer frame's text drawn as a QR code (decision 0016): alphanumeric mode, level L at least (lean-qr raises
 * the level when the version has room to spare), one canvas pixel per module with a white quiet zone of 4 modules,
 * black on white. The canvas is scaled up by CSS (`image-rendering: pixelated`), so drawing is cheap.
 */
import { correction, generate, mode } from 'lean-qr';

/** Modules of white around the symbol (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

const BLACK = [0, 0, 0, 255] as const;
const WHITE = [255, 255, 255, 255] as const;

export interface DrawnFrame {
  /** Modules across, quiet zone included: the canvas's width and height in pixels. */
  modules: number;
  /** Milliseconds to encode and draw this frame. */
  milliseconds: number;
}

/** Draws `text` (QR alphanumeric characters only) on `canvas`, resizing it to the symbol. */
export function drawFrame(canvas: HTMLCanvasElement, text: string): DrawnFrame {
  const start = performance.now();
  const code = generate(mode.alphaNumeric(text), { minCorrectionLevel: correction.L });
  code.toCanvas(canvas, { on: BLACK, off: WHITE, pad: QUIET_ZONE });
  return { modules: code.size + 2 * QUIET_ZONE, milliseconds: performance.now() - start };
}

/**
 * The scores-only summary's one static code (summary-code.ts): level M at least, as decision 0016 chose for it. It
 * is drawn once and has no next frame to make up for a misread, so it takes the stronger correction; a realistic
 * summary is still version 10 (57×57 modules).
 */
export function drawSummaryCode(canvas: HTMLCanvasElement, text: string): DrawnFrame {
  const start = performance.now();
  const code = generate(mode.alphaNumeric(text), { minCorrectionLevel: correction.M });
  code.toCanvas(canvas, { on: BLACK, off: WHITE, pad: QUIET_ZONE });
  return { modules: code.size + 2 * QUIET_ZONE, milliseconds: performance.now() - start };
}

/**
 * The largest square size (CSS px) for a symbol of `modules` modules in `available` CSS px that gives every module
 * the same whole number of device pixels, so that no module is drawn wider than its neighbour.
 */
export function symbolSize(available: number, modules: number, devicePixelRatio: number): number {
  const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1;
  const devicePixelsPerModule = Math.floor((available * ratio) / modules);
  if (devicePixelsPerModule < 1) return Math.max(0, Math.floor(available));
  return (devicePixelsPerModule * modules) / ratio;
}
