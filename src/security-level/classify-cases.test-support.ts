/**
 * The classification table: one or more cases per criterion and per regime (shared/reference/security-by-level.md
 * §2), each with the level and the criteria that decide it. `classify.test.ts` checks every case and that every
 * criterion of `law/criteria.ts` is met by at least one case, so a criterion added without a case fails the test.
 */
import type { SecurityLevel } from '../questionnaire/answer-schema';
import type { Classification, Regime } from './classification-schema';

export interface ClassificationCase {
  name: string;
  regime: Regime;
  facts: Classification;
  level: SecurityLevel;
  deciding: string[];
}

const internalPublic: Classification = { systemType: 'internal', informationTypes: ['public'] };
const citizen: Classification = { systemType: 'citizen-services' };
const infrastructure = (reach: NonNullable<Classification['infrastructureReach']>): Classification => ({
  systemType: 'infrastructure',
  infrastructureReach: reach,
});
const works = (grade: NonNullable<Classification['worksGrade']>): Classification => ({
  systemType: 'industrial-control',
  worksGrade: grade,
});
const HARMS = [
  'rights',
  'serious-rights-or-public',
  'public-order-or-security',
  'especially-serious-public',
  'national-security',
] as const;
const LEVELS = ['1', '2', '3', '4', '5'] as const;

/** The cases both regimes share, with the criterion id's number and name; `a`/`b` prefixes the id. */
const shared: [string, SecurityLevel, Classification, string][] = [
  ['internal, public information only', '1', internalPublic, '1-internal-public'],
  [
    'internal, personal data',
    '2',
    { systemType: 'internal', informationTypes: ['public', 'personal'] },
    '2-internal-private',
  ],
  [
    'internal, private information',
    '2',
    { systemType: 'internal', informationTypes: ['private'] },
    '2-internal-private',
  ],
  [
    'online service outside the conditional list',
    '2',
    { ...citizen, conditionalBusinessService: false },
    '2-online-service-unconditional',
  ],
  ['infrastructure for one body', '2', infrastructure('one-body'), '2-infrastructure-one-body'],
  [
    'state secrets, harm to defence',
    '3',
    { informationTypes: ['state-secret'], defenceHarm: 'harm' },
    '3-defence-harm',
  ],
  [
    'conditional-business online service',
    '3',
    { ...citizen, conditionalBusinessService: true },
    '3-conditional-business',
  ],
  [
    'infrastructure for a province (the LGSP)',
    '3',
    infrastructure('sector-or-provinces'),
    '3-infrastructure-sector-or-provinces',
  ],
  ['industrial control, grade II works', '3', works('grade-2'), '3-industrial-grade-2-to-4'],
  ['industrial control, grade IV works', '3', works('grade-4'), '3-industrial-grade-2-to-4'],
  ['state secrets, serious harm to defence', '4', { defenceHarm: 'serious' }, '4-defence-serious'],
  ['national e-government system 24/7', '4', { nationalEgov24x7: true }, '4-national-egov'],
  ['nationwide infrastructure', '4', infrastructure('nationwide'), '4-infrastructure-nationwide'],
  ['industrial control, grade I works', '4', works('grade-1'), '4-industrial-grade-1'],
  [
    'state secrets, especially serious harm',
    '5',
    { defenceHarm: 'especially-serious' },
    '5-defence-especially-serious',
  ],
  ['central storage of national data', '5', { centralNationalData: true }, '5-central-national-data'],
  ['international infrastructure', '5', infrastructure('international'), '5-infrastructure-international'],
  ['industrial control, special works', '5', works('special'), '5-industrial-special'],
];

const both = (regime: Regime, letter: 'a' | 'b'): ClassificationCase[] => [
  ...shared.map(([name, level, facts, id]) => ({ name, regime, facts, level, deciding: [`${letter}${id}`] })),
  ...HARMS.map((harm, index) => ({
    name: `harm of a breach: ${harm}`,
    regime,
    facts: { breachHarm: harm },
    level: LEVELS[index] ?? '1',
    deciding: [`${letter}-harm-${LEVELS[index] ?? '1'}`],
  })),
  {
    name: 'stores electronic certificates: at least level 3',
    regime,
    facts: { ...internalPublic, storesElectronicCertificates: true },
    level: '3',
    deciding: [`${letter}-floor-electronic-certificates`],
  },
];

export const CLASSIFICATION_CASES: ClassificationCase[] = [
  ...both('decree-85', 'a'),
  {
    name: 'A: a static website, information only',
    regime: 'decree-85',
    facts: { ...citizen, onlineServiceDepth: 'information-only', informationTypes: ['public'] },
    level: '2',
    deciding: ['a2-online-information'],
  },
  {
    name: 'A: online services at "mức độ 3" or above',
    regime: 'decree-85',
    facts: { ...citizen, onlineServiceDepth: 'online-transactions' },
    level: '3',
    deciding: ['a3-online-transactions'],
  },
  {
    name: 'A: 9,999 users of an online service with personal data',
    regime: 'decree-85',
    facts: { ...citizen, informationTypes: ['personal'], userCount: 9_999 },
    level: '2',
    deciding: ['a2-online-service-few-users'],
  },
  {
    name: 'A: 10,000 users of an online service with personal data',
    regime: 'decree-85',
    facts: { ...citizen, informationTypes: ['personal'], userCount: 10_000 },
    level: '3',
    deciding: ['a3-many-users'],
  },
  {
    name: 'A: handling procedures is no criterion by itself',
    regime: 'decree-85',
    facts: { systemType: 'internal', informationTypes: ['personal'], handlesProcedures: true },
    level: '2',
    deciding: ['a2-internal-private'],
  },
  {
    name: 'A: the one-stop system, full online services, many users',
    regime: 'decree-85',
    facts: {
      ...citizen,
      handlesProcedures: true,
      informationTypes: ['personal', 'private'],
      onlineServiceDepth: 'online-transactions',
      conditionalBusinessService: false,
      userCount: 45_000,
    },
    level: '3',
    deciding: ['a3-online-transactions', 'a3-many-users'],
  },
  ...both('decree-331', 'b'),
  {
    name: 'B: any system handling administrative procedures',
    regime: 'decree-331',
    facts: { systemType: 'internal', informationTypes: ['personal'], handlesProcedures: true },
    level: '3',
    deciding: ['b3-handles-procedures'],
  },
  {
    name: 'B: 99,999 basic data subjects',
    regime: 'decree-331',
    facts: { ...citizen, informationTypes: ['personal'], basicDataSubjects: 99_999 },
    level: '2',
    deciding: ['b2-online-service-few-data-subjects'],
  },
  {
    name: 'B: 100,000 basic data subjects',
    regime: 'decree-331',
    facts: { ...citizen, informationTypes: ['personal'], basicDataSubjects: 100_000 },
    level: '3',
    deciding: ['b3-many-data-subjects'],
  },
  {
    name: 'B: 10,000 sensitive data subjects',
    regime: 'decree-331',
    facts: { ...citizen, informationTypes: ['personal'], sensitiveDataSubjects: 10_000, basicDataSubjects: 20_000 },
    level: '3',
    deciding: ['b3-many-data-subjects'],
  },
  {
    name: 'B: 10,000 users under Decree 85 are not 100,000 data subjects',
    regime: 'decree-331',
    facts: { ...citizen, informationTypes: ['personal'], userCount: 50_000, basicDataSubjects: 50_000 },
    level: '2',
    deciding: ['b2-online-service-few-data-subjects'],
  },
  ...LEVELS.map((level): ClassificationCase => ({
    name: `B: the risk review points to level ${level}`,
    regime: 'decree-331',
    facts: { riskLevel: level },
    level,
    deciding: [`b-risk-${level}`],
  })),
  {
    name: 'B: the risk review raises an internal public system to level 4',
    regime: 'decree-331',
    facts: { ...internalPublic, riskLevel: '4' },
    level: '4',
    deciding: ['b-risk-4'],
  },
  {
    name: 'B: the one-stop system',
    regime: 'decree-331',
    facts: {
      ...citizen,
      handlesProcedures: true,
      informationTypes: ['personal', 'private'],
      conditionalBusinessService: false,
      basicDataSubjects: 45_000,
      sensitiveDataSubjects: 200,
    },
    level: '3',
    deciding: ['b3-handles-procedures'],
  },
];
