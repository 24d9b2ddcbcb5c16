import { writeInSlices } from './chunks';
import { csvValue, tableToCsvText, writeCsvBlob } from './csv-blob';

describe('csvValue', () => {
  test('texts as every CSV of the app writes them; numbers plain; empty for nothing', () => {
    expect(csvValue('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvValue('a, b')).toBe('"a, b"');
    expect(csvValue('Xa\u0303 Minh Châu')).toBe('Xã Minh Châu');
    expect(csvValue(87.5)).toBe('87.5');
    expect(csvValue(-1)).toBe('-1');
    expect(csvValue(undefined)).toBe('');
    expect(csvValue(Number.NaN)).toBe('');
  });
});

describe('writeCsvBlob', () => {
  const table = (count: number) => ({
    header: ['a', 'b'],
    rows: Array.from({ length: count }, (_, i) => [`Đơn vị ${i}`, i]),
  });

  test('the same bytes as the whole text at once: BOM, CRLF after every line', async () => {
    const blob = await writeCsvBlob(table(3));
    const text = await blob.text();
    expect(blob.type).toBe('text/csv;charset=utf-8');
    // Blob.text() drops the BOM; the bytes keep it.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe('a,b\r\nĐơn vị 0,0\r\nĐơn vị 1,1\r\nĐơn vị 2,2\r\n');
    expect(`\uFEFF${text}`).toBe(tableToCsvText(table(3)));
  });

  test('yields between slices and reports progress; a long table is never written in one go', async () => {
    let clock = 0;
    let yields = 0;
    const progress: number[] = [];
    // Every row "takes" 1 ms on the fake clock: a 25 ms slice holds the rows until the next clock check.
    const rows = {
      *[Symbol.iterator]() {
        for (let i = 0; i < 1_000; i += 1) {
          clock += 1;
          yield [i];
        }
      },
    };
    const blob = await writeCsvBlob(
      { header: ['n'], rows },
      {
        now: () => clock,
        yieldToEventLoop: () => {
          yields += 1;
          return Promise.resolve();
        },
        onProgress: (done) => progress.push(done),
      },
    );
    expect(yields).toBeGreaterThanOrEqual(15);
    expect(progress.at(-1)).toBe(1_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect((await blob.text()).split('\r\n')).toHaveLength(1_002);
  });

  test('an abort stops the work at the next slice', async () => {
    const controller = new AbortController();
    let clock = 0;
    const rows = {
      *[Symbol.iterator]() {
        for (let i = 0; ; i += 1) {
          clock += 1;
          yield [i];
        }
      },
    };
    const writing = writeInSlices(
      [{ header: [], rows }],
      { write: () => undefined },
      {
        now: () => clock,
        yieldToEventLoop: () => Promise.resolve(controller.abort(new Error('cancelled'))),
        signal: controller.signal,
      },
    );
    await expect(writing).rejects.toThrow('cancelled');
  });
});
