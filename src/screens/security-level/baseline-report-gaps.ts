/**
 * The baseline gaps for the unit's PDF (its plan part), with the texts they are written in: loaded with the PDF, by
 * a dynamic `import()`, so the law data never weighs on the results screen.
 */
import { loadScreenTexts } from '../../i18n/i18n';
import type { Answer } from '../../questionnaire/answer-schema';
import type { BaselineGap } from '../../security-level/baseline-gaps';
import { loadSystemSecurity } from '../../storage/system-security';
import { workbenchGaps } from './baseline-levels';

export async function loadWorkbenchGaps(
  assessmentId: string,
  answers: ReadonlyMap<string, Answer>,
  today: string,
): Promise<BaselineGap[]> {
  const [systems] = await Promise.all([
    loadSystemSecurity(assessmentId),
    loadScreenTexts('security-baseline'),
    loadScreenTexts('security-law'),
  ]);
  return workbenchGaps({ answers, systems, unit: undefined }, today);
}
