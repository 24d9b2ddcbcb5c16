/**
 * The assessment report as a pdfmake document definition: a cover (optionally under the official header of a
 * Vietnamese administrative document), the summary with a section chart, the critical gaps, the remediation plan
 * as a table, every answer section by section with its note and evidence, and the scoring methodology as an
 * appendix. Page numbers on every page.
 *
 * Pure: everything is computed by the caller (score, plan) and passed in with the translation functions of the
 * report's language; nothing here loads the PDF library. render-pdf.ts turns the result into a file.
 */
import type { Content, ContentStack, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Assessment } from '../assessment/assessment-schema';
import type { PlanItem } from '../assessment/plan-item-schema';
import type { Answer, InformationSystem } from '../questionnaire/answer-schema';
import { criticalGapKey, nationalTargetKey, questionKeys, sectionKeys } from '../questionnaire/content-keys';
import {
  INDEX_766_GROUP_POINTS,
  type NationalTarget,
  type Question,
  type Questionnaire,
} from '../questionnaire/content-schema';
import type { RemediationItem } from '../scoring/remediation';
import type { Improvement } from '../scoring/score-answer';
import {
  SECTION_GRADE_MIN_ANSWERED_SHARE,
  TARGET_STATUS_KEYS,
  type AssessmentScore,
  type FrameScore,
  type QuestionScore,
  type SectionScore,
  type TargetComparison,
} from '../scoring/score-assessment';
import { methodologyFor, type Inline, type MethodologyBlock } from './methodology';
import {
  COLORS,
  GRID_LAYOUT,
  PLAIN_LAYOUT,
  officialHeaderBlock,
  pageSetup,
  type OfficialHeader,
  INVENTORY_FIELDS,
  INVENTORY_WIDTHS,
} from './pdf-layout';
import {
  describeDeadline,
  describeGradeBands,
  describeLegalReferenceShort,
  describeSectionScore,
  listCitedDocuments,
  type ReportLocale,
} from './report-text';

export interface ReportOptions {
  /** Adds the national title and motto, the issuing agency and the document number above the cover. */
  officialHeader?: OfficialHeader;
}

export interface ReportInput {
  locale: ReportLocale;
  questionnaire: Questionnaire;
  assessment: Assessment;
  answers: ReadonlyMap<string, Answer>;
  planItems: ReadonlyMap<string, PlanItem>;
  /** `scoreAssessment(...)` of these answers. */
  score: AssessmentScore;
  /** `listRemediation(...)` of that score. */
  plan: readonly RemediationItem[];
  /** The date of the report, YYYY-MM-DD (the date the score was computed for). */
  today: string;
  /** An answer in words, as the screens write it (screens/results/describe-answer.ts). */
  describeAnswer: (question: Question, answer: Answer | undefined) => string;
  /** What would close a gap, in words, as the plan screen writes it. */
  describeImprovement: (question: Question, improvement: Improvement, answer: Answer | undefined) => string;
  options?: ReportOptions;
}

function findQuestion(questionnaire: Questionnaire, questionId: string) {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId);
    if (question) return question;
  }
  return undefined;
}

/** "Sở Tư pháp – Năm 2026": identifies the document in the footer and the metadata. */
function describeReportSubject(locale: ReportLocale, assessment: Assessment): string {
  const { profile } = assessment;
  return `${profile.unitName} – ${locale.t(`periodLabels.${profile.periodPart}`, { year: profile.periodYear })}`;
}

function labelValueTable(rows: readonly [string, Content][]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value as TableCell]),
    },
    layout: PLAIN_LAYOUT,
  };
}

function cover(input: ReportInput): Content[] {
  const { locale, assessment, questionnaire, today, options } = input;
  const { t, format } = locale;
  const { profile } = assessment;
  const rows: [string, Content][] = [
    [t('report.pdf.cover.unit'), { text: profile.unitName, bold: true }],
    [t('report.pdf.cover.unitType'), t(`unitTypes.${profile.unitType}.name`)],
    [t('report.pdf.cover.province'), t(`provinces.${profile.provinceId}`)],
    ...(profile.communeName ? [[t('report.pdf.cover.commune'), profile.communeName] as [string, Content]] : []),
    [t('report.pdf.cover.period'), t(`periodLabels.${profile.periodPart}`, { year: profile.periodYear })],
    [t('report.pdf.cover.assessor'), `${profile.assessorName}, ${profile.assessorRole}`],
    [t('report.pdf.cover.date'), format.date(today)],
    [
      t('report.pdf.cover.contentVersion'),
      t('taskList.contentVersionValue', {
        version: assessment.questionnaireVersion,
        date: format.date(questionnaire.legalAsOf),
      }),
    ],
  ];
  return [
    ...(options?.officialHeader ? [officialHeaderBlock(locale, options.officialHeader, today)] : []),
    { text: t('report.pdf.title'), style: 'title' },
    { text: t('report.pdf.subtitle'), style: 'subtitle', margin: [0, 0, 0, 2] },
    // A self-assessment never replaces the competent authority's rating (Decree 224/2026 Art. 8.3.c).
    {
      text: t('results.notOfficial'),
      alignment: 'center',
      italics: true,
      fontSize: 9,
      margin: [0, 0, 0, assessment.title ? 2 : 18],
    },
    ...(assessment.title
      ? [{ text: assessment.title, alignment: 'center', margin: [0, 0, 0, 16] } satisfies Content]
      : []),
    labelValueTable(rows),
    { text: t('report.pdf.generatedBy'), style: 'hint', margin: [0, 8, 0, 0] },
  ];
}

const BAR_WIDTH = 150;

/** A bar per section, drawn as vectors, with the same figures written beside it. */
function sectionChart(input: ReportInput): Content {
  const { t, tc } = input.locale;
  const row = (section: SectionScore): TableCell[] => {
    const fill = Math.max(0, Math.min(100, section.score ?? 0)) * (BAR_WIDTH / 100);
    const figures = describeSectionScore(input.locale, section);
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

function describeReached(input: ReportInput, target: TargetComparison): string {
  const { t, tc, format } = input.locale;
  if (!target.reached) return t('results.answer.unanswered');
  if ('percent' in target.reached) return `${format.number(target.reached.percent)}%`;
  const question = findQuestion(input.questionnaire, target.questionId);
  const optionId = target.reached.optionId;
  if (question?.type === 'yes-partly-no' || question?.type === 'coverage')
    return t(`scales.${question.type}.${optionId}`);
  if (question?.type === 'maturity')
    return `${t('scales.maturityLevel', { level: optionId })} ${tc(questionKeys(question.id).level(optionId))}`;
  return optionId;
}

function deadlineKindOf(input: ReportInput, target: TargetComparison) {
  const targets: readonly NationalTarget[] = input.questionnaire.nationalTargets;
  return targets.find((candidate) => candidate.id === target.targetId)?.deadlineKind;
}

function targetTable(input: ReportInput): Content[] {
  const { t, tc } = input.locale;
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
                            text: ` (${describeDeadline(input.locale, target.deadline, deadlineKindOf(input, target), input.today)})`,
                            color: COLORS.muted,
                          },
                        ]
                      : []),
                  ],
                },
                describeReached(input, target),
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

function summary(input: ReportInput): Content[] {
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

/** The grade bands beside the grade, that a critical gap can cap it, and when a section gets a grade. */
function gradeLegend(input: ReportInput): ContentStack {
  const { t } = input.locale;
  return {
    stack: [
      { text: t('results.gradeLegend.heading'), bold: true },
      {
        text: describeGradeBands(input.locale)
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

/** One frame (766 groups or DTI indicators): the unit's score per row and how many questions counted. */
function frameTable<Key extends string>(
  input: ReportInput,
  caption: string,
  nameColumn: string,
  rows: readonly FrameScore<Key>[],
  name: (key: Key) => string,
): Content {
  const { t, format } = input.locale;
  return {
    unbreakable: true,
    stack: [
      { text: caption, bold: true, margin: [0, 6, 0, 2] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', 110, 80],
          body: [
            [nameColumn, t('results.frames.scoreColumn'), t('results.frames.countedColumn')].map((text): TableCell => ({
              text,
              style: 'tableHeader',
            })),
            ...rows.map((row): TableCell[] => [
              name(row.key),
              row.tagged === 0
                ? t('results.frames.noQuestions')
                : row.score === undefined
                  ? t('results.sectionNotScored')
                  : format.number(row.score),
              t('results.frames.counted', { counted: row.counted, tagged: row.tagged }),
            ]),
          ],
        },
        layout: GRID_LAYOUT,
        style: 'tableCell',
      },
    ],
  };
}

/** The unit's answers read in the Decision 766 groups and the DTI indicators: said not to be the official values. */
function frameTables(input: ReportInput): Content[] {
  const { t, tc } = input.locale;
  const { score } = input;
  return [
    { text: t('results.frames.heading'), style: 'h2' },
    { text: t('results.frames.intro'), style: 'hint' },
    frameTable(
      input,
      t('results.frames.index766Caption'),
      t('results.frames.groupColumn'),
      score.index766,
      (key) => `${tc(`index766.${key}`)} (${t('results.frames.points', { points: INDEX_766_GROUP_POINTS[key] })})`,
    ),
    frameTable(input, t('results.frames.dtiCaption'), t('results.frames.indicatorColumn'), score.dti, (key) =>
      tc(`dti.${key}`),
    ),
  ];
}

function criticalGaps(input: ReportInput): Content[] {
  const { t, tc } = input.locale;
  const gaps = input.score.criticalGaps;
  return [
    { text: t('report.pdf.criticalGapsHeading'), style: 'h1', margin: [0, 16, 0, 8] },
    gaps.length === 0
      ? { text: t('results.noCriticalGaps') }
      : {
          ul: gaps.map((gap) => ({
            text: [
              { text: tc(criticalGapKey(gap.gapId)), bold: true },
              ` ${t('results.capsGrade', { grade: gap.capGrade })}`,
            ],
            margin: [0, 0, 0, 3],
          })),
        },
  ];
}

/** "4.2": the section's place and the question's place among those that apply, as in the answers section. */
function questionNumbers(score: AssessmentScore): Map<string, string> {
  return new Map(
    score.sections.flatMap((section, sectionIndex) =>
      section.questions.map((question, index) => [question.questionId, `${sectionIndex + 1}.${index + 1}`] as const),
    ),
  );
}

function planTable(input: ReportInput): Content {
  const { locale, questionnaire, planItems, answers } = input;
  const { t, tc, format } = locale;
  const header = [
    t('report.pdf.columns.priority'),
    t('report.pdf.columns.action'),
    t('report.pdf.columns.legalBasis'),
    t('report.pdf.columns.owner'),
    t('report.pdf.columns.dueOn'),
    t('report.pdf.columns.status'),
  ].map((text): TableCell => ({ text, style: 'tableHeader' }));
  const numbers = questionNumbers(input.score);
  const rows = input.plan.map((item, index): TableCell[] => {
    const planItem = planItems.get(item.questionId);
    const question = findQuestion(questionnaire, item.questionId);
    const improvement =
      question && item.improvement
        ? input.describeImprovement(question, item.improvement, answers.get(item.questionId))
        : undefined;
    return [
      {
        stack: [
          `${index + 1}. ${t(`plan.priorities.${item.priority}`)}`,
          ...(item.isCritical ? [{ text: t('plan.critical'), style: 'critical' }] : []),
        ],
      },
      {
        stack: [
          { text: tc(questionKeys(item.questionId).action) },
          {
            text: [
              t('report.pdf.questionRef', { number: numbers.get(item.questionId) ?? '' }),
              ...(improvement ? [` · ${t('plan.gap')}: ${improvement}`] : []),
            ],
            color: COLORS.muted,
            margin: [0, 2, 0, 0],
          },
        ],
      },
      item.legalBasis
        .map((reference) => describeLegalReferenceShort(locale, reference, questionnaire.legalDocuments))
        .join('; '),
      planItem?.owner
        ? { text: planItem.owner }
        : { text: `${t('plan.role')}: ${t(`roles.${item.role}`)}`, color: COLORS.muted },
      {
        stack: [
          planItem?.dueOn ? format.date(planItem.dueOn) : '',
          ...(item.deadline
            ? [{ text: describeDeadline(locale, item.deadline, item.deadlineKind, input.today), color: COLORS.muted }]
            : []),
        ],
      },
      t(`plan.statuses.${planItem?.status ?? 'to-do'}`),
    ];
  });
  const table: ContentTable = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [62, '*', 110, 80, 62, 46],
      body: [header, ...rows],
    },
    layout: GRID_LAYOUT,
    style: 'tableCell',
  };
  return table;
}

function resolvedItems(input: ReportInput): Content[] {
  const { t, tc } = input.locale;
  const openIds = new Set(input.plan.map((item) => item.questionId));
  const resolved = [...input.planItems.values()].filter((planItem) => !openIds.has(planItem.questionId));
  if (resolved.length === 0) return [];
  return [
    { text: t('plan.groups.resolved', { count: resolved.length }), style: 'h2' },
    {
      ul: resolved.map((planItem) => ({
        text: [
          { text: tc(questionKeys(planItem.questionId).action), bold: true },
          ` ${[planItem.owner, t(`plan.statuses.${planItem.status}`), planItem.note].filter(Boolean).join(' · ')}`,
        ],
        margin: [0, 0, 0, 3],
      })),
      fontSize: 9,
    },
  ];
}

/** Under the plan table: the documents it cites, in full and dated, with their status. */
function citedDocuments(input: ReportInput): Content {
  const { t } = input.locale;
  const references = input.plan.flatMap((item) => item.legalBasis);
  return {
    stack: [
      { text: t('report.pdf.citedDocuments'), bold: true },
      ...listCitedDocuments(input.locale, references, input.questionnaire.legalDocuments).map((line) => ({
        text: line,
      })),
    ],
    style: 'hint',
    margin: [0, 4, 0, 0],
  };
}

function plan(input: ReportInput): Content[] {
  const { t } = input.locale;
  return [
    {
      text: t('report.pdf.planHeading'),
      style: 'h1',
      pageBreak: 'before',
      pageOrientation: 'landscape',
    },
    input.plan.length === 0
      ? { text: t('report.pdf.planEmpty') }
      : { text: t('report.pdf.planIntro', { count: input.plan.length }), margin: [0, 0, 0, 6] },
    ...(input.plan.length ? [planTable(input), citedDocuments(input)] : []),
    ...resolvedItems(input),
  ];
}

function systemsTable(input: ReportInput, systems: readonly InformationSystem[]): Content {
  const { t, format } = input.locale;
  const level = (value?: string) => (value ? t('inventory.level', { level: value }) : t('inventory.notYet'));
  const fields = INVENTORY_FIELDS;
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: INVENTORY_WIDTHS,
      body: [
        fields.map((field): TableCell => ({ text: t(`inventory.fields.${field}`), style: 'tableHeader' })),
        ...systems.map((system): TableCell[] => [
          { text: [{ text: system.name, bold: true }, ...(system.purpose ? [`\n${system.purpose}`] : [])] },
          system.role ? t(`inventory.role.${system.role}`) : t('inventory.notStated'),
          {
            text: [
              t(`inventory.systemType.${system.systemType}`),
              ...(system.handlesProcedures
                ? [{ text: `\n${t('inventory.handlesProceduresShort')}`, italics: true }]
                : []),
            ],
          },
          level(system.proposedLevel),
          system.appraisedOn ? format.date(system.appraisedOn) : '',
          level(system.approvedLevel),
          system.approvedOn ? format.date(system.approvedOn) : '',
          system.hasSecurityPlan ? t(`scales.yes-partly-no.${system.hasSecurityPlan}`) : t('inventory.notAnswered'),
          system.lastInspectedOn ? format.date(system.lastInspectedOn) : '',
        ]),
      ],
    },
    layout: GRID_LAYOUT,
    fontSize: 8,
    lineHeight: 1.1,
    margin: [0, 2, 0, 2],
  };
}

/** "125/QĐ-UBND, 05/10/2026, UBND tỉnh": the evidence document's number, date and issuer, as given. */
function evidenceText(input: ReportInput, answer: Answer): string | undefined {
  const evidence = answer.evidence;
  if (!evidence) return undefined;
  const parts = [
    evidence.documentNumber,
    evidence.issuedOn ? input.locale.format.date(evidence.issuedOn) : undefined,
    evidence.issuer,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

function answerBlock(input: ReportInput, section: SectionScore, question: Question, number: string): Content {
  const { t, tc, format } = input.locale;
  const answer = input.answers.get(question.id);
  const scored = section.questions.find((candidate) => candidate.questionId === question.id);
  const value = answer?.response?.kind === 'value' ? answer.response.value : undefined;
  const systems = value?.type === 'system-inventory' ? value.systems : undefined;
  const evidence = answer ? evidenceText(input, answer) : undefined;
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
    ...(systems?.length ? [systemsTable(input, systems)] : []),
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

function answersSection(input: ReportInput): Content[] {
  const { t, tc } = input.locale;
  const content: Content[] = [
    { text: t('report.pdf.answersHeading'), style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' },
  ];
  input.score.sections.forEach((section, sectionIndex) => {
    const definition = input.questionnaire.sections.find((candidate) => candidate.id === section.sectionId);
    if (!definition) return;
    const score = describeSectionScore(input.locale, section);
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

function inlineText(inlines: readonly Inline[]): Content {
  return {
    text: inlines.map((inline) =>
      inline.code
        ? { text: inline.text, style: 'code' }
        : inline.bold
          ? { text: inline.text, bold: true }
          : inline.text,
    ),
  };
}

function methodologyBlock(block: MethodologyBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: 'h2' };
    case 'paragraph':
      return { ...(inlineText(block.inlines) as object), margin: [0, 0, 0, 5] } as Content;
    case 'list':
      return { ul: block.items.map(inlineText), margin: [0, 0, 0, 5] };
    case 'table': {
      const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length));
      const pad = (cells: readonly Inline[][]) =>
        Array.from({ length: columns }, (_, index) => inlineText(cells[index] ?? [])) as TableCell[];
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: Array.from({ length: columns }, (_, index) => (index === 0 ? '*' : 'auto')),
          body: [
            pad(block.header).map((cell) => ({ ...(cell as object), style: 'tableHeader' }) as TableCell),
            ...block.rows.map(pad),
          ],
        },
        layout: GRID_LAYOUT,
        style: 'tableCell',
        margin: [0, 2, 0, 8],
      };
    }
  }
}

function appendix(input: ReportInput): Content[] {
  const { t, format, language } = input.locale;
  return [
    { text: t('report.pdf.appendixHeading'), style: 'h1', pageBreak: 'before' },
    {
      text: t('taskList.contentVersionValue', {
        version: input.questionnaire.version,
        date: format.date(input.questionnaire.legalAsOf),
      }),
      style: 'hint',
      margin: [0, 0, 0, 4],
    },
    ...methodologyFor(language).map(methodologyBlock),
  ];
}

export function buildReport(input: ReportInput): TDocumentDefinitions {
  const subject = describeReportSubject(input.locale, input.assessment);
  const title = `${input.locale.t('report.pdf.subtitle')} – ${subject}`;
  return {
    ...pageSetup(input.locale, { title, footer: subject }),
    content: [
      ...cover(input),
      ...summary(input),
      ...criticalGaps(input),
      ...plan(input),
      ...answersSection(input),
      ...appendix(input),
    ],
  };
}
