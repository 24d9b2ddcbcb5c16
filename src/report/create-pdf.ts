/**
 * What a screen loads, with a dynamic `import()`, when the user asks for a PDF: scoring, the builders and the
 * renderer (which in turn loads pdfmake on first use). Nothing of src/report is in the start-up bundle.
 */
import { listRemediation } from '../scoring/remediation';
import { scoreAssessment } from '../scoring/score-assessment';
import { buildBlankQuestionnaire, type BlankQuestionnaireInput } from './build-blank-questionnaire';
import { buildReport, type ReportInput } from './build-report';
import { renderPdf } from './render-pdf';

export { toPdfFileName } from './file-name';
export type { OfficialHeader } from './pdf-layout';

/** The report of an assessment: scored and planned as of `today`, as the results and plan screens do. */
export function createReportPdf(input: Omit<ReportInput, 'score' | 'plan'>): Promise<Blob> {
  const score = scoreAssessment(input.questionnaire, input.assessment.profile.unitType, input.answers, input.today);
  const plan = listRemediation(input.questionnaire, score, input.today);
  return renderPdf(buildReport({ ...input, score, plan }));
}

export function createBlankQuestionnairePdf(input: BlankQuestionnaireInput): Promise<Blob> {
  return renderPdf(buildBlankQuestionnaire(input));
}
