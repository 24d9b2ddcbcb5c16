/**
 * The security-by-level workbench's records travel with their assessment (issue 14): in exports and backups, on
 * import (in the same transaction as the answers), when an import replaces or keeps both, on undo, on a copy for the
 * next period, and when an assessment is deleted and purged.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { choice } from '../../tests/fixtures/answers';
import { dumpDatabase } from '../../tests/fixtures/dump-database';
import { buildProfile } from '../../tests/fixtures/profile';
import { failureOf } from '../../tests/fixtures/storage-failure';
import type { AssessmentFile } from '../exchange/file-format';
import { parseAssessmentFile } from '../exchange/parse-file';
import { sampleSystemSecurity, sampleUnitSecurity } from '../exchange/sample-file.test-support';
import { serializeAssessmentFile, utf8Length } from '../exchange/serialize';
import type { Answer, InformationSystem } from '../questionnaire/answer-schema';
import { INVENTORY_QUESTION_ID } from '../security-level/inventory';
import { saveAnswers } from './answers';
import {
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  purgeDeletedAssessments,
  undoDeleteAssessment,
} from './assessments';
import { db } from './db';
import { exportAssessments, importFile, previewImport, undoImport } from './exchange';
import { markExported, readExportStatus } from './export-status';
import { loadSystemSecurity, loadUnitSecurity, saveSystemSecurity, saveUnitSecurity } from './system-security';

function setClock(iso: string) {
  vi.setSystemTime(new Date(iso));
}

function parse(text: string): AssessmentFile {
  const result = parseAssessmentFile(text, utf8Length(text));
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.file;
}

const row = (id: string, name: string): InformationSystem => ({
  id,
  name,
  role: 'owner',
  systemType: 'citizen-services',
});

function inventory(...rows: InformationSystem[]): Answer {
  return {
    questionId: INVENTORY_QUESTION_ID,
    response: { kind: 'value', value: { type: 'system-inventory', systems: rows } },
    updatedAt: new Date().toISOString(),
  };
}

/** A commune with two systems in its inventory, a record for each, a record for a row since removed, its own. */
async function seedWorkbench() {
  setClock('2026-09-01T08:00:00.000Z');
  const assessment = await createAssessment(
    buildProfile({ unitName: 'UBND xã Minh Châu', unitType: 'commune-committee', communeName: 'Xã Minh Châu' }),
  );
  await saveAnswers(assessment.id, {
    saved: [
      inventory(row('mot-cua', 'Hệ thống một cửa điện tử'), row('cong-thong-tin', 'Cổng thông tin điện tử xã')),
      { ...choice('security-drills', 'partly'), updatedAt: new Date().toISOString() },
    ],
    clearedQuestionIds: [],
  });
  setClock('2026-09-02T08:00:00.000Z');
  const records = [
    sampleSystemSecurity('mot-cua', { updatedAt: '2026-09-02T08:00:00.000Z' }),
    sampleSystemSecurity('cong-thong-tin', { updatedAt: '2026-09-02T08:00:00.000Z' }),
    // The row was removed from the inventory; the unit may add it back, so the record stays and travels.
    sampleSystemSecurity('may-chu-cu', { updatedAt: '2026-09-02T08:00:00.000Z' }),
  ];
  await saveSystemSecurity(assessment.id, records);
  await saveUnitSecurity(assessment.id, sampleUnitSecurity());
  setClock('2026-09-05T08:00:00.000Z');
  return { assessment, records };
}

const systemIds = async (assessmentId: string) => [...(await loadSystemSecurity(assessmentId)).keys()].sort();

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  if (!db.isOpen()) await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  vi.useRealTimers();
});

test('an export holds every workbench record, sorted by system, and reads back', async () => {
  const { assessment, records } = await seedWorkbench();
  const { file, text } = await exportAssessments([assessment.id]);
  const [entry] = file.assessments;
  expect(entry?.systemSecurity?.map((record) => record.systemId)).toEqual(['cong-thong-tin', 'may-chu-cu', 'mot-cua']);
  expect(entry?.systemSecurity?.find((record) => record.systemId === 'mot-cua')).toEqual(records[0]);
  expect(entry?.unitSecurity).toEqual(sampleUnitSecurity());
  expect(serializeAssessmentFile(parse(text))).toBe(text);
});

test('export, import on an empty device, export again: byte-identical, records included', async () => {
  const { assessment } = await seedWorkbench();
  const first = await exportAssessments('all');
  await Promise.all(db.tables.map((table) => table.clear()));

  const result = await importFile(parse(first.text), 'keep-both');

  expect(result.entries).toEqual([{ action: 'added', id: assessment.id }]);
  expect(await systemIds(assessment.id)).toEqual(['cong-thong-tin', 'may-chu-cu', 'mot-cua']);
  expect(await loadUnitSecurity(assessment.id)).toEqual(sampleUnitSecurity());
  const second = await exportAssessments('all');
  expect(second.text.replace(/"exportedAt": "[^"]+"/, '')).toBe(first.text.replace(/"exportedAt": "[^"]+"/, ''));
});

test('re-importing an export at once is identical; one that differs only in the workbench is a conflict', async () => {
  const { assessment } = await seedWorkbench();
  const file = parse((await exportAssessments([assessment.id])).text);
  expect((await previewImport(file)).entries.map((entry) => entry.status)).toEqual(['identical']);

  setClock('2026-09-10T08:00:00.000Z');
  await saveSystemSecurity(assessment.id, [
    sampleSystemSecurity('mot-cua', { duties: { lastInspectedOn: '2026-09-09' }, updatedAt: new Date().toISOString() }),
  ]);
  expect((await previewImport(file)).entries.map((entry) => entry.status)).toEqual(['conflict']);
});

test('replace puts the file’s records in place and sets the device’s aside; undo brings them back exactly', async () => {
  const { assessment } = await seedWorkbench();
  const file = parse((await exportAssessments([assessment.id])).text);
  setClock('2026-09-10T08:00:00.000Z');
  const here = sampleSystemSecurity('mot-cua', {
    duties: { lastInspectedOn: '2026-09-09' },
    updatedAt: new Date().toISOString(),
  });
  await saveSystemSecurity(assessment.id, [here, sampleSystemSecurity('moi-them')]);
  await saveUnitSecurity(assessment.id, { rulesDecisionNumber: '99/QĐ-UBND', updatedAt: new Date().toISOString() });
  const before = await dumpDatabase();

  const result = await importFile(file, 'replace');

  expect(result.entries).toMatchObject([{ action: 'replaced', id: assessment.id }]);
  expect(await systemIds(assessment.id)).toEqual(['cong-thong-tin', 'may-chu-cu', 'mot-cua']);
  expect((await loadSystemSecurity(assessment.id)).get('mot-cua')?.duties.lastInspectedOn).toBe('2025-11-20');
  expect(await loadUnitSecurity(assessment.id)).toEqual(sampleUnitSecurity());
  const parkedId = result.entries[0]?.action === 'replaced' ? result.entries[0].parked.id : '';
  expect(await systemIds(parkedId)).toEqual(['cong-thong-tin', 'may-chu-cu', 'moi-them', 'mot-cua']);
  expect((await loadUnitSecurity(parkedId))?.rulesDecisionNumber).toBe('99/QĐ-UBND');

  await undoImport(result);
  expect(await dumpDatabase()).toBe(before);
});

test('keep both gives the imported copy its own records; the ones here are untouched', async () => {
  const { assessment } = await seedWorkbench();
  const file = parse((await exportAssessments([assessment.id])).text);
  setClock('2026-09-10T08:00:00.000Z');
  await saveUnitSecurity(assessment.id, { rulesDecisionNumber: '99/QĐ-UBND', updatedAt: new Date().toISOString() });

  const result = await importFile(file, 'keep-both');

  const copyId = result.entries[0]?.id ?? '';
  expect(copyId).not.toBe(assessment.id);
  expect(await systemIds(copyId)).toEqual(['cong-thong-tin', 'may-chu-cu', 'mot-cua']);
  expect(await loadUnitSecurity(copyId)).toEqual(sampleUnitSecurity());
  expect((await loadUnitSecurity(assessment.id))?.rulesDecisionNumber).toBe('99/QĐ-UBND');
  await undoImport(result);
  expect((await loadSystemSecurity(copyId)).size).toBe(0);
  expect(await loadUnitSecurity(copyId)).toBeUndefined();
});

test('an import that fails after writing an entry’s records writes nothing at all', async () => {
  const { assessment } = await seedWorkbench();
  const other = await createAssessment(buildProfile({ unitName: 'UBND phường Hòa Bình' }));
  const file = parse((await exportAssessments('all')).text);
  setClock('2026-09-10T08:00:00.000Z');
  await saveUnitSecurity(assessment.id, { rulesDecisionNumber: '99/QĐ-UBND', updatedAt: new Date().toISOString() });
  await saveUnitSecurity(other.id, { rulesDecisionNumber: '98/QĐ-UBND', updatedAt: new Date().toISOString() });
  const before = await dumpDatabase();
  let calls = 0;

  const failing = importFile(file, 'keep-both', {
    titleForCopy: () => {
      calls += 1;
      if (calls === 2) throw new Error('disk full, say');
      return 'Bản nhập';
    },
  });

  expect(await failureOf(failing)).toBe('unknown');
  expect(calls).toBe(2);
  expect(await dumpDatabase()).toBe(before);
});

test('a version 2 file imports with no workbench records', async () => {
  const { assessment } = await seedWorkbench();
  const exported = JSON.parse((await exportAssessments([assessment.id])).text) as Record<string, unknown> & {
    assessments: Record<string, unknown>[];
  };
  exported.formatVersion = 2;
  for (const entry of exported.assessments) {
    delete entry.systemSecurity;
    delete entry.unitSecurity;
  }
  await Promise.all(db.tables.map((table) => table.clear()));

  await importFile(parse(JSON.stringify(exported)), 'keep-both');

  expect(await db.assessments.count()).toBe(1);
  expect(await db.systemSecurity.count()).toBe(0);
  expect(await db.unitSecurity.count()).toBe(0);
});

test('a copy for the next period takes the workbench records along', async () => {
  const { assessment, records } = await seedWorkbench();
  const copy = await duplicateAssessment(assessment.id);
  expect(await loadSystemSecurity(copy.id)).toEqual(await loadSystemSecurity(assessment.id));
  expect(await loadUnitSecurity(copy.id)).toEqual(sampleUnitSecurity());
  // Each its own: editing the copy's record leaves the original's.
  await saveSystemSecurity(copy.id, [{ ...records[0]!, duties: {} }]);
  expect((await loadSystemSecurity(assessment.id)).get('mot-cua')).toEqual(records[0]);
});

test('a deleted assessment keeps its records until undo or purge; the purge removes them with the answers', async () => {
  const { assessment } = await seedWorkbench();
  const kept = await createAssessment(buildProfile({ unitName: 'UBND phường Hòa Bình' }));
  await saveUnitSecurity(kept.id, sampleUnitSecurity());

  await deleteAssessment(assessment.id);
  await undoDeleteAssessment(assessment.id);
  expect(await systemIds(assessment.id)).toEqual(['cong-thong-tin', 'may-chu-cu', 'mot-cua']);

  await deleteAssessment(assessment.id);
  expect(await purgeDeletedAssessments()).toBe(1);
  expect(await db.systemSecurity.where('assessmentId').equals(assessment.id).count()).toBe(0);
  expect(await db.unitSecurity.get(assessment.id)).toBeUndefined();
  expect(await db.answers.where('assessmentId').equals(assessment.id).count()).toBe(0);
  expect(await loadUnitSecurity(kept.id)).toEqual(sampleUnitSecurity());
});

test('workbench records changed since the last export count toward the backup reminder', async () => {
  const { assessment } = await seedWorkbench();
  await markExported([assessment.id], '2026-10-10T08:00:00.000Z');
  expect((await readExportStatus())[0]?.changesSinceExport).toBe(0);

  setClock('2026-10-11T08:00:00.000Z');
  await saveSystemSecurity(assessment.id, [
    sampleSystemSecurity('mot-cua', { updatedAt: '2026-10-11T08:00:00.000Z' }),
    sampleSystemSecurity('cong-thong-tin', { updatedAt: '2026-10-11T08:00:00.000Z' }),
  ]);
  await saveUnitSecurity(assessment.id, { ...sampleUnitSecurity(), updatedAt: '2026-10-11T08:00:00.000Z' });
  expect((await readExportStatus())[0]?.changesSinceExport).toBe(3);
});
