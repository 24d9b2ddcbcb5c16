/**
 * The security-by-level workbench's records on the device (issue 14): saved with the assessment's `updatedAt`,
 * validated on the way in and out, refused for an assessment that is not there, and written by the same
 * `RecordWriter` as answers and plans.
 */
import { beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { failureOf } from '../../tests/fixtures/storage-failure';
import { sampleSystemSecurity, sampleUnitSecurity } from '../exchange/sample-file.test-support';
import { emptySystemSecurity } from '../security-level/system-security-schema';
import { createAssessment, deleteAssessment, readAssessment } from './assessments';
import { db } from './db';
import {
  loadSystemSecurity,
  loadUnitSecurity,
  saveSystemSecurity,
  saveUnitSecurity,
  toSystemSecurityMap,
  toUnitSecurity,
} from './system-security';
import { createSystemSecurityWriter, createUnitSecurityWriter } from './system-security-writer';

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const OLD = '2020-01-01T00:00:00.000Z';
const newAssessment = () => createAssessment(buildProfile({ unitName: 'UBND xã Minh Châu' }));

test('records saved for an assessment load back by system, and move its last change', async () => {
  const assessment = await newAssessment();
  await db.assessments.update(assessment.id, { updatedAt: OLD });
  const portal = sampleSystemSecurity('cong-thong-tin');
  const oneStop = sampleSystemSecurity('mot-cua');
  await saveSystemSecurity(assessment.id, [portal, oneStop]);
  await saveUnitSecurity(assessment.id, sampleUnitSecurity());

  expect(await loadSystemSecurity(assessment.id)).toEqual(
    new Map([
      ['cong-thong-tin', portal],
      ['mot-cua', oneStop],
    ]),
  );
  expect(await loadUnitSecurity(assessment.id)).toEqual(sampleUnitSecurity());
  expect((await readAssessment(assessment.id))?.updatedAt).not.toBe(OLD);
  // Another assessment sees none of them.
  const other = await newAssessment();
  expect((await loadSystemSecurity(other.id)).size).toBe(0);
  expect(await loadUnitSecurity(other.id)).toBeUndefined();
});

test('saving a system again replaces its record; texts are trimmed as the forms do', async () => {
  const assessment = await newAssessment();
  await saveSystemSecurity(assessment.id, [sampleSystemSecurity('mot-cua')]);
  const edited = {
    ...sampleSystemSecurity('mot-cua'),
    classification: { ownerName: '  UBND xã Minh Châu  ' },
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  await saveSystemSecurity(assessment.id, [edited]);
  const loaded = await loadSystemSecurity(assessment.id);
  expect(loaded.size).toBe(1);
  expect(loaded.get('mot-cua')?.classification).toEqual({ ownerName: 'UBND xã Minh Châu' });
});

test('an invalid record is refused as "invalid" and nothing of the batch is written', async () => {
  const assessment = await newAssessment();
  const bad = { ...sampleSystemSecurity('sai'), dossier: [{ componentId: 'overview', status: 'finished' }] };
  const failure = await failureOf(saveSystemSecurity(assessment.id, [sampleSystemSecurity('mot-cua'), bad as never]));
  expect(failure).toBe('invalid');
  expect(await db.systemSecurity.count()).toBe(0);
  expect(await failureOf(saveUnitSecurity(assessment.id, { updatedAt: 'hôm nay' }))).toBe('invalid');
  expect(await db.unitSecurity.count()).toBe(0);
});

test('a record that repeats a dossier component, a requirement group or an incident is refused: no backup would take it', async () => {
  const assessment = await newAssessment();
  const record = sampleSystemSecurity('mot-cua');
  const repeats = [
    { ...record, dossier: [...record.dossier, record.dossier[0]!] },
    { ...record, baseline: [record.baseline[1]!, ...record.baseline] },
    { ...record, duties: { incidents: [record.duties.incidents![0]!, record.duties.incidents![0]!] } },
  ];
  for (const repeated of repeats) {
    expect(await failureOf(saveSystemSecurity(assessment.id, [repeated]))).toBe('invalid');
  }
  expect(await db.systemSecurity.count()).toBe(0);
});

test('records for an assessment that is missing or deleted are refused, writing nothing', async () => {
  expect(await failureOf(saveSystemSecurity('khong-co', [sampleSystemSecurity()]))).toBe('invalid');
  expect(await failureOf(saveUnitSecurity('khong-co', sampleUnitSecurity()))).toBe('invalid');
  const assessment = await newAssessment();
  await deleteAssessment(assessment.id);
  expect(await failureOf(saveSystemSecurity(assessment.id, [sampleSystemSecurity()]))).toBe('invalid');
  expect(await failureOf(saveUnitSecurity(assessment.id, sampleUnitSecurity()))).toBe('invalid');
  expect(await db.systemSecurity.count()).toBe(0);
  expect(await db.unitSecurity.count()).toBe(0);
});

test('stored records that no longer pass validation are left out when read, not thrown', () => {
  const record = { ...sampleSystemSecurity('mot-cua'), assessmentId: 'a', revision: 4, writer: 'tab-x' };
  const broken = { ...sampleSystemSecurity('hong'), assessmentId: 'a', duties: { lastInspectedOn: '31/12/2025' } };
  expect([...toSystemSecurityMap([record, broken]).keys()]).toEqual(['mot-cua']);
  expect(toSystemSecurityMap([record]).get('mot-cua')).toEqual(sampleSystemSecurity('mot-cua'));
  expect(toUnitSecurity({ ...sampleUnitSecurity(), assessmentId: 'a', revision: 2 })).toEqual(sampleUnitSecurity());
  expect(toUnitSecurity({ assessmentId: 'a', updatedAt: 'không phải ngày' })).toBeUndefined();
  expect(toUnitSecurity(undefined)).toBeUndefined();
});

test('the writers store the latest edit of each system and of the unit record on flush', async () => {
  const assessment = await newAssessment();
  const writer = createSystemSecurityWriter(assessment.id, undefined);
  const first = emptySystemSecurity('mot-cua', '2026-12-03T01:00:00.000Z');
  writer.edit('mot-cua', { ...first, classification: { userCount: 100 } });
  writer.edit('mot-cua', { ...first, classification: { userCount: 12000 } });
  writer.edit('cong-thong-tin', emptySystemSecurity('cong-thong-tin', '2026-12-03T01:00:00.000Z'));
  expect(await writer.flush()).toEqual({ ok: true });
  const stored = await loadSystemSecurity(assessment.id);
  expect(stored.get('mot-cua')?.classification).toEqual({ userCount: 12000 });
  expect(stored.has('cong-thong-tin')).toBe(true);

  const unitWriter = createUnitSecurityWriter(assessment.id, undefined);
  unitWriter.edit('unit', { rulesDecisionNumber: '45/QĐ-UBND', updatedAt: '2026-12-03T01:00:00.000Z' });
  expect(await unitWriter.flush()).toEqual({ ok: true });
  expect((await loadUnitSecurity(assessment.id))?.rulesDecisionNumber).toBe('45/QĐ-UBND');
});

test('a writer whose assessment was deleted keeps the edit unsaved and says why', async () => {
  const assessment = await newAssessment();
  const writer = createSystemSecurityWriter(assessment.id, undefined);
  await deleteAssessment(assessment.id);
  writer.edit('mot-cua', emptySystemSecurity('mot-cua', '2026-12-03T01:00:00.000Z'));
  const result = await writer.flush();
  expect(result).toEqual({ ok: false, failure: 'invalid' });
  expect(writer.hasUnsavedEdits()).toBe(true);
  expect(writer.getStatus()).toMatchObject({ kind: 'failed', failure: 'invalid' });
  expect(await db.systemSecurity.count()).toBe(0);
});
