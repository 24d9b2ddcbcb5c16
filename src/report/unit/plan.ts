/**
 * The remediation plan, on landscape pages: one row per action, critical first, with its legal basis, owner, due
 * date and status; under it the documents it cites, in full; then the security workbench's baseline gaps (not
 * scored); then the actions whose gap has closed.
 */
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { questionKeys } from '../../questionnaire/content-keys';
import { lawKeys } from '../../security-level/law/law-keys';
import { describeDeadline } from '../../wording/deadline';
import { describeLegalReferenceShort, listCitedDocuments } from '../../wording/legal-citation';
import { COLORS, GRID_LAYOUT } from '../pdf-layout';
import type { ReportInput } from './report-input';
import { findQuestion, questionNumbers } from './shared';

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
            ? [
                {
                  text: describeDeadline(t, format, item.deadline, item.deadlineKind, input.today),
                  color: COLORS.muted,
                },
              ]
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

/**
 * "Security measures of your systems": the baseline self-check's gaps, one row each, with the system, its level, the
 * requirement group, the result, the legal basis (marked where not yet confirmed), the owner and the due date.
 */
function securityGaps(input: ReportInput): Content[] {
  const gaps = input.securityGaps ?? [];
  if (gaps.length === 0) return [];
  const { locale } = input;
  const { t, format } = locale;
  const header = [
    t('report.pdf.columns.priority'),
    t('securityBaseline.plan.system'),
    t('securityBaseline.plan.requirement'),
    t('report.pdf.columns.legalBasis'),
    t('report.pdf.columns.owner'),
    t('report.pdf.columns.dueOn'),
  ].map((text): TableCell => ({ text, style: 'tableHeader' }));
  const rows = gaps.map((gap, index): TableCell[] => [
    `${index + 1}. ${t(`plan.priorities.${gap.priority}`)}`,
    {
      stack: [gap.systemName, { text: t('securityBaseline.plan.level', { level: gap.level }), color: COLORS.muted }],
    },
    {
      stack: [
        t(lawKeys.requirementGroup(gap.groupId).name),
        { text: t(`securityBaseline.statuses.${gap.status}`), color: COLORS.muted, margin: [0, 2, 0, 0] },
      ],
    },
    {
      stack: [
        gap.legalBasis
          .map((reference) => describeLegalReferenceShort(locale, reference, input.questionnaire.legalDocuments))
          .join('; '),
        ...(gap.confirmation === 'confirmed'
          ? []
          : [{ text: t(lawKeys.confirmation(gap.confirmation)), color: COLORS.muted }]),
      ],
    },
    gap.owner ? { text: gap.owner } : { text: t('securityBaseline.plan.notSet'), color: COLORS.muted },
    gap.dueOn ? format.date(gap.dueOn) : '',
  ]);
  const table: ContentTable = {
    table: { headerRows: 1, dontBreakRows: true, widths: [62, 110, '*', 130, 80, 62], body: [header, ...rows] },
    layout: GRID_LAYOUT,
    style: 'tableCell',
  };
  return [
    { text: t('securityBaseline.plan.heading', { count: gaps.length }), style: 'h2' },
    { text: t('securityBaseline.plan.pdfIntro', { count: gaps.length }), margin: [0, 0, 0, 6] },
    table,
  ];
}

export function plan(input: ReportInput): Content[] {
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
    ...securityGaps(input),
    ...resolvedItems(input),
  ];
}
