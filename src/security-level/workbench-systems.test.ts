import { describe, expect, test } from 'vitest';
import { answersOf, inventory, system } from '../../tests/fixtures/answers';
import type { InformationSystem } from '../questionnaire/answer-schema';
import type { Classification } from './classification-schema';
import { INVENTORY_QUESTION_ID } from './inventory';
import { dossierComponentsFor } from './law/dossier-components';
import { emptySystemSecurity, type SystemSecurity } from './system-security-schema';
import {
  applicableClassification,
  factApplies,
  hasAnyFact,
  nextStepOf,
  workbenchSystem,
  workbenchSystems,
} from './workbench-systems';

const TODAY = '2026-12-03';
const NOW = '2026-12-03T08:00:00.000Z';

/** Answers that give level 3 under Decree 331 (handles administrative procedures, Art. 13.2.b). */
const levelThree: Classification = { handlesProcedures: true, informationTypes: ['personal'] };

function recordOf(systemId: string, overrides: Partial<SystemSecurity> = {}): SystemSecurity {
  return { ...emptySystemSecurity(systemId, NOW), ...overrides };
}

function stepOf(row: InformationSystem, record: SystemSecurity) {
  return workbenchSystem(row, record, TODAY, NOW).nextStep;
}

describe('workbenchSystems', () => {
  test('every inventory row, in the unit’s order, with its record or an empty one; the systems only used apart', () => {
    const rows = [
      system('portal', { role: 'owner', systemType: 'citizen-services' }),
      system('provincial-one-stop', { role: 'user', handlesProcedures: true }),
      system('mail', { systemType: 'internal' }),
    ];
    const records = new Map([['mail', recordOf('mail', { classification: { informationTypes: ['private'] } })]]);
    const { classified, usedOnly } = workbenchSystems({
      answers: answersOf(inventory(INVENTORY_QUESTION_ID, rows)),
      records,
      today: TODAY,
      now: NOW,
    });
    expect(classified.map((entry) => entry.row.id)).toEqual(['portal', 'mail']);
    expect(usedOnly.map((entry) => entry.row.id)).toEqual(['provincial-one-stop']);
    expect(classified[0]).toMatchObject({ hasRecord: false, record: emptySystemSecurity('portal', NOW) });
    // The row's system type fills in for the classification's: an internal system with private data is level 2.
    expect(classified[1]).toMatchObject({ hasRecord: true, result: { level: '2' }, nextStep: 'record-level' });
    expect(usedOnly[0]?.nextStep).toBe('owner-classifies');
  });

  test('no inventory answer: no systems', () => {
    expect(workbenchSystems({ answers: new Map(), records: new Map(), today: TODAY, now: NOW })).toEqual({
      classified: [],
      usedOnly: [],
    });
  });
});

describe('the next step', () => {
  const row = system('one-stop', { role: 'owner', systemType: 'citizen-services' });

  test('nothing answered: classify; answered without a level yet: finish the classification', () => {
    expect(stepOf(row, recordOf('one-stop'))).toBe('classify');
    expect(stepOf(row, recordOf('one-stop', { classification: { ownerName: 'UBND tỉnh' } }))).toBe(
      'finish-classification',
    );
  });

  test('a level not in the inventory yet, then the dossier from not started to done', () => {
    const classified = recordOf('one-stop', { classification: levelThree });
    expect(stepOf(row, classified)).toBe('record-level');
    const recorded = { ...row, proposedLevel: '3' as const };
    expect(stepOf(recorded, classified)).toBe('prepare-dossier');
    const components = dossierComponentsFor('decree-331', '3');
    expect(components.length).toBeGreaterThan(1);
    const started = { ...classified, dossier: [{ componentId: components[0]!.id, status: 'in-progress' as const }] };
    expect(stepOf(recorded, started)).toBe('dossier-in-progress');
    const done = {
      ...classified,
      dossier: components.map((component) => ({ componentId: component.id, status: 'done' as const })),
    };
    expect(stepOf(recorded, done)).toBe('record-approval');
  });

  test('an approved level: approved when it is the level found, level-differs when not', () => {
    const classified = recordOf('one-stop', { classification: levelThree });
    expect(stepOf({ ...row, approvedLevel: '3', approvedOn: '2026-10-01' }, classified)).toBe('approved');
    expect(stepOf({ ...row, approvedLevel: '2', approvedOn: '2025-05-20' }, classified)).toBe('level-differs');
  });

  test('a system the unit only uses is the owner’s to classify, whatever its answers', () => {
    const result = workbenchSystem(row, recordOf('one-stop', { classification: levelThree }), TODAY, NOW).result;
    expect(nextStepOf({ ...row, role: 'user' }, recordOf('one-stop'), result)).toBe('owner-classifies');
  });
});

describe('the questions that apply', () => {
  test('the online service questions only for a system serving citizens and businesses', () => {
    for (const fact of ['onlineServiceDepth', 'conditionalBusinessService', 'userCount'] as const) {
      expect(factApplies(fact, { systemType: 'citizen-services' })).toBe(true);
      expect(factApplies(fact, { systemType: 'internal' })).toBe(false);
      expect(factApplies(fact, {})).toBe(false);
    }
  });

  test('the personal-data counts for a citizen-facing system with personal data; reach and works grade by type', () => {
    expect(factApplies('basicDataSubjects', { systemType: 'citizen-services', informationTypes: ['personal'] })).toBe(
      true,
    );
    expect(factApplies('sensitiveDataSubjects', { systemType: 'citizen-services', informationTypes: ['public'] })).toBe(
      false,
    );
    expect(factApplies('infrastructureReach', { systemType: 'infrastructure' })).toBe(true);
    expect(factApplies('infrastructureReach', { systemType: 'other' })).toBe(false);
    expect(factApplies('worksGrade', { systemType: 'industrial-control' })).toBe(true);
    expect(factApplies('worksGrade', { systemType: 'internal' })).toBe(false);
    expect(factApplies('breachHarm', {})).toBe(true);
  });

  test('facts of questions no longer asked are left out, so they cannot decide a level', () => {
    const classification: Classification = {
      systemType: 'internal',
      userCount: 250_000,
      infrastructureReach: 'nationwide',
      informationTypes: ['personal'],
      basicDataSubjects: 300_000,
    };
    expect(applicableClassification(classification)).toEqual({
      systemType: 'internal',
      informationTypes: ['personal'],
    });
    const row = system('hr', { systemType: 'internal' });
    const result = workbenchSystem(row, recordOf('hr', { classification }), TODAY, NOW).result;
    expect(result.level).toBe('2');
  });

  test('the row’s prefill is not an answer of the unit’s', () => {
    expect(hasAnyFact({})).toBe(false);
    expect(hasAnyFact({ systemType: undefined })).toBe(false);
    expect(hasAnyFact({ scopeSplitOrMerged: false })).toBe(true);
  });
});
