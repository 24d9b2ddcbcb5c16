/**
 * Two screens, in two tabs, edit different parts of one system's record (the classification in one, the dossier in
 * the other), each from the copy it read when it opened: neither write may undo the other's.
 */
import { beforeEach, expect, test } from 'vitest';
import { buildProfile } from '../../tests/fixtures/profile';
import { sampleSystemSecurity } from '../exchange/sample-file.test-support';
import { createAssessment } from './assessments';
import { db } from './db';
import { loadSystemSecurity, saveSystemSecurity, saveSystemSecurityPart } from './system-security';
import { createSystemSecurityWriter } from './system-security-writer';

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

test('writing one part keeps the other parts as stored, not as the writer read them', async () => {
  const assessment = await createAssessment(buildProfile({ unitName: 'UBND xã Minh Châu' }));
  const opened = sampleSystemSecurity('mot-cua');
  await saveSystemSecurity(assessment.id, [opened]);

  // Tab 1 records the owner; tab 2, which read the record before that, marks a dossier item done.
  await saveSystemSecurityPart(assessment.id, 'classification', [
    { ...opened, classification: { ...opened.classification, ownerName: 'UBND tỉnh Phú Thọ' } },
  ]);
  await saveSystemSecurityPart(assessment.id, 'dossier', [
    { ...opened, dossier: [{ componentId: 'overview', status: 'done' }] },
  ]);

  const stored = (await loadSystemSecurity(assessment.id)).get('mot-cua');
  expect(stored?.classification.ownerName).toBe('UBND tỉnh Phú Thọ');
  expect(stored?.dossier).toEqual([{ componentId: 'overview', status: 'done' }]);
  expect(stored?.baseline).toEqual(opened.baseline);
});

test("a screen's writer with a part writes that part only, even given a stale copy of the rest", async () => {
  const assessment = await createAssessment(buildProfile({ unitName: 'UBND xã Minh Châu' }));
  const opened = sampleSystemSecurity('mot-cua');
  await saveSystemSecurity(assessment.id, [opened]);
  const dutiesWriter = createSystemSecurityWriter(assessment.id, opened, 'duties');
  await saveSystemSecurityPart(assessment.id, 'baseline', [
    { ...opened, baseline: [{ groupId: 'b-policy', status: 'met' }] },
  ]);

  dutiesWriter.edit('mot-cua', {
    ...opened,
    duties: { ...opened.duties, lastInspectedOn: '2026-11-20' },
    updatedAt: '2026-12-03T06:00:00.000Z',
  });
  expect(await dutiesWriter.flush()).toEqual({ ok: true });

  const stored = (await loadSystemSecurity(assessment.id)).get('mot-cua');
  expect(stored?.duties.lastInspectedOn).toBe('2026-11-20');
  expect(stored?.baseline).toEqual([{ groupId: 'b-policy', status: 'met' }]);
});

test('a part written for a system with no record yet creates the record from what was given', async () => {
  const assessment = await createAssessment(buildProfile({ unitName: 'UBND xã Minh Châu' }));
  const fresh = sampleSystemSecurity('cong-thong-tin');
  await saveSystemSecurityPart(assessment.id, 'classification', [fresh]);
  expect((await loadSystemSecurity(assessment.id)).get('cong-thong-tin')).toEqual(fresh);
});
