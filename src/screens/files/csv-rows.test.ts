/** The plan CSV says what kind of date each action has, as the plan screen does. */
import { expect, test } from 'vitest';
import { fakeLocale } from '../../report/fake-locale.test-support';
import type { RemediationItem } from '../../scoring/remediation';
import { planRows } from './csv-rows';

const item = (questionId: string, deadline?: string, deadlineKind?: 'legal' | 'target'): RemediationItem => ({
  questionId,
  sectionId: 'security',
  role: 'security-officer',
  deadline,
  deadlineKind,
  legalBasis: [{ documentId: 'decree-331-2026' }],
  gap: 1,
  impact: 1,
  urgency: 1,
  priority: 'high',
  isCritical: false,
});

test.each([
  ['vi', ['Hạn theo quy định: 01/01/2027', 'Mục tiêu đến 31/12/2026', 'Đã quá hạn từ 05/04/2025', '']],
  ['en', ['Legal deadline: 01/01/2027', 'Target: by 31/12/2026', 'Overdue since 05/04/2025', '']],
] as const)('the plan CSV in %s names a legal deadline, an aim and a passed deadline apart', (language, expected) => {
  const { t, tc, format } = fakeLocale(language);
  const rows = planRows(
    t,
    tc,
    format,
    [
      item('security-level-dossiers-approved', '2027-01-01', 'legal'),
      item('signatures-officials-equipped', '2026-12-31', 'target'),
      item('monitoring-emc-code-embedded', '2025-04-05', 'legal'),
      item('security-drills'),
    ],
    new Map(),
    '2026-12-01',
  );

  expect(rows.map((row) => row.nationalDeadline)).toEqual(expected);
});
