/**
 * Format version 3: the security-by-level workbench's records in the assessment file (issue 14). Written, sorted and
 * read back like the answers; refused with the path of what is wrong; absent from older files.
 */
import { FORMAT_VERSION, MAX_SYSTEM_SECURITY_PER_ASSESSMENT, withoutSecurityRecords } from './file-format';
import { parseAssessmentFile, type ParseFileResult } from './parse-file';
import {
  sampleEntry,
  sampleEntryWithSecurity,
  sampleFile,
  sampleSystemSecurity,
  sampleUnitSecurity,
} from './sample-file.test-support';
import { serializeAssessmentFile, serializeEntry, utf8Length } from './serialize';

type LooseFile = Record<string, unknown> & { assessments: Record<string, unknown>[] };

function parse(text: string): ParseFileResult {
  return parseAssessmentFile(text, utf8Length(text));
}

function parsed(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result;
}

const textWithRecords = () => serializeAssessmentFile(sampleFile([sampleEntryWithSecurity()]));

function edited(edit: (file: LooseFile) => void, text = textWithRecords()): string {
  const file = JSON.parse(text) as LooseFile;
  edit(file);
  return JSON.stringify(file, null, 2);
}

function records(file: LooseFile) {
  return (file.assessments[0] as { systemSecurity: Record<string, unknown>[] }).systemSecurity;
}

test('the workbench records are written in the entry, after the plan items, and read back unchanged', () => {
  const text = textWithRecords();
  expect(FORMAT_VERSION).toBe(3);
  expect(text).toContain('"formatVersion": 3,');
  expect(text.indexOf('"planItems"')).toBeLessThan(text.indexOf('"systemSecurity"'));
  expect(text.indexOf('"systemSecurity"')).toBeLessThan(text.indexOf('"unitSecurity"'));
  const entry = parsed(text).file.assessments[0]!;
  expect(entry.systemSecurity).toEqual([sampleSystemSecurity()]);
  expect(entry.unitSecurity).toEqual(sampleUnitSecurity());
});

test('export, import, export with workbench records gives the same bytes', () => {
  const text = textWithRecords();
  const again = serializeAssessmentFile(parsed(text).file);
  expect(again).toBe(text);
  expect(serializeAssessmentFile(parsed(again).file)).toBe(text);
});

test('records are sorted by system id, dossier items by component, baseline checks by group, whatever the input', () => {
  const first = sampleSystemSecurity('a-cong-thong-tin');
  const second = sampleSystemSecurity('mot-cua');
  const shuffled = {
    ...sampleEntryWithSecurity(),
    systemSecurity: [second, first].map((record) => ({
      ...record,
      dossier: [...record.dossier].reverse(),
      baseline: [...record.baseline].reverse(),
    })),
  };
  const text = serializeAssessmentFile(sampleFile([shuffled]));
  const entry = parsed(text).file.assessments[0]!;
  expect(entry.systemSecurity?.map((record) => record.systemId)).toEqual(['a-cong-thong-tin', 'mot-cua']);
  expect(entry.systemSecurity?.[0]?.dossier.map((item) => item.componentId)).toEqual(['overview', 'security-plan']);
  expect(entry.systemSecurity?.[0]?.baseline.map((check) => check.groupId)).toEqual(['access-control', 'backup']);
  expect(text).toBe(
    serializeAssessmentFile(sampleFile([{ ...sampleEntryWithSecurity(), systemSecurity: [first, second] }])),
  );
});

test('an entry without workbench records is written with an empty list and no unit record', () => {
  const text = serializeAssessmentFile(sampleFile([sampleEntry()]));
  expect(text).toContain('"systemSecurity": []');
  expect(text).not.toContain('"unitSecurity"');
  expect(parsed(text).file.assessments[0]?.systemSecurity).toEqual([]);
});

test('a record for a system no longer in the inventory is kept', () => {
  const entry = { ...sampleEntry(), systemSecurity: [sampleSystemSecurity('he-thong-da-xoa')] };
  const result = parsed(serializeAssessmentFile(sampleFile([entry])));
  expect(result.file.assessments[0]?.systemSecurity?.map((record) => record.systemId)).toEqual(['he-thong-da-xoa']);
  expect(result.warnings).toEqual([]);
});

test('the entry text tells records apart, and no records reads as in format 2 (the collection digests it)', () => {
  const plain = sampleEntry();
  expect(serializeEntry(plain)).not.toContain('systemSecurity');
  expect(serializeEntry({ ...plain, systemSecurity: [] })).toBe(serializeEntry(plain));
  expect(serializeEntry(sampleEntryWithSecurity())).not.toBe(serializeEntry(plain));
  const changed = sampleSystemSecurity('mot-cua', { duties: { lastInspectedOn: '2026-11-01' } });
  expect(serializeEntry({ ...sampleEntryWithSecurity(), systemSecurity: [changed] })).not.toBe(
    serializeEntry(sampleEntryWithSecurity()),
  );
  expect(serializeEntry(withoutSecurityRecords(sampleEntryWithSecurity()))).toBe(serializeEntry(plain));
});

test.each<[string, (file: LooseFile) => void, string, string]>([
  [
    'an unknown dossier status',
    (file) => {
      (records(file)[0]!.dossier as Record<string, unknown>[])[0]!.status = 'finished';
    },
    'assessments[0].systemSecurity[0].dossier[0].status',
    'invalid_value',
  ],
  [
    'an unknown key in a record',
    (file) => {
      records(file)[0]!.level = '3';
    },
    'assessments[0].systemSecurity[0].level',
    'unrecognized_keys',
  ],
  [
    'an unknown classification fact',
    (file) => {
      (records(file)[0]!.classification as Record<string, unknown>).secretLevel = 2;
    },
    'assessments[0].systemSecurity[0].classification.secretLevel',
    'unrecognized_keys',
  ],
  [
    'a user count given as text',
    (file) => {
      (records(file)[0]!.classification as Record<string, unknown>).userCount = '12000';
    },
    'assessments[0].systemSecurity[0].classification.userCount',
    'invalid_type',
  ],
  [
    'a date in the wrong form',
    (file) => {
      (records(file)[0]!.duties as Record<string, unknown>).lastInspectedOn = '20/11/2025';
    },
    'assessments[0].systemSecurity[0].duties.lastInspectedOn',
    'invalid_format',
  ],
  [
    'a record without its system',
    (file) => {
      delete records(file)[0]!.systemId;
    },
    'assessments[0].systemSecurity[0].systemId',
    'invalid_type',
  ],
  [
    'two records of one system',
    (file) => {
      records(file).push(records(file)[0]!);
    },
    'assessments[0].systemSecurity[1].systemId',
    'duplicate',
  ],
  [
    'two dossier items of one component',
    (file) => {
      const dossier = records(file)[0]!.dossier as unknown[];
      dossier.push(dossier[0]);
    },
    'assessments[0].systemSecurity[0].dossier[2].componentId',
    'duplicate',
  ],
  [
    'two checks of one requirement group',
    (file) => {
      const baseline = records(file)[0]!.baseline as unknown[];
      baseline.push(baseline[1]);
    },
    'assessments[0].systemSecurity[0].baseline[2].groupId',
    'duplicate',
  ],
  [
    'two incidents with one id',
    (file) => {
      const incidents = (records(file)[0]!.duties as { incidents: unknown[] }).incidents;
      incidents.push(incidents[0]);
    },
    'assessments[0].systemSecurity[0].duties.incidents[1].id',
    'duplicate',
  ],
  [
    'more records than the inventory can have rows',
    (file) => {
      const [record] = records(file);
      (file.assessments[0] as { systemSecurity: unknown[] }).systemSecurity = Array.from(
        { length: MAX_SYSTEM_SECURITY_PER_ASSESSMENT + 1 },
        (_, index) => ({ ...record, systemId: `he-thong-${String(index).padStart(3, '0')}` }),
      );
    },
    'assessments[0].systemSecurity',
    'too_big',
  ],
  [
    'an unknown key in the unit record',
    (file) => {
      (file.assessments[0]!.unitSecurity as Record<string, unknown>).approvedBy = 'Chủ tịch';
    },
    'assessments[0].unitSecurity.approvedBy',
    'unrecognized_keys',
  ],
  [
    'a unit record without its time',
    (file) => {
      delete (file.assessments[0]!.unitSecurity as Record<string, unknown>).updatedAt;
    },
    'assessments[0].unitSecurity.updatedAt',
    'invalid_type',
  ],
])('%s is "invalid" at its path', (_name, edit, path, issue) => {
  const result = parse(edited(edit));
  expect(result.ok ? undefined : result.error).toEqual({ code: 'invalid', params: { path, issue } });
});

const versionTwoText = () =>
  edited(
    (file) => {
      file.formatVersion = 2;
      for (const entry of file.assessments) delete entry.systemSecurity;
    },
    serializeAssessmentFile(sampleFile([sampleEntry()])),
  );

test('a version 2 file reads with no workbench records, and is written again as version 3', () => {
  const result = parsed(versionTwoText());
  expect(result.warnings).toEqual([]);
  expect(result.file.formatVersion).toBe(3);
  expect(result.file.assessments[0]?.systemSecurity).toBeUndefined();
  expect(result.file.assessments[0]?.unitSecurity).toBeUndefined();
  expect(serializeAssessmentFile(result.file)).toBe(serializeAssessmentFile(sampleFile([sampleEntry()])));
});

test.each(['systemSecurity', 'unitSecurity'])('a version 2 file that holds "%s" is refused, not half read', (key) => {
  const text = edited((file) => {
    file.formatVersion = 2;
    if (key === 'systemSecurity') delete file.assessments[0]!.unitSecurity;
    else delete file.assessments[0]!.systemSecurity;
  });
  const result = parse(text);
  expect(result.ok ? undefined : result.error).toEqual({
    code: 'invalid',
    params: { path: `assessments[0].${key}`, issue: 'unrecognized_keys' },
  });
});

test('a version 3 file that leaves the list out reads as one without records', () => {
  const text = edited((file) => {
    delete file.assessments[0]!.systemSecurity;
    delete file.assessments[0]!.unitSecurity;
  });
  expect(parsed(text).file.assessments[0]?.systemSecurity).toBeUndefined();
});

test('a backup of 100 assessments with five systems each worked through the workbench stays under the size limit', () => {
  const evidence = 'Đã ban hành quy trình; nhật ký được lưu 12 tháng và kiểm tra hằng quý theo kế hoạch. '.repeat(2);
  const system = (id: string) =>
    sampleSystemSecurity(id, {
      dossier: Array.from({ length: 12 }, (_, index) => ({
        componentId: `thanh-phan-${index}`,
        status: 'in-progress' as const,
        owner: 'Phòng Văn hóa – Thông tin',
        documentNumber: '125/KH-UBND',
        documentDate: '2026-03-02',
        note: evidence,
      })),
      baseline: Array.from({ length: 30 }, (_, index) => ({
        groupId: `nhom-${index}`,
        status: 'partly' as const,
        evidence,
        owner: 'Công chức phụ trách CNTT',
        dueOn: '2026-12-31',
      })),
    });
  const entries = Array.from({ length: 100 }, (_, index) => ({
    ...sampleEntry(`assessment-${index}`),
    systemSecurity: ['a', 'b', 'c', 'd', 'e'].map((letter) => system(`he-thong-${letter}`)),
    unitSecurity: sampleUnitSecurity(),
  }));
  const megabytes = utf8Length(serializeAssessmentFile(sampleFile(entries, 'backup'))) / (1024 * 1024);
  // About 10 MB (20 KB per system): the figure docs/file-format.md gives.
  expect(megabytes).toBeGreaterThan(8);
  expect(megabytes).toBeLessThan(12);
});
