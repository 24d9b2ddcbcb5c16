/**
 * The bytes of one frame (version 1). Big-endian, fixed 17-byte header, the payload, then a CRC-32 of everything
 * before it: 21 bytes of overhead per frame. The layout table is in fountain.ts.
 *
 * Reading checks, in order: the length (at least header + CRC), the format byte (magic in the high nibble, version in
 * the low one, so a frame of a later version says so instead of failing its checksum), the CRC, then that the
 * header is consistent: K = ⌈length / block size⌉, K and block size in range, and the payload exactly one block long
 * (none when the message is empty).
 */
import { crc32 } from './crc32';

export const FORMAT_MAGIC = 0xa;
export const FORMAT_VERSION = 1;
/** Magic 0xA in the high nibble, version in the low one. */
export const FORMAT_BYTE = (FORMAT_MAGIC << 4) | FORMAT_VERSION;
export const HEADER_LENGTH = 17;
export const CHECKSUM_LENGTH = 4;
export const FRAME_OVERHEAD = HEADER_LENGTH + CHECKSUM_LENGTH;
/** K and the block size are 16-bit fields. */
export const MAX_BLOCK_COUNT = 0xffff;
export const MAX_BLOCK_SIZE = 0xffff;
export const MAX_FRAME_INDEX = 0xffff_ffff;

export interface FrameHeader {
  /** CRC-32 of the whole message: ties the frames of one message together and verifies the decoded bytes. */
  messageId: number;
  messageLength: number;
  /** K, the number of source blocks: ⌈messageLength / blockSize⌉ (0 for an empty message). */
  blockCount: number;
  blockSize: number;
  /** The frame's index in the stream, which is also the seed of its neighbours (neighbours.ts). */
  frameIndex: number;
}

export type FrameRejection =
  'too-short' | 'unknown-format' | 'unsupported-version' | 'frame-checksum' | 'inconsistent-header';

export type ReadFrame = { ok: true; header: FrameHeader; payload: Uint8Array } | { ok: false; reason: FrameRejection };

/** The payload length a header implies: one block, or nothing for an empty message. */
export function payloadLength(header: Pick<FrameHeader, 'blockCount' | 'blockSize'>): number {
  return header.blockCount === 0 ? 0 : header.blockSize;
}

/** The frame's bytes. The caller passes a consistent header and a payload of `payloadLength(header)` bytes. */
export function writeFrame(header: FrameHeader, payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(HEADER_LENGTH + payload.length + CHECKSUM_LENGTH);
  const view = new DataView(frame.buffer);
  view.setUint8(0, FORMAT_BYTE);
  view.setUint32(1, header.messageId);
  view.setUint32(5, header.messageLength);
  view.setUint16(9, header.blockCount);
  view.setUint16(11, header.blockSize);
  view.setUint32(13, header.frameIndex);
  frame.set(payload, HEADER_LENGTH);
  const body = frame.subarray(0, frame.length - CHECKSUM_LENGTH);
  view.setUint32(body.length, crc32(body));
  return frame;
}

/** Parses and checks a frame; never throws, whatever the bytes. The payload is a view into `frame`. */
export function readFrame(frame: Uint8Array): ReadFrame {
  if (frame.length < FRAME_OVERHEAD) return { ok: false, reason: 'too-short' };
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const formatByte = view.getUint8(0);
  if (formatByte >> 4 !== FORMAT_MAGIC) return { ok: false, reason: 'unknown-format' };
  if ((formatByte & 0xf) !== FORMAT_VERSION) return { ok: false, reason: 'unsupported-version' };
  const bodyLength = frame.length - CHECKSUM_LENGTH;
  if (crc32(frame.subarray(0, bodyLength)) !== view.getUint32(bodyLength))
    return { ok: false, reason: 'frame-checksum' };
  const header: FrameHeader = {
    messageId: view.getUint32(1),
    messageLength: view.getUint32(5),
    blockCount: view.getUint16(9),
    blockSize: view.getUint16(11),
    frameIndex: view.getUint32(13),
  };
  if (!isConsistent(header, bodyLength - HEADER_LENGTH)) return { ok: false, reason: 'inconsistent-header' };
  return { ok: true, header, payload: frame.subarray(HEADER_LENGTH, bodyLength) };
}

function isConsistent(header: FrameHeader, payloadBytes: number): boolean {
  return (
    header.blockSize >= 1 &&
    header.blockCount === Math.ceil(header.messageLength / header.blockSize) &&
    payloadBytes === payloadLength(header)
  );
}
