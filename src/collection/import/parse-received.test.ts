import { digestEntry } from '../digest';
import { receivedAssessmentSchema } from '../received-schema';
import { withoutSecurityRecords } from '../../exchange/file-format';
import { sampleEntry, sampleEntryWithSecurity, sampleFile } from '../../exchange/sample-file.test-support';
import { serializeAssessmentFile } from '../../exchange/serialize';
import { parseReceivedFile } from './parse-received';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const RECEIVED_AT = '2026-12-01T08:00:00.000Z';
const RECEIPT = {
  fileName: 'mot-cua.json',
  receivedAt: RECEIVED_AT,
  exportedAt: '2026-11-22T09:15:00.000Z',
  contentVersion: '2.0.0',
  digest: 'a'.repeat(64),
};

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

test('the collection refuses to keep an entry that still holds workbench records', () => {
  const entry = sampleEntryWithSecurity();
  const result = receivedAssessmentSchema.safeParse({ id: entry.assessment.id, entry, receipt: RECEIPT });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['entry'] });
  const kept = receivedAssessmentSchema.safeParse({
    id: entry.assessment.id,
    entry: withoutSecurityRecords(entry),
    receipt: RECEIPT,
  });
  expect(kept.success).toBe(true);
});
