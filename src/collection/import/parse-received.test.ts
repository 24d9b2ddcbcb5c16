import { digestEntry } from '../digest';
import { sampleEntry, sampleEntryWithSecurity, sampleFile } from '../../exchange/sample-file.test-support';
import { serializeAssessmentFile } from '../../exchange/serialize';
import { parseReceivedFile } from './parse-received';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const RECEIVED_AT = '2026-12-01T08:00:00.000Z';

test('a version 3 file is received without its workbench records, with the digest of its answers alone', async () => {
  const withRecords = serializeAssessmentFile(sampleFile([sampleEntryWithSecurity()]));
  const without = serializeAssessmentFile(sampleFile([sampleEntry()]));

  const [received, plain] = await Promise.all([
    parseReceivedFile(0, 'mot-cua.json', bytesOf(withRecords), RECEIVED_AT, digestEntry),
    parseReceivedFile(1, 'ban-cu.json', bytesOf(without), RECEIVED_AT, digestEntry),
  ]);

  if (!received.ok || !plain.ok) throw new Error('expected both files to be read');
  const [item] = received.items;
  expect(item?.entry).toEqual(plain.items[0]?.entry);
  expect(item?.entry.answers).toHaveLength(sampleEntry().answers.length);
  expect(item?.entry).not.toHaveProperty('systemSecurity');
  expect(item?.entry).not.toHaveProperty('unitSecurity');
  // The same answers with or without workbench records are the same copy for the collection.
  expect(item?.receipt.digest).toBe(plain.items[0]?.receipt.digest);
});
