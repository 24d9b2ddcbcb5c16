import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { encodeBase45 } from './base45';
import { encodeMessage } from './fountain';
import { mulberry32 } from './neighbours';
import {
  FRAME_PREFIX,
  FRAME_SUFFIX,
  createTransferReceiver,
  createTransferSender,
  type TransferPushResult,
  type TransferReceiver,
  type TransferSender,
} from './transfer-text';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** A uniform number in [0, 1) from a seeded generator: the tests never use Math.random. */
const uniform = (seed: number) => {
  const next = mulberry32(seed);
  return () => next() / 2 ** 32;
};

const NOTES = [
  'Đã triển khai cổng dịch vụ công trực tuyến mức độ 4 cho phần lớn thủ tục hành chính.',
  'Cán bộ một cửa chưa được tập huấn đầy đủ về chữ ký số.',
  'Hệ thống quản lý văn bản điều hành liên thông với tỉnh, nhưng đường truyền hay bị gián đoạn.',
  'Người dân vùng sâu còn ngại nộp hồ sơ qua mạng; cần hướng dẫn tại chỗ.',
  'Kinh phí năm nay chỉ đủ thay máy tính cũ ở bộ phận tiếp nhận và trả kết quả.',
  'Dữ liệu hộ tịch đã số hóa khoảng 70%, phần còn lại là sổ giấy trước năm 2000.',
  'Chưa có quy chế bảo đảm an toàn thông tin; máy chủ đặt trong phòng không có điều hòa.',
  'Ủy ban nhân dân xã đã lập nhóm Zalo để trả lời câu hỏi của người dân.',
  'Thanh toán trực tuyến phí, lệ phí mới thử nghiệm ở hai thủ tục.',
  'Đề nghị huyện hỗ trợ một kỹ thuật viên bán thời gian.',
];
const EVIDENCE = ['Biên bản kiểm tra', 'Báo cáo quý III', 'Quyết định số 12/QĐ-UBND', 'Ảnh chụp màn hình cổng'];

/** A realistic assessment file: the JSON bytes of a few hundred answers with Vietnamese notes (about 40 kB). */
function assessmentBytes(answerCount: number, seed: number): Uint8Array {
  const random = uniform(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const answers = Array.from({ length: answerCount }, (_, i) => ({
    questionId: `q-${String(i + 1).padStart(3, '0')}`,
    level: Math.floor(random() * 5),
    note: random() < 0.6 ? pick(NOTES) : '',
    evidence: random() < 0.3 ? [pick(EVIDENCE)] : [],
    answeredAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(random() * 30 * 86_400_000)).toISOString(),
  }));
  const assessment = {
    format: 'egov-readiness-assessment',
    version: 1,
    office: 'Ủy ban nhân dân xã Tân Hòa, huyện Châu Thành',
    respondent: { name: 'Nguyễn Thị Hương', role: 'Công chức Văn phòng – Thống kê' },
    answers,
  };
  // Copied into this realm's Uint8Array: under jsdom, TextEncoder's is another realm's, which toEqual tells apart.
  return Uint8Array.from(new TextEncoder().encode(JSON.stringify(assessment)));
}

/**
 * What a camera reads of the phone's loop from `start` on: in each window of 5 displayed frames it misses each with
 * probability `loss`, reads a fifth of the rest twice, and returns the window's reads in shuffled order.
 */
function* cameraReads(sender: TransferSender, seed: number, { start = 0, loss = 0.3 } = {}): Generator<string> {
  const random = uniform(seed);
  for (let first = start; ; first += 5) {
    const reads: number[] = [];
    for (let index = first; index < first + 5; index++) {
      if (random() < loss) continue;
      reads.push(index);
      if (random() < 0.2) reads.push(index);
    }
    for (let i = reads.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [reads[i], reads[j]] = [reads[j]!, reads[i]!];
    }
    for (const index of reads) yield sender.frameText(index);
  }
}

/** Pushes texts until `complete` (at most `limit`); counts the distinct frames the decoder took. */
function receive(receiver: TransferReceiver, texts: Iterable<string>, limit = 5_000) {
  const results: TransferPushResult[] = [];
  for (const text of texts) {
    results.push(receiver.push(text));
    if (results.at(-1)!.status === 'complete' || results.length >= limit) break;
  }
  const distinct = results.filter((r) => r.status === 'accepted' || r.status === 'complete').length;
  return { results, distinct, last: results.at(-1) };
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array) =>
  a !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Replaces the character at `position` with another one of the alphabet, `shift` places on (1..44). */
function corrupt(text: string, position: number, shift: number): string {
  const replacement = ALPHABET[(ALPHABET.indexOf(text[position]!) + shift) % ALPHABET.length]!;
  return text.slice(0, position) + replacement + text.slice(position + 1);
}

const message = assessmentBytes(245, 13);
const sender = createTransferSender(message);

describe('a 40 kB assessment round-trips', () => {
  test('with 30% of the frames lost, some read twice, reordered; byte-identical', () => {
    expect(message.length).toBeGreaterThan(38_000);
    expect(message.length).toBeLessThan(42_000);
    const receiver = createTransferReceiver();
    const fromStart = receive(receiver, cameraReads(sender, 1));
    expect(fromStart.last?.status).toBe('complete');
    expect(receiver.result()).toEqual(message);
    expect(fromStart.results.some((r) => r.status === 'duplicate')).toBe(true);

    // Fifty more loss patterns, from frame 0 and mid-stream (the phone already looping), for the figures.
    const needed = (start: number) =>
      Array.from({ length: 50 }, (_, seed) => {
        const other = createTransferReceiver();
        const run = receive(other, cameraReads(sender, 100 + seed, { start }));
        expect(run.last?.status).toBe('complete');
        // Not toEqual: its element-wise walk of 40 kB, a hundred times, is seconds on a busy machine.
        expect(sameBytes(other.result(), message)).toBe(true);
        return run.distinct;
      }).sort((a, b) => a - b);
    const summary = (counts: number[]) => `median ${counts[25]}, max ${counts.at(-1)}`;
    const frameChars = sender.frameText(0).length;
    console.log(
      `transfer-text, ${message.length}-byte JSON: compressed ${sender.compressedLength} bytes, ` +
        `K = ${sender.blockCount} blocks of 600, frame text ${frameChars} characters; distinct frames needed at 30% ` +
        `loss: ${fromStart.distinct} (seeded run, ${fromStart.results.length} texts pushed); 50 patterns from frame 0: ` +
        `${summary(needed(0))}; 50 from mid-stream (frame 1000): ${summary(needed(1000))}`,
    );
    // 621 bytes in base45: 310 pairs of 3 characters and one byte of 2, inside the wrapping.
    expect(frameChars).toBe(FRAME_PREFIX.length + 310 * 3 + 2 + FRAME_SUFFIX.length);
    // Never more than the fountain test's bound (2·K + 20) for this run.
    expect(fromStart.distinct).toBeLessThanOrEqual(2 * sender.blockCount + 20);
  });

  test('an empty message goes through too', () => {
    const empty = createTransferSender(new Uint8Array(0));
    const receiver = createTransferReceiver();
    expect(receiver.push(empty.frameText(7)).status).toBe('complete');
    expect(receiver.result()).toEqual(new Uint8Array(0));
  });

  test('result() is undefined until complete, and a copy after', () => {
    const receiver = createTransferReceiver();
    expect(receiver.result()).toBeUndefined();
    expect(receiver.push(sender.frameText(0)).status).toBe('accepted');
    expect(receiver.result()).toBeUndefined();
    expect(receiver.progress()).toEqual({ decodedBlocks: 1, totalBlocks: sender.blockCount });
    receive(receiver, cameraReads(sender, 2, { start: 1, loss: 0 }));
    receiver.result()!.fill(0);
    expect(receiver.result()).toEqual(message);
  });
});

test('no frame text begins or ends with white space, whatever the message: a reader that trims cannot cut it', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), fc.nat({ max: 40 }), (bytes, index) => {
      const text = createTransferSender(bytes, { blockSize: 300 }).frameText(index);
      expect(text.trim()).toBe(text);
      expect(text.startsWith(FRAME_PREFIX) && text.endsWith(FRAME_SUFFIX)).toBe(true);
    }),
    { numRuns: 100 },
  );
});

describe('corrupted frame texts', () => {
  const caughtBy = ['not-a-frame', 'not-base45', 'frame-checksum', 'unknown-format', 'unsupported-version'];

  test('one changed character is rejected: not base45, or the frame CRC (or the format byte, at the start)', () => {
    const frameChars = sender.frameText(0).length;
    fc.assert(
      fc.property(
        fc.nat({ max: 3 * sender.blockCount }),
        fc.nat({ max: frameChars - 1 }),
        fc.integer({ min: 1, max: 44 }),
        (index, position, shift) => {
          const result = createTransferReceiver().push(corrupt(sender.frameText(index), position, shift));
          expect(result.status).toBe('rejected');
          expect(caughtBy).toContain(result.status === 'rejected' && result.reason);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('decoding completes from the other frames after every source frame was read corrupted', () => {
    const receiver = createTransferReceiver();
    const random = uniform(3);
    for (let index = 0; index < sender.blockCount; index++) {
      const text = sender.frameText(index);
      const result = receiver.push(corrupt(text, Math.floor(random() * text.length), 1 + Math.floor(random() * 44)));
      expect(result).toMatchObject({ status: 'rejected' });
    }
    const run = receive(receiver, cameraReads(sender, 4, { start: sender.blockCount }));
    expect(run.last?.status).toBe('complete');
    expect(receiver.result()).toEqual(message);
  });
});

const wrap = (body: string) => `${FRAME_PREFIX}${body}${FRAME_SUFFIX}`;

describe('garbage and foreign texts', () => {
  test.each([
    ['empty', '', 'not-a-frame'],
    ['a URL', 'https://example.com/?q=1', 'not-a-frame'],
    ['a Wi-Fi QR code', 'WIFI:S:Workshop;T:WPA;P:matkhau;;', 'not-a-frame'],
    ['Vietnamese text', 'Xin chào', 'not-a-frame'],
    ['a frame cut by a reader that trims', sender.frameText(0).slice(0, -1), 'not-a-frame'],
    ['wrapped, not base45', wrap('Xin chào'), 'not-base45'],
    ['wrapped, a dangling character', wrap('BB8A'), 'not-base45'],
    // The empty string is base45 for no bytes, which the frame reader then finds too short.
    ['wrapped, nothing inside', wrap(''), 'too-short'],
    ['wrapped, valid base45 too short for a frame', wrap('BB8'), 'too-short'],
    ['wrapped, valid base45, not a frame', wrap(encodeBase45(new Uint8Array(621).fill(0x55))), 'unknown-format'],
  ])('%s is rejected', (_, text, reason) => {
    const receiver = createTransferReceiver();
    expect(receiver.push(text)).toEqual({ status: 'rejected', reason });
    expect(receiver.result()).toBeUndefined();
  });

  test('any string is rejected without throwing, and the receiver still decodes afterwards', () => {
    const receiver = createTransferReceiver();
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 1_000 })),
        (text) => {
          expect(receiver.push(text).status).toBe('rejected');
        },
      ),
      { numRuns: 100 },
    );
    expect(receive(receiver, cameraReads(sender, 5)).last?.status).toBe('complete');
    expect(receiver.result()).toEqual(message);
  });

  test('frames of another message are rejected once decoding has started', () => {
    const receiver = createTransferReceiver();
    receiver.push(sender.frameText(0));
    const other = createTransferSender(assessmentBytes(20, 99));
    expect(receiver.push(other.frameText(0))).toEqual({ status: 'rejected', reason: 'other-message' });
  });

  test.each([
    ['bytes that are not deflate (block type 3)', Uint8Array.of(0x07, 1, 2, 3)],
    ['a truncated deflate stream', deflateSync(message, { level: 9 }).subarray(0, 500)],
    ['an empty message', new Uint8Array(0)],
  ])('a complete message of %s is inflate-failed, never complete, and decoding starts over', (_, bytes) => {
    const frameText = wrap(encodeBase45(encodeMessage(bytes, { blockSize: 600 }).frame(0)));
    const receiver = createTransferReceiver();
    expect(receiver.push(frameText)).toEqual({ status: 'rejected', reason: 'inflate-failed' });
    expect(receiver.result()).toBeUndefined();
    expect(receiver.progress()).toBeUndefined();
    expect(receiver.push(frameText)).toEqual({ status: 'rejected', reason: 'inflate-failed' });
  });
});
