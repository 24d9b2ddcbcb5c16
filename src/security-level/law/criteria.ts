/**
 * The criteria of the five levels in both regimes (shared/reference/security-by-level.md §2): "a system that ... is of
 * level n". The level of a system is the highest level among the criteria it meets (Decree 85 Art. 5; Decree 331
 * Art. 8.2, 10.5), which `classify.ts` computes; the texts are `securityLaw.criteria.<id>`.
 *
 * Left out on purpose: the "other" criteria that the unit cannot decide itself: Decree 85 Art. 11.5 (other systems
 * by the Prime Minister's decision) and Decree 331 Art. 11.2, 12.4, 13.5, 14.4, 15.5 (other systems by the Prime
 * Minister's decision or under the cybersecurity risk-management framework, not yet issued on 1/12/2026). A system
 * in that case is told so by the competent body; the unit records the level it is given.
 *
 * Confirmation: Decree 85 Art. 7-11 and the harm ladders of Law 86/2015 Art. 21.2 and Law 116/2025 Art. 8.1 are [t]
 * (`text`); Decree 331 Art. 10.5 and 11-15 are [?] (`unconfirmed`, the kit's reading); Law 20/2023 Art. 21 is
 * unmarked (`confirmed`).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Regime } from '../classification-schema';
import type { Condition, Confirmation, Criterion } from './law-schema';

const isType = (type: string): Condition => ({ fact: 'systemType', is: [type] });
const internal = isType('internal');
const citizenFacing = isType('citizen-services');
const infrastructure = isType('infrastructure');
const industrialControl = isType('industrial-control');
type YesNoFact =
  | 'handlesProcedures'
  | 'conditionalBusinessService'
  | 'nationalEgov24x7'
  | 'centralNationalData'
  | 'storesElectronicCertificates';
const yes = (fact: YesNoFact): Condition => ({ fact, is: [true] });
const privateOrPersonal: Condition = { fact: 'informationTypes', includes: ['private', 'personal'] };
const noStateSecret: Condition = { not: { fact: 'informationTypes', includes: ['state-secret'] } };
const reach = (value: string): Condition => ({ all: [infrastructure, { fact: 'infrastructureReach', is: [value] }] });
const defence = (harm: string): Condition => ({ fact: 'defenceHarm', is: [harm] });
const works = (...grades: string[]): Condition => ({ all: [industrialControl, { fact: 'worksGrade', is: grades }] });
const harm = (value: string): Condition => ({ fact: 'breachHarm', is: [value] });

const DECREE_85 = 'decree-85-2016';
const DECREE_331 = 'decree-331-2026';

function rule(
  regime: Regime,
  id: string,
  level: Criterion['level'],
  when: Condition,
  legalBasis: Criterion['legalBasis'],
  confirmation: Confirmation,
  kind: Criterion['kind'] = 'criterion',
): Criterion {
  return { id, regime, level, when, kind, legalBasis, confirmation };
}

const a = (id: string, level: Criterion['level'], when: Condition, article: string, clause?: string): Criterion =>
  rule('decree-85', id, level, when, [{ documentId: DECREE_85, article, ...(clause ? { clause } : {}) }], 'text');
const b = (id: string, level: Criterion['level'], when: Condition, article: string, clause?: string, point?: string) =>
  rule(
    'decree-331',
    id,
    level,
    when,
    [{ documentId: DECREE_331, article, ...(clause ? { clause } : {}), ...(point ? { point } : {}) }],
    'unconfirmed',
  );

const HARM_LADDER = [
  'rights',
  'serious-rights-or-public',
  'public-order-or-security',
  'especially-serious-public',
  'national-security',
] as const;
const LEVELS = ['1', '2', '3', '4', '5'] as const;

/** The harm a breach would cause, the law's own definition of each level (Law 86/2015 Art. 21.2; Law 116 Art. 8.1). */
const harmCriteria = (regime: Regime, documentId: string, article: string, clause: string): Criterion[] =>
  LEVELS.map((level, index) =>
    rule(
      regime,
      `${regime === 'decree-85' ? 'a' : 'b'}-harm-${level}`,
      level,
      harm(HARM_LADDER[index] ?? 'rights'),
      [{ documentId, article, clause }],
      'text',
      'harm',
    ),
  );

/** Law 20/2023 Art. 21: a system storing electronic certificates is at least level 3, in either regime. */
const certificateFloor = (regime: Regime): Criterion =>
  rule(
    regime,
    `${regime === 'decree-85' ? 'a' : 'b'}-floor-electronic-certificates`,
    '3',
    yes('storesElectronicCertificates'),
    [{ documentId: 'law-e-transactions-2023', article: '21' }],
    'confirmed',
    'floor',
  );

const regimeA: Criterion[] = [
  a('a1-internal-public', '1', { all: [internal, { fact: 'informationTypes', onlyOf: ['public'] }] }, '7'),
  a('a2-internal-private', '2', { all: [internal, privateOrPersonal, noStateSecret] }, '8', '1'),
  a(
    'a2-online-information',
    '2',
    { all: [citizenFacing, { fact: 'onlineServiceDepth', is: ['none', 'information-only'] }] },
    '8',
    '2',
  ),
  a(
    'a2-online-service-unconditional',
    '2',
    { all: [citizenFacing, { fact: 'conditionalBusinessService', is: [false] }] },
    '8',
    '2',
  ),
  a(
    'a2-online-service-few-users',
    '2',
    { all: [citizenFacing, privateOrPersonal, { fact: 'userCount', below: 10_000 }] },
    '8',
    '2',
  ),
  a('a2-infrastructure-one-body', '2', reach('one-body'), '8', '3'),
  a('a3-defence-harm', '3', defence('harm'), '9', '1'),
  a(
    'a3-online-transactions',
    '3',
    { all: [citizenFacing, { fact: 'onlineServiceDepth', is: ['online-transactions'] }] },
    '9',
    '2',
  ),
  a('a3-conditional-business', '3', { all: [citizenFacing, yes('conditionalBusinessService')] }, '9', '2'),
  a(
    'a3-many-users',
    '3',
    { all: [citizenFacing, privateOrPersonal, { fact: 'userCount', atLeast: 10_000 }] },
    '9',
    '2',
  ),
  a('a3-infrastructure-sector-or-provinces', '3', reach('sector-or-provinces'), '9', '3'),
  a('a3-industrial-grade-2-to-4', '3', works('grade-2', 'grade-3', 'grade-4'), '9', '4'),
  a('a4-defence-serious', '4', defence('serious'), '10', '1'),
  a('a4-national-egov', '4', yes('nationalEgov24x7'), '10', '2'),
  a('a4-infrastructure-nationwide', '4', reach('nationwide'), '10', '3'),
  a('a4-industrial-grade-1', '4', works('grade-1'), '10', '4'),
  a('a5-defence-especially-serious', '5', defence('especially-serious'), '11', '1'),
  a('a5-central-national-data', '5', yes('centralNationalData'), '11', '2'),
  a('a5-infrastructure-international', '5', reach('international'), '11', '3'),
  a('a5-industrial-special', '5', works('special'), '11', '4'),
  ...harmCriteria('decree-85', 'law-network-security-2015', '21', '2'),
  certificateFloor('decree-85'),
];

const regimeB: Criterion[] = [
  b('b1-internal-public', '1', { all: [internal, { fact: 'informationTypes', onlyOf: ['public'] }] }, '11', '1'),
  b('b2-internal-private', '2', { all: [internal, privateOrPersonal, noStateSecret] }, '12', '1'),
  b(
    'b2-online-service-unconditional',
    '2',
    { all: [citizenFacing, { fact: 'conditionalBusinessService', is: [false] }] },
    '12',
    '2',
    'a',
  ),
  b(
    'b2-online-service-few-data-subjects',
    '2',
    {
      all: [
        citizenFacing,
        privateOrPersonal,
        {
          any: [
            { fact: 'basicDataSubjects', below: 100_000 },
            { fact: 'sensitiveDataSubjects', below: 10_000 },
          ],
        },
      ],
    },
    '12',
    '2',
    'b',
  ),
  b('b2-infrastructure-one-body', '2', reach('one-body'), '12', '3'),
  b('b3-defence-harm', '3', defence('harm'), '13', '1'),
  b('b3-conditional-business', '3', { all: [citizenFacing, yes('conditionalBusinessService')] }, '13', '2', 'a'),
  b('b3-handles-procedures', '3', yes('handlesProcedures'), '13', '2', 'b'),
  b(
    'b3-many-data-subjects',
    '3',
    {
      all: [
        citizenFacing,
        {
          any: [
            { fact: 'basicDataSubjects', atLeast: 100_000 },
            { fact: 'sensitiveDataSubjects', atLeast: 10_000 },
          ],
        },
      ],
    },
    '13',
    '2',
    'c',
  ),
  b('b3-infrastructure-sector-or-provinces', '3', reach('sector-or-provinces'), '13', '3'),
  b('b3-industrial-grade-2-to-4', '3', works('grade-2', 'grade-3', 'grade-4'), '13', '4'),
  b('b4-defence-serious', '4', defence('serious'), '14', '1'),
  b('b4-infrastructure-nationwide', '4', reach('nationwide'), '14', '2'),
  b('b4-national-egov', '4', yes('nationalEgov24x7'), '14', '2'),
  b('b4-industrial-grade-1', '4', works('grade-1'), '14', '3'),
  b('b5-defence-especially-serious', '5', defence('especially-serious'), '15', '1'),
  b('b5-central-national-data', '5', yes('centralNationalData'), '15', '2'),
  b('b5-infrastructure-international', '5', reach('international'), '15', '3'),
  b('b5-industrial-special', '5', works('special'), '15', '4'),
  ...harmCriteria('decree-331', 'law-cybersecurity-2025', '8', '1'),
  certificateFloor('decree-331'),
  // The preliminary risk review: a higher result raises the level (Decree 331 Art. 10.5 [?]).
  ...LEVELS.map((level) =>
    rule(
      'decree-331',
      `b-risk-${level}`,
      level,
      { fact: 'riskLevel', is: [level] },
      [{ documentId: DECREE_331, article: '10', clause: '5' }],
      'unconfirmed',
      'risk',
    ),
  ),
];

export const criteria: readonly Criterion[] = [...regimeA, ...regimeB];
