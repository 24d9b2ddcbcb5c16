import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../exchange/file-format';
import {
  cleanPath,
  gatherFiles,
  limitName,
  MAX_NAME_LENGTH,
  sourcesFromDrop,
  sourcesFromFiles,
  unzipInThread,
  type DropItems,
} from './gather-files';

const file = (name: string, text = '{}', type = 'application/json') => new File([text], name, { type });
const text = async (read: () => Promise<ArrayBuffer>) => new TextDecoder().decode(await read());

describe('gatherFiles', () => {
  test('keeps JSON files, skips others (not as errors), refuses files over the size limit', async () => {
    const big = file('big.json');
    Object.defineProperty(big, 'size', { value: MAX_FILE_BYTES + 1 });
    const gathered = await gatherFiles(
      sourcesFromFiles([file('a.json', '{"a":1}'), file('notes.docx', 'x', ''), file('B.JSON'), big]),
    );
    expect(gathered.candidates.map((candidate) => candidate.name)).toEqual(['a.json', 'B.JSON']);
    expect(await text(gathered.candidates[0]!.read)).toBe('{"a":1}');
    expect(gathered.skipped).toEqual([{ name: 'notes.docx', reason: 'not-json' }]);
    expect(gathered.rejected).toEqual([
      { name: 'big.json', error: { code: 'too-large', params: { maxMegabytes: 20 } } },
    ]);
  });

  test('a folder picked with webkitdirectory is named by the paths in it; system files are skipped', async () => {
    const inFolder = (path: string) => {
      const picked = file(path.split('/').pop()!);
      Object.defineProperty(picked, 'webkitRelativePath', { value: path });
      return picked;
    };
    const gathered = await gatherFiles(
      sourcesFromFiles([inFolder('units/north/a.json'), inFolder('units/.DS_Store'), inFolder('units/._a.json')]),
    );
    expect(gathered.candidates.map((candidate) => candidate.name)).toEqual(['units/north/a.json']);
    expect(gathered.skipped.map((skipped) => skipped.reason)).toEqual(['system-file', 'system-file']);
  });

  test('a ZIP gives its JSON files, nested folders included, named after the ZIP', async () => {
    const zip = zipSync({
      'inner/sub/one.json': strToU8('{"one":1}'),
      'two.json': [strToU8('{"two":2}'), { level: 0 }],
      'readme.txt': strToU8('hello'),
      '__MACOSX/inner/._one.json': strToU8('x'),
    });
    const gathered = await gatherFiles([{ name: 'province.zip', file: new File([zip], 'province.zip') }]);
    expect(gathered.candidates.map((candidate) => candidate.name)).toEqual([
      'province.zip/inner/sub/one.json',
      'province.zip/two.json',
    ]);
    expect(await text(gathered.candidates[0]!.read)).toBe('{"one":1}');
    expect(await text(gathered.candidates[1]!.read)).toBe('{"two":2}');
    expect(gathered.skipped).toEqual([
      { name: 'province.zip/readme.txt', reason: 'not-json' },
      { name: 'province.zip/__MACOSX/inner/._one.json', reason: 'system-file' },
    ]);
    expect(gathered.rejected).toEqual([]);
  });

  test('a broken ZIP is refused with a reason, and the other files still come through', async () => {
    const gathered = await gatherFiles([
      { name: 'broken.zip', file: new File(['not a zip at all'], 'broken.zip') },
      { name: 'a.json', file: file('a.json') },
    ]);
    expect(gathered.rejected).toEqual([{ name: 'broken.zip', error: { code: 'zip-unreadable', params: {} } }]);
    expect(gathered.candidates.map((candidate) => candidate.name)).toEqual(['a.json']);
  });
});

/** Sets every entry's uncompressed size, in the local and central headers, to 1 byte: a bomb's usual lie. */
function lieAboutSizes(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 4 <= zip.length; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, 1, true);
    else if (signature === 0x02014b50) view.setUint32(offset + 24, 1, true);
  }
}

describe('zip bombs', () => {
  test('more unpacked bytes than allowed: the whole ZIP is refused, whatever its headers say', () => {
    // 15 MiB of zeros compresses to about 15 KiB; the headers claim 1 byte each.
    const zeros = new Uint8Array(15 * 1024 * 1024);
    const zip = zipSync({ 'a.json': zeros, 'b.json': zeros, 'c.json': zeros }, { level: 9 });
    lieAboutSizes(zip);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const result = unzipInThread(zip, { maxTotalBytes: 40 * 1024 * 1024, maxEntries: 100 });
    expect(result.error).toEqual({ code: 'zip-too-large', params: { maxMegabytes: 40 } });
    expect(result.files).toEqual([]);
  });

  test('one entry over the file limit is refused alone, stopped while it inflates', () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1024);
    const zip = zipSync({ 'huge.json': huge, 'ok.json': strToU8('{}') }, { level: 9 });
    lieAboutSizes(zip);
    const result = unzipInThread(zip);
    expect(result.error).toBeUndefined();
    expect(result.rejected).toEqual([
      { name: 'huge.json', error: { code: 'too-large', params: { maxMegabytes: 20 } } },
    ]);
    expect(result.files.map((entry) => entry.name)).toEqual(['ok.json']);
  });

  test('too many entries: refused with the limit', () => {
    const entries = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`f${index}.json`, strToU8('{}')]));
    const result = unzipInThread(zipSync(entries), { maxTotalBytes: 1024 * 1024, maxEntries: 20 });
    expect(result.error).toEqual({ code: 'zip-too-many-files', params: { max: 20 } });
  });

  test('the limits hold across all the ZIP files of one import', async () => {
    const entries = Object.fromEntries(Array.from({ length: 15 }, (_, index) => [`f${index}.json`, strToU8('{}')]));
    const zip = zipSync(entries);
    const gathered = await gatherFiles(
      [
        { name: 'one.zip', file: new File([zip], 'one.zip') },
        { name: 'two.zip', file: new File([zip], 'two.zip') },
      ],
      { limits: { maxEntries: 20, maxTotalBytes: 1024 * 1024 } },
    );
    expect(gathered.candidates).toHaveLength(15);
    expect(gathered.rejected).toEqual([{ name: 'two.zip', error: { code: 'zip-too-many-files', params: { max: 5 } } }]);
  });
});

describe('drops', () => {
  type Node = { name: string; children?: Node[]; text?: string };
  /** A stand-in for the File and Directory Entries API; readEntries gives two entries per call, as browsers page. */
  function entryOf(node: Node): unknown {
    if (node.children === undefined) {
      return {
        isFile: true,
        isDirectory: false,
        name: node.name,
        file: (ok: (f: File) => void) => ok(file(node.name, node.text)),
      };
    }
    const children = node.children;
    return {
      isFile: false,
      isDirectory: true,
      name: node.name,
      createReader: () => {
        let offset = 0;
        return {
          readEntries: (ok: (entries: unknown[]) => void) => {
            const page = children.slice(offset, offset + 2).map(entryOf);
            offset += 2;
            setTimeout(() => ok(page), 0);
          },
        };
      },
    };
  }
  const items = (nodes: Node[], plain: File[] = []): DropItems => {
    const list = [
      ...nodes.map((node) => ({ kind: 'file', getAsFile: () => null, webkitGetAsEntry: () => entryOf(node) as never })),
      ...plain.map((dropped) => ({ kind: 'file', getAsFile: () => dropped })),
      { kind: 'string', getAsFile: () => null },
    ];
    return Object.assign(list, { length: list.length });
  };

  test('folders are read recursively (every page of entries), plain files as they are', async () => {
    const sources = await sourcesFromDrop(
      items(
        [
          {
            name: 'units',
            children: [
              { name: 'c.json' },
              { name: 'a.json' },
              { name: 'north', children: [{ name: 'x.json' }, { name: 'deep', children: [{ name: 'y.json' }] }] },
              { name: 'b.txt' },
            ],
          },
          { name: 'single.json' },
        ],
        [file('legacy.json')],
      ),
    );
    expect(sources.map((source) => source.name)).toEqual([
      'units/a.json',
      'units/b.txt',
      'units/c.json',
      'units/north/deep/y.json',
      'units/north/x.json',
      'single.json',
      'legacy.json',
    ]);
  });
});

test('names: cleaned, and limited to the receipt length keeping the end', () => {
  expect(cleanPath('/a\\b/./c.json')).toBe('a/b/c.json');
  const long = `${'x/'.repeat(400)}file.json`;
  expect(limitName(long)).toHaveLength(MAX_NAME_LENGTH);
  expect(limitName(long).endsWith('/file.json')).toBe(true);
});
