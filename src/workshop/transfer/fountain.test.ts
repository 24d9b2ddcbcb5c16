import fc from 'fast-check';
import { readFrame, writeFrame } from './frame-format';
import { createDecoder, encodeMessage, FRAME_OVERHEAD, type FountainDecoder, type PushResult } from './fountain';
import { mulberry32 } from './neighbours';

const randomBytes = (length: number, seed: number) => {
  const next = mulberry32(seed);
  return new Uint8Array(length).map(() => next() & 0xff);
};

/** Pushes frames until one completes the message; returns the results. */
function pushAll(decoder: FountainDecoder, frames: Iterable<Uint8Array>): PushResult[] {
  const results: PushResult[] = [];
  for (const frame of frames) {
    results.push(decoder.push(frame));
    if (results.at(-1)?.status === 'complete') break;
  }
  return results;
}

function systematicFrames(message: Uint8Array, blockSize: number): Uint8Array[] {
  const encoder = encodeMessage(message, { blockSize });
  return Array.from({ length: Math.max(1, encoder.blockCount) }, (_, i) => encoder.frame(i));
}

describe('round trip', () => {
  const blockSize = 16;
  test.each([0, 1, blockSize - 1, blockSize, blockSize + 1, 5 * blockSize + 3])('%i bytes', (length) => {
    const message = randomBytes(length, length + 1);
    const decoder = createDecoder();
    const results = pushAll(decoder, systematicFrames(message, blockSize));
    expect(results.at(-1)?.status).toBe('complete');
    expect(decoder.result()).toEqual(message);
  });

  test('an empty message is K = 0: every frame is header and CRC only, and any one of them completes', () => {
    const encoder = encodeMessage(new Uint8Array(0), { blockSize: 300 });
    expect(encoder).toMatchObject({ blockCount: 0, messageLength: 0, messageId: 0, frameLength: FRAME_OVERHEAD });
    const decoder = createDecoder();
    expect(decoder.push(encoder.frame(12345))).toEqual({
      status: 'complete',
      progress: { decodedBlocks: 0, totalBlocks: 0 },
    });
    expect(decoder.result()).toEqual(new Uint8Array(0));
  });

  test('every frame of a message has the same length: the block size plus 21 bytes', () => {
    const encoder = encodeMessage(randomBytes(1000, 7), { blockSize: 300 });
    expect(FRAME_OVERHEAD).toBe(21);
    expect(encoder.blockCount).toBe(4);
    for (const index of [0, 3, 4, 99, 0xffff_ffff]) expect(encoder.frame(index)).toHaveLength(321);
  });

  test('random messages up to 80 kB, systematic frames in any order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80_000 }),
        fc.integer({ min: 200, max: 1000 }),
        fc.integer(),
        fc.integer(),
        (length, blockSize, messageSeed, orderSeed) => {
          const message = randomBytes(length, messageSeed);
          const frames = systematicFrames(message, blockSize);
          const next = mulberry32(orderSeed);
          for (let i = frames.length - 1; i > 0; i--) {
            const j = next() % (i + 1);
            [frames[i], frames[j]] = [frames[j]!, frames[i]!];
          }
          const decoder = createDecoder();
          expect(pushAll(decoder, frames).at(-1)?.status).toBe('complete');
          expect(decoder.result()).toEqual(message);
        },
      ),
      { numRuns: 30 },
    );
  });

  test('a frame inside a larger buffer (a view with an offset) decodes like a copy', () => {
    const message = randomBytes(40, 3);
    const frame = encodeMessage(message, { blockSize: 64 }).frame(0);
    const buffer = new Uint8Array(frame.length + 10);
    buffer.set(frame, 7);
    const decoder = createDecoder();
    expect(decoder.push(buffer.subarray(7, 7 + frame.length)).status).toBe('complete');
    expect(decoder.result()).toEqual(message);
  });
});

describe('a lossy, repeating stream', () => {
  test('30% loss and repeats, from the first frame or mid-stream: complete with byte-identical output', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 16, max: 400 }),
        fc.integer(),
        fc.boolean(),
        (length, blockSize, seed, midStream) => {
          const message = randomBytes(length, seed);
          const encoder = encodeMessage(message, { blockSize });
          const decoder = createDecoder();
          const next = mulberry32(seed ^ 0x5bd1e995);
          const start = midStream ? encoder.blockCount + (next() % 10_000) : 0;
          let distinct = 0;
          let status: PushResult['status'] | undefined;
          for (let index = start; status !== 'complete'; index++) {
            if (next() % 10 < 3) continue;
            for (let read = next() % 3; read >= 0 && status !== 'complete'; read--) {
              const result = decoder.push(encoder.frame(index));
              status = result.status;
              if (status === 'accepted' || status === 'complete') distinct++;
              expect(status).not.toBe('rejected');
            }
            expect(distinct).toBeLessThan(10 * encoder.blockCount + 100);
          }
          expect(decoder.result()).toEqual(message);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('progress counts decoded blocks; repeats are duplicates; frames after completion report complete', () => {
    const encoder = encodeMessage(randomBytes(100, 1), { blockSize: 10 });
    const decoder = createDecoder();
    expect(decoder.progress()).toBeUndefined();
    expect(decoder.push(encoder.frame(3))).toEqual({
      status: 'accepted',
      progress: { decodedBlocks: 1, totalBlocks: 10 },
    });
    expect(decoder.push(encoder.frame(3))).toEqual({
      status: 'duplicate',
      progress: { decodedBlocks: 1, totalBlocks: 10 },
    });
    for (let i = 0; i < 9; i++) decoder.push(encoder.frame(i === 3 ? 9 : i));
    expect(decoder.progress()).toEqual({ decodedBlocks: 10, totalBlocks: 10 });
    expect(decoder.push(encoder.frame(500)).status).toBe('complete');
    const result = decoder.result();
    result?.fill(0);
    expect(decoder.result()).toEqual(randomBytes(100, 1)); // result() hands out copies
  });
});

describe('never complete with wrong bytes', () => {
  test('any set of frames, in any order, with repeats and corrupted frames: complete means exactly the message', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 8, max: 200 }),
        fc.integer(),
        fc.array(fc.record({ index: fc.nat(400), flipBit: fc.option(fc.nat(), { freq: 3 }) }), { maxLength: 300 }),
        (length, blockSize, seed, picks) => {
          const message = randomBytes(length, seed);
          const encoder = encodeMessage(message, { blockSize });
          const decoder = createDecoder();
          let completed = false;
          for (const { index, flipBit } of picks) {
            const frame = encoder.frame(index);
            if (flipBit !== null) frame[(flipBit >> 3) % frame.length]! ^= 1 << (flipBit & 7);
            const result = decoder.push(frame);
            if (flipBit !== null) expect(result.status).toBe('rejected');
            completed ||= result.status === 'complete';
            // Once complete it stays complete; before, there is no result at all.
            if (completed) expect(decoder.result()).toEqual(message);
            else expect(decoder.result()).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a frame with a valid CRC but wrong payload: the message check fails, the decoder starts over', () => {
    const message = randomBytes(50, 9);
    const encoder = encodeMessage(message, { blockSize: 10 });
    const forged = readFrame(encoder.frame(2));
    if (!forged.ok) throw new Error('frame 2 should read');
    const payload = forged.payload.slice();
    payload[0]! ^= 0xff;
    const decoder = createDecoder();
    expect(decoder.push(writeFrame(forged.header, payload)).status).toBe('accepted');
    const results = [0, 1, 3, 4].map((i) => decoder.push(encoder.frame(i)));
    expect(results.at(-1)).toEqual({ status: 'rejected', reason: 'message-checksum' });
    expect(decoder.result()).toBeUndefined();
    expect(decoder.progress()).toBeUndefined();
    // Fresh frames then decode the message.
    expect(
      pushAll(
        decoder,
        [0, 1, 2, 3, 4].map((i) => encoder.frame(i)),
      ).at(-1)?.status,
    ).toBe('complete');
    expect(decoder.result()).toEqual(message);
  });
});

test('the encoder refuses block sizes, message lengths and frame indices the format cannot carry', () => {
  expect(() => encodeMessage(new Uint8Array(10), { blockSize: 0 })).toThrow(RangeError);
  expect(() => encodeMessage(new Uint8Array(10), { blockSize: 65_536 })).toThrow(RangeError);
  expect(() => encodeMessage(new Uint8Array(10), { blockSize: 1.5 })).toThrow(RangeError);
  expect(() => encodeMessage(new Uint8Array(65_536), { blockSize: 1 })).toThrow(RangeError);
  expect(encodeMessage(new Uint8Array(65_535), { blockSize: 1 }).blockCount).toBe(65_535);
  const encoder = encodeMessage(new Uint8Array(10), { blockSize: 4 });
  for (const index of [-1, 0.5, 2 ** 32, Number.NaN]) expect(() => encoder.frame(index)).toThrow(RangeError);
});
