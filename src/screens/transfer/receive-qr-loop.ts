/**
 * Reading the camera's video at a steady pace (issue 13): one read at a time, at most `MAX_READS_PER_SECOND`, each
 * on a fresh video frame (`requestVideoFrameCallback` where the browser has it, else `requestAnimationFrame`). A
 * read draws the frame into a canvas, takes its pixels and hands them to the decoder; the next read is scheduled
 * only when it has finished, so a slow decoder lowers the pace instead of piling reads up.
 */
import type { QrReader } from './receive-qr-reader';

export const MAX_READS_PER_SECOND = 15;
const MIN_INTERVAL_MS = 1000 / MAX_READS_PER_SECOND;

/** One frame's pixels, or undefined while the video has none yet. */
export type GrabFrame = (video: HTMLVideoElement) => ImageData | undefined;

/** Calls back once, on the next frame; returns a cancel. */
export type NextFrame = (video: HTMLVideoElement, callback: () => void) => () => void;

export interface ReadStats {
  reads: number;
  /** Milliseconds spent in grabbing and decoding, summed over the reads. */
  totalMs: number;
  slowestMs: number;
}

/** A canvas kept for the whole reading, sized to the video. */
export function createFrameGrabber(): GrabFrame {
  let canvas: HTMLCanvasElement | undefined;
  let context: CanvasRenderingContext2D | null = null;
  return (video) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (video.readyState < 2 || width === 0 || height === 0) return undefined;
    if (!canvas) {
      canvas = document.createElement('canvas');
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    if (!context) return undefined;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  };
}

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: () => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

export const browserNextFrame: NextFrame = (video, callback) => {
  const withFrames = video as VideoWithFrameCallback;
  if (typeof withFrames.requestVideoFrameCallback === 'function') {
    const handle = withFrames.requestVideoFrameCallback(callback);
    return () => withFrames.cancelVideoFrameCallback?.(handle);
  }
  const handle = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(handle);
};

export interface ReadLoopOptions {
  video: HTMLVideoElement;
  reader: QrReader;
  grabFrame: GrabFrame;
  nextFrame: NextFrame;
  /** Each text read, in order. Returning false stops the loop (the message is complete). */
  onText: (text: string) => boolean;
  onStats?: (stats: ReadStats) => void;
  now?: () => number;
}

/** Starts reading; returns a stop. */
export function startReadLoop({
  video,
  reader,
  grabFrame,
  nextFrame,
  onText,
  onStats,
  now = () => performance.now(),
}: ReadLoopOptions): () => void {
  let stopped = false;
  let cancel: (() => void) | undefined;
  let lastStart = -Infinity;
  const stats: ReadStats = { reads: 0, totalMs: 0, slowestMs: 0 };

  const schedule = () => {
    if (stopped) return;
    cancel = nextFrame(video, tick);
  };

  const tick = () => {
    cancel = undefined;
    if (stopped) return;
    const start = now();
    if (start - lastStart < MIN_INTERVAL_MS) return schedule();
    const frame = grabFrame(video);
    if (!frame) return schedule();
    lastStart = start;
    reader.read(frame).then(
      (texts) => {
        const spent = now() - start;
        stats.reads += 1;
        stats.totalMs += spent;
        stats.slowestMs = Math.max(stats.slowestMs, spent);
        onStats?.({ ...stats });
        for (const text of texts) {
          if (stopped) return;
          if (!onText(text)) {
            stopped = true;
            return;
          }
        }
        schedule();
      },
      (error: unknown) => {
        // One frame the decoder could not take (a size it refused, say) is no reason to stop reading.
        console.error(error);
        schedule();
      },
    );
  };

  schedule();
  return () => {
    stopped = true;
    cancel?.();
  };
}
