/**
 * A fountain code (LT code, Luby transform) for moving one message, an assessment, from a phone to the trainer's
 * device as a looping sequence of QR codes, with no network. The camera misses frames and reads others twice, at
 * random; any large enough set of distinct frames decodes, whichever were missed.
 *
 * Pure module: no DOM, no React, no storage, no timers, no Math.random. Every frame's bytes follow from the message
 * and the frame index alone, so the phone can show frames 0, 1, 2, … for as long as needed.
 *
 * Compression is the caller's: compress the JSON (e.g. with fflate's `deflateSync`) before
 * `encodeMessage` and inflate `result()`. The code moves opaque bytes, and its checksums cover exactly those bytes.
 *
 * ## Frame layout (version 1, big-endian; frame-format.ts)
 *
 * | offset | size | field                                                                                  |
 * | -----: | ---: | -------------------------------------------------------------------------------------- |
 * |      0 |    1 | format byte 0xA1: magic 0xA (high nibble), version 1 (low nibble)                      |
 * |      1 |    4 | message id: CRC-32 of the whole message                                                |
 * |      5 |    4 | message length in bytes                                                                |
 * |      9 |    2 | K, the number of source blocks = ⌈length / block size⌉ (≤ 65,535)                      |
 * |     11 |    2 | block size in bytes (1..65,535)                                                        |
 * |     13 |    4 | frame index, which is also the seed of the frame's neighbours                          |
 * |     17 |    B | payload: one block, B = block size (last source block zero-padded); none when K = 0    |
 * |   17+B |    4 | CRC-32 of bytes 0..16+B                                                                |
 *
 * The header is 17 bytes, 21 with the CRC: at a block size of 300 (a QR code of version ~13 at level M in byte
 * mode), 7% of each frame. All frames of a message have the same length, so every QR code has the same version.
 * K is redundant with length and block size; it is kept as a consistency check on the header.
 *
 * ## Encoding
 *
 * Frames 0..K−1 are systematic: frame i is source block i. Reading them all, in any order, decodes with no
 * overhead. Frame i ≥ K is the XOR of d distinct source blocks, d from the robust soliton distribution with
 * c = 0.1 and δ = 0.5 (soliton.ts, which explains the choice), the blocks by Floyd's sampling with mulberry32 seeded
 * by i (neighbours.ts). The distribution is computed with + − × ÷ only (deterministic-math.ts), so phones and
 * laptops on different JavaScript engines agree on every frame's neighbours.
 *
 * An empty message is encoded, not refused: K = 0 and every frame is the 21 bytes of header and CRC; any one of them
 * completes the decoding. The caller never has to treat it apart (and compressed JSON is never empty anyway).
 *
 * ## Decoding and checks
 *
 * The decoder (lt-decoder.ts) peels: it XORs known blocks out of every frame, a frame left with one unknown block
 * reveals it, and a queue carries the reveals on. A frame is rejected, with a reason, when it is too short, has
 * another format byte or version, fails its CRC-32, has an inconsistent header, or belongs to another message than the
 * one being decoded (message id, length, K or block size differ). A frame index seen before is a `duplicate`.
 *
 * The message check is its CRC-32, which is the message id, plus zero padding after the last byte. CRC-32 is enough
 * here: the frames already passed their own CRC, so the message check only has to catch the rare frame whose
 * corruption matched its CRC (2⁻³² per bad frame), or two messages sharing an id (2⁻³² per pair). When it fails, the
 * decoder cannot tell which frame lied: it drops everything, reports `message-checksum` and starts over.
 * It never reports `complete` with bytes that fail the check. A stronger check (SHA-256) would need crypto.subtle,
 * which is asynchronous; the receiving screen may still validate the decompressed JSON against the schema.
 *
 * ## Overhead (distinct frames received until complete; overhead.test.ts, 1,000 loss patterns per row)
 *
 * | K   | loss | reading from  | median | 99th percentile | max |
 * | --: | ---: | ------------- | -----: | --------------: | --: |
 * |  10 |   0% | frame 0       |     10 |              10 |  10 |
 * |  10 |   0% | mid-stream    |     15 |              32 |  62 |
 * |  10 |  30% | frame 0       |     13 |              23 |  24 |
 * |  10 |  30% | mid-stream    |     15 |              31 |  50 |
 * |  50 |   0% | frame 0       |     50 |              50 |  50 |
 * |  50 |   0% | mid-stream    |     68 |             105 | 164 |
 * |  50 |  30% | frame 0       |     72 |             108 | 121 |
 * |  50 |  30% | mid-stream    |     68 |             109 | 149 |
 * | 200 |   0% | frame 0       |    200 |             200 | 200 |
 * | 200 |   0% | mid-stream    |    251 |             316 | 358 |
 * | 200 |  30% | frame 0       |    272 |             351 | 517 |
 * | 200 |  30% | mid-stream    |    251 |             316 | 360 |
 *
 * "Mid-stream" is a reader that starts after the systematic frames (the phone was already looping): pure LT. Loss is
 * of displayed frames; a quarter of the frames read are read twice (duplicates, not counted). The test asserts a
 * 99th percentile within 2·K + 20 and a median within 1.5·K + 5. Interpolating, a 30 kB compressed assessment in
 * 300-byte blocks (K = 100) at 10 frames a second takes a median of 10–20 s of scanning (no loss to 30% loss).
 * Reproduce: `FOUNTAIN_OVERHEAD_REPORT=1 npx vitest run src/workshop/transfer/overhead.test.ts`.
 */
import { crc32 } from './crc32';
import {
  FRAME_OVERHEAD,
  MAX_BLOCK_COUNT,
  MAX_BLOCK_SIZE,
  MAX_FRAME_INDEX,
  payloadLength,
  readFrame,
  writeFrame,
  type FrameHeader,
  type FrameRejection,
} from './frame-format';
import { createPeelingDecoder, type PeelingDecoder } from './lt-decoder';
import { neighbourChooser } from './neighbours';

export interface FountainEncoder {
  /** CRC-32 of the message, carried by every frame. */
  readonly messageId: number;
  readonly messageLength: number;
  /** K: frames 0..K−1 are the source blocks themselves. */
  readonly blockCount: number;
  readonly blockSize: number;
  /** Bytes of every frame (all frames of a message have the same length). */
  readonly frameLength: number;
  /** Frame `index` (an integer in 0..2³²−1); the same index always gives the same bytes. */
  frame(index: number): Uint8Array;
}

export interface EncodeOptions {
  /** Payload bytes per frame, 1..65,535; the frame is FRAME_OVERHEAD (21) bytes longer. */
  blockSize: number;
}

export interface DecodeProgress {
  decodedBlocks: number;
  totalBlocks: number;
}

export type RejectReason = FrameRejection | 'other-message' | 'message-checksum';

export type PushResult =
  | { status: 'rejected'; reason: RejectReason }
  | { status: 'duplicate'; progress: DecodeProgress }
  | { status: 'accepted'; progress: DecodeProgress }
  | { status: 'complete'; progress: DecodeProgress };

export interface FountainDecoder {
  /** Feeds one frame as read by the camera; never throws, whatever the bytes. */
  push(frame: Uint8Array): PushResult;
  /** The message, once a push returned `complete` (verified against the message id); else undefined. */
  result(): Uint8Array | undefined;
  /** How far decoding got; undefined before the first accepted frame. */
  progress(): DecodeProgress | undefined;
}

export { FRAME_OVERHEAD } from './frame-format';

export function encodeMessage(bytes: Uint8Array, { blockSize }: EncodeOptions): FountainEncoder {
  if (!Number.isInteger(blockSize) || blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
    throw new RangeError(`blockSize must be an integer in 1..${MAX_BLOCK_SIZE}, got ${blockSize}`);
  }
  const blockCount = Math.ceil(bytes.length / blockSize);
  if (blockCount > MAX_BLOCK_COUNT) {
    throw new RangeError(`${bytes.length} bytes need ${blockCount} blocks of ${blockSize}; at most ${MAX_BLOCK_COUNT}`);
  }
  // The source blocks, the last one zero-padded: every frame has the same length, so every QR code the same version.
  const padded = new Uint8Array(blockCount * blockSize);
  padded.set(bytes);
  const header: Omit<FrameHeader, 'frameIndex'> = {
    messageId: crc32(bytes),
    messageLength: bytes.length,
    blockCount,
    blockSize,
  };
  const neighboursOf = blockCount === 0 ? () => [] : neighbourChooser(blockCount);

  return {
    ...header,
    frameLength: FRAME_OVERHEAD + payloadLength(header),
    frame(index) {
      if (!Number.isInteger(index) || index < 0 || index > MAX_FRAME_INDEX) {
        throw new RangeError(`frame index must be an integer in 0..${MAX_FRAME_INDEX}, got ${index}`);
      }
      const payload = new Uint8Array(payloadLength(header));
      for (const block of neighboursOf(index)) {
        const source = padded.subarray(block * blockSize, (block + 1) * blockSize);
        for (let i = 0; i < blockSize; i++) payload[i]! ^= source[i]!;
      }
      return writeFrame({ ...header, frameIndex: index }, payload);
    },
  };
}

interface Session {
  header: Omit<FrameHeader, 'frameIndex'>;
  neighboursOf: (frameIndex: number) => number[];
  peeling: PeelingDecoder | undefined;
  seenFrames: Set<number>;
  message: Uint8Array | undefined;
}

function sameMessage(a: Omit<FrameHeader, 'frameIndex'>, b: FrameHeader): boolean {
  return (
    a.messageId === b.messageId &&
    a.messageLength === b.messageLength &&
    a.blockCount === b.blockCount &&
    a.blockSize === b.blockSize
  );
}

function startSession({ messageId, messageLength, blockCount, blockSize }: FrameHeader): Session {
  return {
    header: { messageId, messageLength, blockCount, blockSize },
    neighboursOf: blockCount === 0 ? () => [] : neighbourChooser(blockCount),
    peeling: blockCount === 0 ? undefined : createPeelingDecoder(blockCount, blockSize),
    seenFrames: new Set(),
    message: undefined,
  };
}

/** The message if the joined blocks check out: zero padding and the CRC-32 the frames call the message id. */
function verifiedMessage(session: Session): Uint8Array | undefined {
  const joined = session.peeling?.joinedBlocks() ?? new Uint8Array(0);
  const { messageLength, messageId } = session.header;
  if (joined.subarray(messageLength).some((byte) => byte !== 0)) return undefined;
  const message = joined.slice(0, messageLength);
  return crc32(message) === messageId ? message : undefined;
}

/**
 * A decoder for one message: the first valid frame fixes which (its message id, length, K and block size); frames
 * of any other message are then rejected as `other-message`. To read another message, create another decoder.
 */
export function createDecoder(): FountainDecoder {
  let session: Session | undefined;

  const progressOf = (current: Session): DecodeProgress => ({
    decodedBlocks: current.peeling?.decodedBlocks ?? 0,
    totalBlocks: current.header.blockCount,
  });

  return {
    push(frame) {
      const read = readFrame(frame);
      if (!read.ok) return { status: 'rejected', reason: read.reason };
      session ??= startSession(read.header);
      const current = session;
      if (!sameMessage(current.header, read.header)) return { status: 'rejected', reason: 'other-message' };
      // Frames keep coming after the message is complete (the phone loops): they change nothing.
      if (current.message !== undefined) return { status: 'complete', progress: progressOf(current) };
      const { frameIndex } = read.header;
      if (current.seenFrames.has(frameIndex)) return { status: 'duplicate', progress: progressOf(current) };
      current.seenFrames.add(frameIndex);
      current.peeling?.addEquation(current.neighboursOf(frameIndex), read.payload);
      const progress = progressOf(current);
      if (progress.decodedBlocks < progress.totalBlocks) return { status: 'accepted', progress };
      current.message = verifiedMessage(current);
      if (current.message !== undefined) return { status: 'complete', progress };
      // Every block is known but the bytes are wrong: a corrupted frame passed its CRC-32 (odds 2⁻³² per bad frame)
      // or two messages share an id. Which frame lied cannot be told, so everything is dropped and decoding restarts.
      session = undefined;
      return { status: 'rejected', reason: 'message-checksum' };
    },
    result() {
      return session?.message?.slice();
    },
    progress() {
      return session === undefined ? undefined : progressOf(session);
    },
  };
}
