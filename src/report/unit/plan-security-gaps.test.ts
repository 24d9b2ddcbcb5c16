import { expect, test } from 'vitest';
import type { TFunction } from 'i18next';
import { questionnaire } from '../../questionnaire/questionnaire';
import type { BaselineGap } from '../../security-level/baseline-gaps';
import { testTranslations } from '../../wording/test-locale.test-support';
import { createFormat } from '../../wording/format';
import { collectText } from '../fake-locale.test-support';
import type { ReportLanguage, ReportLocale } from '../report-locale';
import { plan } from './plan';
import type { ReportInput } from './report-input';

/** The screens' texts are merged into `common` by i18next; the test translations keep them apart. */
function localeWithScreenTexts(language: ReportLanguage): ReportLocale {
  const { t, tc } = testTranslations(language);
  const either = (key: string, values?: Record<string, unknown>) => {
    try {
      return t(key, values);
    } catch {
      return tc(key, values);
    }
  };
  return {
    language,
    t: either as unknown as TFunction,
    tc: tc as unknown as TFunction,
    format: createFormat(language),
  };
}

const gap = (overrides: Partial<BaselineGap>): BaselineGap => ({
  systemId: 'portal',
  systemName: 'Cổng dịch vụ công của Sở',
  groupId: 'network',
  family: 'technical',
  status: 'not-met',
  level: '3',
  regime: 'decree-331',
  legalBasis: [{ documentId: 'decree-331-2026', article: '30', clause: '4' }],
  confirmation: 'unconfirmed',
  priority: 'high',
  ...overrides,
});

function planText(language: ReportLanguage, securityGaps: BaselineGap[]) {
  const input = {
    locale: localeWithScreenTexts(language),
    questionnaire,
    plan: [],
    planItems: new Map(),
    answers: new Map(),
    securityGaps,
  } as unknown as ReportInput;
  return collectText(plan(input)).join('\n');
}

test.each([
  [
    'vi',
    [
      'Biện pháp an ninh mạng của các hệ thống (2)',
      'Cấp độ 3',
      'Chưa đáp ứng',
      'Đáp ứng một phần',
      'Chưa được xác nhận',
      'Phòng CNTT',
      '31/03/2027',
      'chưa ghi',
      'khoản 4 Điều 30',
    ],
  ],
  [
    'en',
    [
      'Security measures of your systems (2)',
      'Level 3',
      'Not met',
      'Partly met',
      'Phòng CNTT',
      '31/03/2027',
      'not given',
    ],
  ],
] as const)(
  'the plan part of the %s PDF lists the baseline gaps with their system, basis, owner and due date',
  (language, expected) => {
    const { tc } = testTranslations(language);
    const text = planText(language, [
      gap({ owner: 'Phòng CNTT', dueOn: '2027-03-31' }),
      gap({
        systemName: 'Thư điện tử công vụ',
        groupId: 'malware',
        status: 'partly',
        level: '2',
        priority: 'low',
        confirmation: 'text',
      }),
    ]);
    for (const part of expected) expect(text).toContain(part);
    expect(text).toContain('Cổng dịch vụ công của Sở');
    expect(text).toContain('Thư điện tử công vụ');
    expect(text).toContain(tc('securityLaw.requirementGroups.network.name'));
    expect(text).toContain(tc('securityLaw.requirementGroups.malware.name'));
  },
);

test('no baseline part without gaps', () => {
  expect(planText('vi', [])).not.toContain('Biện pháp an ninh mạng của các hệ thống');
});
