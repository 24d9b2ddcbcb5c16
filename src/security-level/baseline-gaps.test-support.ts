/** Small law and inventory data for the baseline and suggestion tests: independent of the real law tables. */
import type { InformationSystem, SecurityLevel } from '../questionnaire/answer-schema';
import type { Regime } from './classification-schema';
import type { GroupsFor, SystemLevel } from './baseline-gaps';
import type { RequirementGroup } from './law/law-schema';
import type { BaselineCheck, SystemSecurity } from './system-security-schema';

const basis = [{ documentId: 'decree-331-2026', article: '30', clause: '3' }];

export const testGroups: RequirementGroup[] = [
  {
    id: 'policy',
    regime: 'decree-331',
    family: 'management',
    fromLevel: '1',
    feeds: { questionId: 'security-management-measures', optionId: 'policy' },
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'staff',
    regime: 'decree-331',
    family: 'management',
    fromLevel: '1',
    feeds: { questionId: 'security-management-measures', optionId: 'responsible-staff' },
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'network',
    regime: 'decree-331',
    family: 'technical',
    fromLevel: '1',
    legalBasis: [{ documentId: 'decree-331-2026', article: '30', clause: '4' }],
    confirmation: 'text',
  },
  {
    id: 'monitoring',
    regime: 'decree-331',
    family: 'technical',
    fromLevel: '3',
    legalBasis: basis,
    confirmation: 'unconfirmed',
  },
  {
    id: 'a-policy',
    regime: 'decree-85',
    family: 'management',
    fromLevel: '1',
    feeds: { questionId: 'security-management-measures', optionId: 'policy' },
    legalBasis: [{ documentId: 'circular-12-2022-btttt' }],
    confirmation: 'text',
  },
];

export const testGroupsFor: GroupsFor = (regime: Regime, level: SecurityLevel) =>
  testGroups.filter((group) => group.regime === regime && Number(group.fromLevel) <= Number(level));

export function row(id: string, overrides: Partial<InformationSystem> = {}): InformationSystem {
  return { id, name: `System ${id}`, role: 'owner', systemType: 'internal', ...overrides };
}

export function record(
  systemId: string,
  checks: Record<string, BaselineCheck['status'] | Omit<BaselineCheck, 'groupId'>>,
  duties: SystemSecurity['duties'] = {},
): SystemSecurity {
  return {
    systemId,
    classification: {},
    dossier: [],
    baseline: Object.entries(checks).map(([groupId, check]) =>
      typeof check === 'string' ? { groupId, status: check } : { groupId, ...check },
    ),
    duties,
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
}

export const levelB = (level?: SecurityLevel): SystemLevel => ({ regime: 'decree-331', level });
