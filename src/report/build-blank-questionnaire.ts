/**
 * A printable, blank questionnaire for one unit type, in one language, for workshops on paper: every question that
 * applies to that unit type with its help text, where to find evidence and its legal basis, drawn tick boxes for
 * its options, and lines to write numbers, dates, text and notes on. The answers are typed into the app afterwards.
 *
 * Pure: content and translation functions in, a pdfmake document definition out.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { questionKeys, sectionKeys } from '../questionnaire/content-keys';
import {
  COVERAGE_LEVELS,
  MATURITY_LEVELS,
  YES_PARTLY_NO,
  type NationalTarget,
  type Question,
  type Questionnaire,
  type UnitType,
} from '../questionnaire/content-schema';
import { SYSTEM_ROLES, SYSTEM_TYPES } from '../questionnaire/answer-schema';
import { listApplicableQuestions } from '../questionnaire/questionnaire';
import {
  COLORS,
  CONTENT_WIDTH,
  GRID_LAYOUT,
  checkbox,
  fieldLine,
  pageSetup,
  writingLines,
  INVENTORY_FIELDS,
  INVENTORY_WIDTHS,
} from './pdf-layout';
import { describeScaleOption } from '../wording/answers';
import { describeContentVersion } from '../wording/content-version';
import { describeLegalBasis } from '../wording/legal-citation';
import type { ReportLocale } from './report-locale';

export interface BlankQuestionnaireInput {
  locale: ReportLocale;
  questionnaire: Questionnaire;
  unitType: UnitType;
}

/** The options of the fixed scales, in the order the section screens show them. */
const SCALE_OPTIONS = { 'yes-partly-no': YES_PARTLY_NO, coverage: COVERAGE_LEVELS, maturity: MATURITY_LEVELS } as const;

/** Dots to write a number on. */
const SHORT_BLANK = '…………';
/** Empty rows printed for the inventory of information systems. */
const INVENTORY_ROWS = 6;

/** Two to five options side by side, each with its box. */
function optionRow(labels: readonly string[]): Content {
  return { columns: labels.map((label) => checkbox(label, 'auto')), columnGap: 18 };
}

function specialBoxes(locale: ReportLocale, question: Question): Content[] {
  const { t } = locale;
  const labels = [
    ...(question.allowsNotApplicable ? [t('answers.not-applicable')] : []),
    ...(question.allowsDontKnow ? [t('answers.dont-know')] : []),
  ];
  if (labels.length === 0) return [];
  return [{ text: t('answers.or'), style: 'hint', margin: [0, 2, 0, 0] }, optionRow(labels)];
}

/** What the numbers of the system-type column stand for, and how to mark a system that handles procedures. */
function inventoryLegend(locale: ReportLocale): string {
  const { t } = locale;
  const types = SYSTEM_TYPES.map((type, index) => `${index + 1} ${t(`inventory.systemType.${type}`)}`).join('; ');
  return t('inventory.printLegend', { types });
}

function inventoryTable(locale: ReportLocale): Content {
  const { t } = locale;
  const fields = INVENTORY_FIELDS;
  const hints: Record<string, string> = {
    role: SYSTEM_ROLES.map((role) => t(`inventory.role.${role}`)).join(' / '),
    systemType: SYSTEM_TYPES.map((_type, index) => index + 1).join(' / '),
    proposedLevel: '1–5',
    approvedLevel: '1–5',
    hasSecurityPlan: ['yes', 'partly', 'no'].map((choice) => t(`scales.yes-partly-no.${choice}`)).join(' / '),
  };
  const header = fields.map((field): TableCell => ({
    text: [
      t(`inventory.fields.${field}`),
      ...(hints[field] ? [{ text: `\n(${hints[field]})`, bold: false, color: COLORS.muted }] : []),
    ],
    style: 'tableHeader',
    fontSize: 7.5,
  }));
  const empty = (): TableCell[] => fields.map(() => ({ text: ' ', margin: [0, 8, 0, 8] }));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: INVENTORY_WIDTHS,
      body: [header, ...Array.from({ length: INVENTORY_ROWS }, empty)],
    },
    layout: GRID_LAYOUT,
    margin: [0, 2, 0, 2],
  };
}

/** The question's national target, only where a national target of the content binds this type of unit (§4.8). */
function nationalTargetFor(questionnaire: Questionnaire, question: Question, unitType: UnitType): number | undefined {
  if (question.type !== 'percentage' && question.type !== 'count-pair') return undefined;
  const targets: readonly NationalTarget[] = questionnaire.nationalTargets;
  const binds = targets.some(
    (target) => target.questionId === question.id && (target.appliesTo?.includes(unitType) ?? true),
  );
  return binds ? question.target : undefined;
}

/** What to fill in for one question, by its type. */
function answerSpace(locale: ReportLocale, question: Question, nationalTarget: number | undefined): Content[] {
  const { t, tc, format } = locale;
  const keys = questionKeys(question.id);
  if (question.type === 'yes-partly-no' || question.type === 'coverage' || question.type === 'maturity') {
    const options: readonly string[] = SCALE_OPTIONS[question.type];
    const scale = question.type;
    const label = (option: string) => describeScaleOption(t, tc, question.id, scale, option);
    const boxes =
      question.type === 'yes-partly-no'
        ? [optionRow(options.map(label))]
        : options.map((option) => checkbox(label(option)));
    return [...boxes, ...specialBoxes(locale, question)];
  }
  const target = nationalTarget
    ? [{ text: t('answers.nationalTarget', { target: format.number(nationalTarget) }), style: 'hint' }]
    : [];
  switch (question.type) {
    case 'percentage':
      return [
        { text: `${t('report.blankPdf.percent')} ${SHORT_BLANK} %`, margin: [0, 4, 0, 0] },
        ...target,
        ...specialBoxes(locale, question),
      ];
    case 'count-pair':
      return [
        {
          text: `${tc(keys.part)}: ${SHORT_BLANK}   ${t('answers.outOf')}   ${tc(keys.whole)}: ${SHORT_BLANK}`,
          margin: [0, 4, 0, 0],
        },
        ...target,
        ...specialBoxes(locale, question),
      ];
    case 'date':
      return [{ text: t('report.blankPdf.date'), margin: [0, 4, 0, 0] }, ...specialBoxes(locale, question)];
    case 'multi-choice':
      return [
        { text: t('answers.selectAll'), style: 'hint' },
        ...question.options.map((option) => checkbox(tc(keys.option(option.id)))),
        ...specialBoxes(locale, question),
      ];
    case 'text':
      return [writingLines(3), ...specialBoxes(locale, question)];
    case 'system-inventory':
      return [
        { text: t('report.blankPdf.systemsIntro'), style: 'hint' },
        { text: inventoryLegend(locale), style: 'hint' },
        inventoryTable(locale),
        ...specialBoxes(locale, question),
      ];
  }
}

function questionBlock(
  locale: ReportLocale,
  questionnaire: Questionnaire,
  unitType: UnitType,
  question: Question,
  number: string,
): Content {
  const { t, tc } = locale;
  const keys = questionKeys(question.id);
  const isCritical = questionnaire.criticalGaps.some((gap) => gap.questionId === question.id);
  return {
    stack: [
      { text: `${number} ${tc(keys.text)}`, bold: true, fontSize: 10 },
      ...(isCritical ? [{ text: t('report.blankPdf.critical'), style: 'critical', fontSize: 8.5 }] : []),
      { text: tc(keys.help), style: 'hint', margin: [0, 1, 0, 1] },
      { text: [{ text: `${t('evidence.where')} `, bold: true }, tc(keys.evidence)], style: 'hint' },
      {
        text: [
          { text: `${t('legal.basis')} `, bold: true },
          describeLegalBasis(locale, question.legalBasis, questionnaire.legalDocuments),
        ],
        style: 'hint',
        margin: [0, 0, 0, 3],
      },
      ...answerSpace(locale, question, nationalTargetFor(questionnaire, question, unitType)),
      { text: t('report.blankPdf.noteAndEvidence'), style: 'hint', margin: [0, 4, 0, 0] },
      writingLines(2, CONTENT_WIDTH, 16),
    ],
    margin: [0, 4, 0, 10],
    // A question with its boxes stays on one page; the inventory table may run over.
    unbreakable: question.type !== 'system-inventory',
  };
}

export function buildBlankQuestionnaire({
  locale,
  questionnaire,
  unitType,
}: BlankQuestionnaireInput): TDocumentDefinitions {
  const { t, tc, format } = locale;
  const unitTypeName = t(`unitTypes.${unitType}.name`);
  const title = `${t('report.blankPdf.subtitle')} – ${unitTypeName}`;
  const content: Content[] = [
    { text: t('report.blankPdf.title'), style: 'title' },
    { text: t('report.blankPdf.subtitle'), style: 'subtitle', margin: [0, 0, 0, 4] },
    { text: t('report.blankPdf.forUnitType', { unitType: unitTypeName }), alignment: 'center', bold: true },
    {
      text: describeContentVersion(t, format, questionnaire.version, questionnaire.legalAsOf),
      alignment: 'center',
      style: 'hint',
      margin: [0, 0, 0, 14],
    },
    fieldLine(t('report.blankPdf.fields.unitName')),
    fieldLine(t('report.blankPdf.fields.province')),
    fieldLine(t('report.blankPdf.fields.period')),
    fieldLine(t('report.blankPdf.fields.respondent')),
    fieldLine(t('report.blankPdf.fields.date')),
    { text: t('report.blankPdf.instructions'), margin: [0, 10, 0, 6] },
  ];
  questionnaire.sections.forEach((section, sectionIndex) => {
    const questions = listApplicableQuestions(section, unitType);
    if (questions.length === 0) return;
    content.push(
      {
        text: t('report.blankPdf.sectionHeading', {
          number: sectionIndex + 1,
          title: tc(sectionKeys(section.id).title),
        }),
        style: 'h1',
        margin: [0, 14, 0, 2],
        ...(sectionIndex > 0 ? { pageBreak: 'before' as const } : {}),
      },
      { text: tc(sectionKeys(section.id).description), style: 'hint', margin: [0, 0, 0, 6] },
      ...questions.map((question, index) =>
        questionBlock(locale, questionnaire, unitType, question, `${sectionIndex + 1}.${index + 1}.`),
      ),
    );
  });
  return { ...pageSetup(locale, { title, footer: unitTypeName }), content };
}
