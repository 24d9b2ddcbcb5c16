import type { TFunction } from 'i18next';
import { expect, test } from 'vitest';
import { PLAN_CSV_COLUMNS } from '../../exchange/csv';
import type { BaselineGap } from '../../security-level/baseline-gaps';
import { createFormat } from '../../wording/format';
import { testTranslations } from '../../wording/test-locale.test-support';
import { securityGapCsvRows } from './baseline-csv-rows';

/** i18next merges the screens' texts into `common`; the test translations keep them with the content's. */
function translate(language: 'vi' | 'en'): TFunction {
  const { t, tc } = testTranslations(language);
  return ((key: string, values?: Record<string, unknown>) => {
    try {
      return t(key, values);
    } catch {
      return tc(key, values);
    }
  }) as unknown as TFunction;
}

const gap: BaselineGap = {
  systemId: 'portal',
  systemName: 'Cổng dịch vụ công của Sở',
  groupId: 'network',
  family: 'technical',
  status: 'partly',
  level: '3',
  regime: 'decree-331',
  legalBasis: [{ documentId: 'decree-331-2026', article: '30', clause: '4' }],
  confirmation: 'unconfirmed',
  evidence: 'Sơ đồ mạng ngày 2/3/2026',
  owner: 'Phòng CNTT',
  dueOn: '2027-03-31',
  priority: 'medium',
};

test.each([
  [
    'vi',
    {
      priority: 'Ưu tiên trung bình',
      section: 'Biện pháp an ninh mạng của các hệ thống',
      questionId: '',
      question: 'Cổng dịch vụ công của Sở (Cấp độ 3)',
      action: testTranslations('vi').tc('securityLaw.requirementGroups.network.name'),
      role: '',
      nationalDeadline: '',
      owner: 'Phòng CNTT',
      dueOn: '31/03/2027',
      status: 'Đáp ứng một phần',
      note: 'Sơ đồ mạng ngày 2/3/2026',
    },
  ],
  [
    'en',
    {
      priority: 'Medium priority',
      section: 'Security measures of your systems',
      questionId: '',
      question: 'Cổng dịch vụ công của Sở (Level 3)',
      action: testTranslations('en').tc('securityLaw.requirementGroups.network.name'),
      role: '',
      nationalDeadline: '',
      owner: 'Phòng CNTT',
      dueOn: '31/03/2027',
      status: 'Partly met',
      note: 'Sơ đồ mạng ngày 2/3/2026',
    },
  ],
] as const)('a baseline gap as a row of the %s plan CSV, every column filled as documented', (language, expected) => {
  const [row] = securityGapCsvRows(translate(language), createFormat(language), [gap]);
  expect(row).toEqual(expected);
  expect(Object.keys(row!).sort()).toEqual([...PLAN_CSV_COLUMNS].sort());
});

test('a gap without owner, due date or evidence leaves those cells empty', () => {
  const [row] = securityGapCsvRows(translate('vi'), createFormat('vi'), [
    { ...gap, owner: undefined, dueOn: undefined, evidence: undefined },
  ]);
  expect(row).toMatchObject({ owner: '', dueOn: '', note: '' });
});
