/**
 * Every answer, section by section: the section's score and what it was judged on, then each question with its
 * answer and points, its inventory of systems, note and evidence.
 */
import type { Content } from 'pdfmake/interfaces';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import type { Question } from '../../questionnaire/content-schema';
import type { QuestionScore, SectionScore } from '../../scoring/score-assessment';
import { describeEvidence } from '../../wording/answers';
import { describeSectionScore } from '../../wording/scores';
import type { ReportInput } from './report-input';
import { questionNumbers } from './shared';
import { systemsTable } from './systems';

function answerBlock(input: ReportInput, section: SectionScore, question: Question, number: string): Content {
  const { t, tc, format } = input.locale;
  const answer = input.answers.get(question.id);
  const scored = section.questions.find((candidate) => candidate.questionId === question.id);
  const value = answer?.response?.kind === 'value' ? answer.response.value : undefined;
  const systems = value?.type === 'system-inventory' ? value.systems : undefined;
  const evidence = describeEvidence(format, answer?.evidence);
  const points =
    question.weight === 0
      ? ` (${t('report.pdf.notScored')})`
      : scored && scored.countedWeight > 0
        ? ` (${t('report.pdf.points', {
            earned: format.number(Math.round(scored.earned * scored.countedWeight * 100) / 100),
            weight: scored.countedWeight,
          })})`
        : '';
  const body: Content[] = [
    { text: `${number} ${tc(questionKeys(question.id).label)}`, bold: true },
    { text: [{ text: `${t('results.yourAnswer')} `, bold: true }, input.describeAnswer(question, answer), points] },
    ...(systems?.length ? [systemsTable(input.locale, systems)] : []),
    ...(answer?.note ? [{ text: [{ text: `${t('report.pdf.note')} `, bold: true }, answer.note] }] : []),
    ...(evidence ? [{ text: [{ text: `${t('report.pdf.evidence')} `, bold: true }, evidence] }] : []),
  ];
  // Kept on one page unless an inventory makes it long.
  return { stack: body, margin: [0, 0, 0, 8], unbreakable: !systems?.length, fontSize: 9 };
}

/** Why a scored question is not in its section's score, in the order the lists are printed. */
const LEFT_OUT = ['not-applicable', 'unanswered', 'not-scored'] as const;

/** What the section was judged on, by question number: those that counted, those left out and why. */
function judgedOn(input: ReportInput, section: SectionScore, scoredInContent: number): Content[] {
  const { t, tc } = input.locale;
  const numbers = questionNumbers(input.score);
  const scored = section.questions.filter((question) => question.weight > 0);
  const labels = (questions: readonly QuestionScore[]) =>
    questions
      .map((question) => `${numbers.get(question.questionId) ?? ''} ${tc(questionKeys(question.questionId).label)}`)
      .join('; ');
  const counted = scored.filter((question) => question.countedWeight > 0);
  const notAsked = scoredInContent - scored.length;
  return [
    {
      text: counted.length
        ? t('results.judgedOn', { count: counted.length, labels: labels(counted) })
        : t('results.judgedOnNone'),
    },
    ...LEFT_OUT.flatMap((status) => {
      const left = scored.filter((question) => question.countedWeight === 0 && question.status === status);
      return left.length
        ? [{ text: t(`results.leftOutList.${status}`, { count: left.length, labels: labels(left) }) }]
        : [];
    }),
    ...(notAsked > 0 ? [{ text: t('results.notAsked', { count: notAsked }) }] : []),
  ];
}

export function answersSection(input: ReportInput): Content[] {
  const { t, tc, format } = input.locale;
  const content: Content[] = [
    { text: t('report.pdf.answersHeading'), style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' },
  ];
  input.score.sections.forEach((section, sectionIndex) => {
    const definition = input.questionnaire.sections.find((candidate) => candidate.id === section.sectionId);
    if (!definition) return;
    const score = describeSectionScore(t, format, section);
    content.push(
      { text: `${sectionIndex + 1}. ${tc(sectionKeys(section.sectionId).title)}`, style: 'h2' },
      {
        text: `${score}. ${t('results.explainSection', {
          dontKnow: section.dontKnow,
          notApplicable: section.notApplicable,
          unanswered: section.unanswered,
        })}`,
        style: 'hint',
      },
      {
        stack: judgedOn(input, section, definition.questions.filter((question) => question.weight > 0).length),
        style: 'hint',
        margin: [0, 0, 0, 6],
      },
    );
    section.questions.forEach((scored, questionIndex) => {
      const question = definition.questions.find((candidate) => candidate.id === scored.questionId);
      if (question) content.push(answerBlock(input, section, question, `${sectionIndex + 1}.${questionIndex + 1}.`));
    });
  });
  return content;
}
