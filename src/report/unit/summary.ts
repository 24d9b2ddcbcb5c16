/**
 * The summary: the overall score and grade beside the grade bands, that it is not an official rating, completeness,
 * the provisional range and a cap; a bar per section; the national targets; then the frames (frames.ts).
 */
import type { Content, ContentStack, TableCell } from 'pdfmake/interfaces';
import { sectionKeys, nationalTargetKey } from '../../questionnaire/content-keys';
import type { NationalTarget } from '../../questionnaire/content-schema';
import {
  SECTION_GRADE_MIN_ANSWERED_SHARE,
  TARGET_STATUS_KEYS,
  type SectionScore,
  type TargetComparison,
} from '../../scoring/score-assessment';
import { describeTargetReached } from '../../wording/answers';
import { describeDeadline } from '../../wording/deadline';
import { describeGradeBands, describeSectionScore } from '../../wording/scores';
import { COLORS, GRID_LAYOUT, PLAIN_LAYOUT } from '../pdf-layout';
import { frameTables } from './frames';
import type { ReportInput } from './report-input';
import { findQuestion } from './shared';

const BAR_WIDTH = 150;

/** A bar per section, drawn as vectors, with the same figures written beside it. */
export function sectionChart(input: ReportInput): Content {
  const { t, tc, format } = input.locale;
  const row = (section: SectionScore): TableCell[] => {
    const fill = Math.max(0, Math.min(100, section.score ?? 0)) * (BAR_WIDTH / 100);
    const figures = describeSectionScore(t, format, section);
    const unanswered =
      section.unanswered > 0 ? ` · ${t('results.sectionUnanswered', { count: section.unanswered })}` : '';
    return [
      { text: tc(sectionKeys(section.sectionId).title) },
      {
        canvas: [
          { type: 'rect', x: 0, y: 2, w: BAR_WIDTH, h: 9, color: COLORS.barTrack },
          ...(fill > 0 ? [{ type: 'rect' as const, x: 0, y: 2, w: fill, h: 9, color: COLORS.bar }] : []),
        ],
      },
      { text: `${figures}${unanswered}` },
    ];
  };
  return {
    table: { widths: [150, BAR_WIDTH, '*'], body: input.score.sections.map(row) },
    layout: { ...PLAIN_LAYOUT, paddingTop: () => 3, paddingBottom: () => 3 },
    fontSize: 9,
  };
}

function deadlineKindOf(input: ReportInput, target: TargetComparison) {
  const targets: readonly NationalTarget[] = input.questionnaire.nationalTargets;
  return targets.find((candidate) => candidate.id === target.targetId)?.deadlineKind;
}

/** Each national target that applies: what it asks and by when, what the unit reached, met or not. */
export function targetTable(input: ReportInput): Content[] {
  const { t, tc, format } = input.locale;
  const { targets } = input.score;
  if (targets.length === 0) return [];
  // The heading stays with its (short) table.
  return [
    {
      unbreakable: true,
      stack: [
        { text: t('results.targetsHeading'), style: 'h2' },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['*', 90, 60],
            body: [
              [t('results.targetColumn'), t('results.reachedColumn'), t('results.metColumn')].map((text) => ({
                text,
                style: 'tableHeader',
              })),
              ...targets.map((target): TableCell[] => [
                {
                  text: [
                    tc(nationalTargetKey(target.targetId)),
                    ...(target.deadline
                      ? [
                          {
                            text: ` (${describeDeadline(t, format, target.deadline, deadlineKindOf(input, target), input.today)})`,
                            color: COLORS.muted,
                          },
                        ]
                      : []),
                  ],
                },
                describeTargetReached(
                  t,
                  tc,
                  format,
                  findQuestion(input.questionnaire, target.questionId),
                  target.reached,
                ),
                { text: t(TARGET_STATUS_KEYS[target.status]), bold: target.status === 'not-met' },
              ]),
            ],
          },
          layout: GRID_LAYOUT,
          style: 'tableCell',
        },
      ],
    },
  ];
}

/** The grade bands beside the grade, that a critical gap can cap it, and when a section gets a grade. */
function gradeLegend(input: ReportInput): ContentStack {
  const { t } = input.locale;
  return {
    stack: [
      { text: t('results.gradeLegend.heading'), bold: true },
      {
        text: describeGradeBands(t)
          .map(({ grade, band }) => `${grade} ${band}`)
          .join(' · '),
      },
      { text: t('results.gradeLegend.caps') },
      {
        text: t('results.gradeLegend.sections', { percent: Math.round(SECTION_GRADE_MIN_ANSWERED_SHARE * 100) }),
      },
    ],
    fontSize: 8.5,
    color: COLORS.muted,
  };
}

export function summary(input: ReportInput): Content[] {
  const { t, format } = input.locale;
  const { score } = input;
  const heading: Content = { text: t('report.pdf.summaryHeading'), style: 'h1', margin: [0, 20, 0, 8] };
  if (score.score === undefined || !score.grade) {
    return [
      heading,
      { text: t('results.nothingYet') },
      { text: t('results.sectionsHeading'), style: 'h2' },
      sectionChart(input),
    ];
  }
  const completeness = score.applicable ? Math.round((score.answered / score.applicable) * 100) : 0;
  const figure = (label: string, value: string, suffix = '') => ({
    stack: [
      { text: label, style: 'hint', fontSize: 9 },
      {
        text: [
          { text: value, fontSize: 22, bold: true },
          { text: suffix, fontSize: 11 },
        ],
      },
    ],
  });
  return [
    heading,
    {
      columns: [
        { ...figure(t('results.overall'), format.number(score.score), ' / 100'), width: 120 },
        { ...figure(t('results.grade'), score.grade), width: 70 },
        { ...gradeLegend(input), width: '*' },
      ],
      columnGap: 12,
      margin: [0, 0, 0, 6],
    },
    { text: t('report.pdf.gradeLine', { score: format.number(score.score), grade: score.grade }), bold: true },
    { text: t('results.notOfficial'), italics: true },
    {
      text: t('results.completeness', { answered: score.answered, total: score.applicable, percent: completeness }),
    },
    ...(score.isProvisional && score.lowest !== undefined && score.highest !== undefined
      ? [
          {
            text: t('results.provisional', {
              lowest: format.number(score.lowest),
              highest: format.number(score.highest),
            }),
          },
        ]
      : []),
    ...(score.uncappedGrade && score.uncappedGrade !== score.grade
      ? [{ text: t('results.capped', { grade: score.grade, uncapped: score.uncappedGrade }), style: 'critical' }]
      : []),
    { unbreakable: true, stack: [{ text: t('results.sectionsHeading'), style: 'h2' }, sectionChart(input)] },
    ...targetTable(input),
    ...frameTables(input),
  ];
}
