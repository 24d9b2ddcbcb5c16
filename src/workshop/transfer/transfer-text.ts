/**
 * One assessment file's bytes as the texts of a looping sequence of QR codes, and back (issue 13, decision 0016).
 *
 * What travels: the bytes are deflated (fflate `deflateSync`, level 9), split by the LT fountain code (fountain.ts,
 * 21 bytes of header and CRC-32 per frame) and each frame is written in base45 (base45.ts), shown as a QR code in
 * alphanumeric mode. Why text and not byte mode: the native `BarcodeDetector` returns only a string (`rawValue`),
 * so binary content would pass through a text decoding we cannot control; base45 is plain ASCII from the QR
 * alphanumeric set, which every reader returns unchanged, at a cost of 3 characters per 2 bytes (no QR version more
 * at block 600, level L).
 *
 * Each frame's text is wrapped in `EGR:` … `.`: base45 has a space among its characters, so a frame could begin
 * (for about 2% of messages, every frame, since the first characters come from the header) or end with one, and a
 * reader that trims its result would cut it; a fixed first and last character never is. The prefix also tells this
 * app's frames from any other QR code in the room (`not-a-frame`) before decoding anything.
 *
 * The receiver rejects, with a reason and without throwing, text that is not base45 (`not-base45`: another app's QR
 * code, a misread), every frame the fountain decoder rejects, and a complete message that does not inflate
 * (`inflate-failed`, then it starts over). It reports `complete` only with bytes whose compressed form passed the
 * message CRC-32 and inflated.
 *
 * ## Measured (transfer-text.test.ts prints these; Node 20.20.2, 2026-12-02)
 *
 * A 40,446-byte assessment JSON (245 answers, notes in Vietnamese drawn from a list of 10 sentences) deflates to
 * 5,161 bytes: K = 9 blocks of 600. Every frame is 621 bytes, 932 base45 characters, 937 with its wrapping (QR
 * version 17 at level L).
 * With 30% of the displayed frames lost, a fifth of the reads doubled and reordering within windows of 5:
 *
 * - the test's seeded run, from frame 0, needed 16 distinct frames (20 texts read);
 * - 50 more loss patterns from frame 0: median 11, max 18 distinct frames;
 * - 50 from mid-stream (the phone already looping, from frame 1000): median 12, max 21.
 *
 * At 10 codes a second, that is 2–3 s of scanning. Real notes repeat less than the test's 10 sentences (7.8:1 here),
 * so real files compress less; not measured. A file that deflates to 30 kB would be K = 50: fountain.ts's table
 * gives a median of 68–72 distinct frames at 30% loss, about 10 s.
 */
import { deflateSync, inflateSync } from 'fflate';
import { decodeBase45, encodeBase45 } from './base45';
import { createDecoder, encodeMessage, type DecodeProgress, type PushResult, type RejectReason } from './fountain';

/** Decision 0016: a 621-byte frame, 932 base45 characters, QR version 17 at level L. */
export const DEFAULT_BLOCK_SIZE = 600;

/** What every frame text starts and ends with (see above); both in the QR alphanumeric set. */
export const FRAME_PREFIX = 'EGR:';
export const FRAME_SUFFIX = '.';

export interface TransferSender {
  /** Bytes of the message before compression. */
  readonly messageLength: number;
  /** Bytes after deflate: what the fountain code carries. */
  readonly compressedLength: number;
  /** K: frames 0..K−1 are the compressed bytes themselves; any index gives a frame. */
  readonly blockCount: number;
  /** The QR code text of frame `index` (an integer in 0..2³²−1): base45, the same for the same index. */
  frameText(index: number): string;
}

export interface TransferSenderOptions {
  /** Payload bytes per frame (1..65,535); the frame is 21 bytes longer and its text 1.5× that in characters. */
  blockSize?: number;
}

export type TransferRejectReason = RejectReason | 'not-a-frame' | 'not-base45' | 'inflate-failed';

export type TransferPushResult =
  Exclude<PushResult, { status: 'rejected' }> | { status: 'rejected'; reason: TransferRejectReason };

export interface TransferReceiver {
  /** Feeds one QR code's text as the reader returned it; never throws, whatever the text. */
  push(text: string): TransferPushResult;
  /** The original bytes once a push returned `complete`; else undefined. */
  result(): Uint8Array | undefined;
  /** Blocks of the compressed message decoded so far; undefined before the first accepted frame. */
  progress(): DecodeProgress | undefined;
}

export function createTransferSender(
  message: Uint8Array,
  { blockSize = DEFAULT_BLOCK_SIZE }: TransferSenderOptions = {},
): TransferSender {
  const compressed = deflateSync(message, { level: 9 });
  const encoder = encodeMessage(compressed, { blockSize });
  return {
    messageLength: message.length,
    compressedLength: compressed.length,
    blockCount: encoder.blockCount,
    frameText: (index) => `${FRAME_PREFIX}${encodeBase45(encoder.frame(index))}${FRAME_SUFFIX}`,
  };
}

/** The inflated bytes, or undefined when `compressed` is not a whole deflate stream. */
function inflated(compressed: Uint8Array): Uint8Array | undefined {
  // fflate inflates no bytes to no bytes, but the shortest deflate stream is 2 bytes (an empty fixed block): an
  // empty message did not come from a sender.
  if (compressed.length === 0) return undefined;
  try {
    return inflateSync(compressed);
  } catch {
    return undefined;
  }
}

/**
 * A receiver for one message, like the fountain decoder it wraps: frames of another message are `other-message`.
 * To read another message, create another receiver.
 */
export function createTransferReceiver(): TransferReceiver {
  let decoder = createDecoder();
  let message: Uint8Array | undefined;

  return {
    push(text) {
      if (!text.startsWith(FRAME_PREFIX) || !text.endsWith(FRAME_SUFFIX) || text.length < 5) {
        return { status: 'rejected', reason: 'not-a-frame' };
      }
      const decoded = decodeBase45(text.slice(FRAME_PREFIX.length, -FRAME_SUFFIX.length));
      if (!decoded.ok) return { status: 'rejected', reason: 'not-base45' };
      const result = decoder.push(decoded.bytes);
      if (result.status !== 'complete' || message !== undefined) return result;
      message = inflated(decoder.result() ?? new Uint8Array(0));
      if (message !== undefined) return result;
      // The compressed bytes passed the message CRC-32, so they are what was sent (or a frame's corruption matched
      // its CRC, 2⁻³²): either way keeping them would report this failure forever. Start over, as the fountain
      // decoder does on `message-checksum`; a sender of bytes that are not deflate fails again, visibly, each time.
      decoder = createDecoder();
      return { status: 'rejected', reason: 'inflate-failed' };
    },
    result() {
      return message?.slice();
    },
    progress() {
      return decoder.progress();
    },
  };
}
