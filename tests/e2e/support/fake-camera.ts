/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`, decision 0016): YUV4MPEG2, 4:2:0,
 * grey chroma, each image held for `hold` video frames. Chromium loops it.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { LumaImage } from './qr-frames';

export function writeY4m(file: string, images: readonly LumaImage[], { fps = 10, hold = 2 } = {}): number {
  const { width, height } = images[0]!;
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const fd = openSync(file, 'w');
  let frames = 0;
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const image of images) {
      for (let copy = 0; copy < hold; copy += 1) {
        writeSync(fd, 'FRAME\n');
        writeSync(fd, image.luma);
        writeSync(fd, chroma);
        frames += 1;
      }
    }
  } finally {
    closeSync(fd);
  }
  return frames;
}
