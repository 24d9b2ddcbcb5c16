import fc from 'fast-check';
import { FORMAT_BYTE, writeFrame } from './frame-format';
import { createDecoder, encodeMessage, FRAME_OVERHEAD } from './fountain';
import { mulberry32 } from './neighbours';

const randomBytes = (length: number, seed: number) => {
  const next = mulberry32(seed);
  return new Uint8Array(length).map(() => next() & 0xff);
};

describe('rejected frames', () => {
  const encoder = encodeMessage(randomBytes(100, 5), { blockSize: 24 });

  test('a frame with any one bit flipped', () => {
    const frame = encoder.frame(60);
    for (let bit = 0; bit < frame.length * 8; bit++) {
      const flipped = frame.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const result = createDecoder().push(flipped);
      expect(result.status).toBe('rejected');
      // The format byte is read first; any other bit is caught by the frame's CRC.
      if (bit >= 8) expect(result).toEqual({ status: 'rejected', reason: 'frame-checksum' });
    }
  });

  test('a frame of another message while decoding one, which does not disturb the decoding', () => {
    const decoder = createDecoder();
    decoder.push(encoder.frame(0));
    const other = encodeMessage(randomBytes(100, 6), { blockSize: 24 });
    expect(decoder.push(other.frame(1))).toEqual({ status: 'rejected', reason: 'other-message' });
    expect(decoder.progress()).toEqual({ decodedBlocks: 1, totalBlocks: 5 });
    // Same content cut into other blocks is another stream too.
    const sameBytes = encodeMessage(randomBytes(100, 5), { blockSize: 25 });
    expect(decoder.push(sameBytes.frame(1))).toEqual({ status: 'rejected', reason: 'other-message' });
    const results = [1, 2, 3, 4].map((i) => decoder.push(encoder.frame(i)));
    expect(results.at(-1)?.status).toBe('complete');
    expect(decoder.result()).toEqual(randomBytes(100, 5));
  });

  test('a truncated frame, whatever its length', () => {
    const frame = encoder.frame(7);
    for (let length = 0; length < frame.length; length++) {
      const result = createDecoder().push(frame.subarray(0, length));
      expect(result).toEqual({ status: 'rejected', reason: length < FRAME_OVERHEAD ? 'too-short' : 'frame-checksum' });
    }
  });

  test('another format or version', () => {
    const frame = encoder.frame(0);
    frame[0] = (FORMAT_BYTE & 0xf0) | 2;
    expect(createDecoder().push(frame)).toEqual({ status: 'rejected', reason: 'unsupported-version' });
    frame[0] = 0x7b; // "{": a JSON text instead of a frame
    expect(createDecoder().push(frame)).toEqual({ status: 'rejected', reason: 'unknown-format' });
  });

  test('a checksummed but inconsistent header', () => {
    const header = { messageId: 1, messageLength: 100, blockCount: 5, blockSize: 24, frameIndex: 0 };
    const decoder = createDecoder();
    const inconsistent = [
      writeFrame({ ...header, blockCount: 4 }, new Uint8Array(24)),
      writeFrame({ ...header, blockSize: 0, blockCount: 0, messageLength: 0 }, new Uint8Array(0)),
      writeFrame(header, new Uint8Array(23)),
      writeFrame({ ...header, messageLength: 0, blockCount: 0 }, new Uint8Array(24)),
    ];
    for (const frame of inconsistent)
      expect(decoder.push(frame)).toEqual({ status: 'rejected', reason: 'inconsistent-header' });
    expect(decoder.push(writeFrame(header, new Uint8Array(24))).status).toBe('accepted');
  });

  test('garbage bytes, without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1200 }), (bytes) => {
        expect(createDecoder().push(bytes).status).toBe('rejected');
        bytes[0] = FORMAT_BYTE; // past the format byte, the CRC rejects it
        if (bytes.length > 0) expect(createDecoder().push(bytes).status).toBe('rejected');
      }),
    );
  });
});
