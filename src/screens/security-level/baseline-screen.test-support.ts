/** An assessment whose inventory has a level-3 portal (it handles procedures) and an unclassified e-mail system. */
import { buildProfile } from '../../../tests/fixtures/profile';
import type { InformationSystem } from '../../questionnaire/answer-schema';
import { requirementGroupsFor } from '../../security-level/law/requirement-groups';
import type { BaselineCheck, SystemSecurity } from '../../security-level/system-security-schema';
import { saveAnswers } from '../../storage/answers';
import { createAssessment } from '../../storage/assessments';
import { saveSystemSecurity } from '../../storage/system-security';
import { testTranslations } from '../../wording/test-locale.test-support';
import { lawKeys } from '../../security-level/law/law-keys';

export const PORTAL: InformationSystem = {
  id: 'portal',
  name: 'Cổng dịch vụ công của Sở',
  role: 'owner',
  systemType: 'citizen-services',
  handlesProcedures: true,
};
export const MAIL: InformationSystem = {
  id: 'mail',
  name: 'Thư điện tử công vụ',
  role: 'owner',
  systemType: 'internal',
};

/** The groups the portal is checked against (regime B, level 3), as the law data gives them. */
export const portalGroups = () => requirementGroupsFor('decree-331', '3');

export const groupName = (id: string, language: 'vi' | 'en' = 'vi') =>
  testTranslations(language).tc(lawKeys.requirementGroup(id).name);

export function portalRecord(baseline: BaselineCheck[] = []): SystemSecurity {
  return {
    systemId: PORTAL.id,
    classification: { systemType: 'citizen-services', handlesProcedures: true, ownerName: 'Sở Nội vụ' },
    dossier: [{ componentId: 'overview', status: 'in-progress', owner: 'Phòng Hành chính' }],
    baseline,
    duties: { lastInspectedOn: '2026-05-04' },
    updatedAt: '2026-12-01T08:00:00.000Z',
  };
}

export async function seedWorkbench(records: SystemSecurity[] = [portalRecord()], rows = [PORTAL, MAIL]) {
  const assessment = await createAssessment(buildProfile());
  await saveAnswers(assessment.id, {
    saved: [
      {
        questionId: 'security-system-inventory',
        response: { kind: 'value', value: { type: 'system-inventory', systems: rows } },
        updatedAt: '2026-12-01T08:00:00.000Z',
      },
    ],
    clearedQuestionIds: [],
  });
  if (records.length) await saveSystemSecurity(assessment.id, records);
  return assessment;
}
