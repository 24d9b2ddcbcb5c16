/**
 * The draft of a system's level dossier (issue 14, item 2): the justification of the proposed level and the security
 * plan, as a small document model that `src/docx` writes as a Word file and `src/report/dossier` as a PDF. Pre-filled
 * from the inventory row, the classification's facts and its result, under the national header; every place still to
 * be written is a placeholder («[Cần bổ sung: …]»), which both writers mark.
 *
 * Never filled in: architecture, device lists, network zones and IP plans. They are private (the reference, §4) and
 * the app does not hold them; the draft says so where they go.
 *
 * Pure module: the translation functions are passed in; no React, no storage, no i18next.
 */
import { legalDocuments } from '../questionnaire/content/legal-documents';
import type { LegalReference } from '../questionnaire/content-schema';
import { listCitedDocuments } from '../wording/legal-citation';
import {
  basisOf,
  draftKey,
  heading,
  paragraph,
  placeholder,
  text,
  valueOr,
  type DossierDraft,
  type DossierDraftInput,
  type DraftBlock,
  type DraftRun,
} from './dossier-draft-model';
import { planSection } from './dossier-draft-plan';
import { lawKeys } from './law/law-keys';
import { securityLaw } from './law/law-version';

export type { DossierDraft, DossierDraftInput, DraftBlock, DraftRun } from './dossier-draft-model';

function overviewSection(input: DossierDraftInput): DraftBlock[] {
  const { t } = input.locale;
  const d = (key: string) => t(draftKey(key));
  const { row, record } = input;
  const facts = record.classification;
  const rows: [string, DraftRun][] = [
    [t('inventory.fields.name'), text(row.name, { bold: true })],
    [t('inventory.fields.purpose'), valueOr(input, row.purpose, d('what.purpose'))],
    [d('owner'), valueOr(input, facts.ownerName, d('what.owner'))],
    [d('operator'), valueOr(input, facts.operatorName, d('what.operator'))],
    [d('specialisedUnit'), valueOr(input, facts.specialisedUnitName, d('what.specialisedUnit'))],
    [t('inventory.fields.role'), row.role ? text(t(`inventory.role.${row.role}`)) : placeholder(input, d('what.role'))],
    [t('inventory.fields.systemType'), text(t(`inventory.systemType.${facts.systemType ?? row.systemType}`))],
    [
      d('inOperationSince'),
      facts.inOperationSince
        ? text(input.locale.format.date(facts.inOperationSince))
        : placeholder(input, d('what.inOperationSince')),
    ],
    [d('scope'), placeholder(input, d('what.scope'))],
  ];
  return [
    heading(1, d('overview.heading')),
    heading(2, d('overview.general')),
    {
      kind: 'table',
      columns: [d('item'), d('content')],
      widths: [35, 65],
      rows: rows.map(([l, v]) => [[text(l)], [v]]),
    },
    heading(2, d('overview.architecture')),
    { kind: 'paragraph', style: 'note', runs: [text(d('overview.private'), { italic: true })] },
    paragraph(placeholder(input, d('what.architecture'))),
    heading(2, d('overview.devices')),
    paragraph(placeholder(input, d('what.devices'))),
    heading(2, d('overview.zones')),
    paragraph(placeholder(input, d('what.zones'))),
  ];
}

function justificationSection(input: DossierDraftInput): DraftBlock[] {
  const { t } = input.locale;
  const d = (key: string, values?: Record<string, unknown>) => t(draftKey(key), values);
  const { record, result, row, level } = input;
  const facts = record.classification;
  const regime = result.regime.regime;
  const informationTypes = facts.informationTypes ?? [];
  const deciding = new Set(result.deciding.map((criterion) => criterion.id));
  const blocks: DraftBlock[] = [
    heading(1, d('justification.heading')),
    heading(2, d('justification.informationTypes')),
    informationTypes.length
      ? {
          kind: 'bullets',
          items: informationTypes.map((type) => [text(t(lawKeys.factOption('informationTypes', type)))]),
        }
      : paragraph(placeholder(input, d('what.informationTypes'))),
    heading(2, d('justification.systemType')),
    paragraph(
      text(t(`inventory.systemType.${facts.systemType ?? row.systemType}`)),
      text(
        facts.handlesProcedures === undefined
          ? ''
          : `. ${d(facts.handlesProcedures ? 'justification.procedures' : 'justification.noProcedures')}`,
      ),
    ),
    heading(2, d('justification.criteria')),
    result.matched.length
      ? {
          kind: 'table',
          columns: [d('level'), d('criterion'), d('legalBasis')],
          widths: [12, 50, 38],
          rows: result.matched.map((criterion) => [
            [text(criterion.level, { bold: deciding.has(criterion.id) })],
            [
              text(t(lawKeys.criterion(criterion.id))),
              ...(deciding.has(criterion.id) ? [text(` (${d('justification.deciding')})`, { bold: true })] : []),
            ],
            [text(basisOf(input, criterion.legalBasis, criterion.confirmation))],
          ]),
        }
      : paragraph(placeholder(input, d('what.criteria'))),
    heading(2, d('justification.proposal')),
    paragraph(text(d('justification.proposedLevel', { level }), { bold: true })),
    paragraph(
      text(d('justification.regime', { regime: t(lawKeys.regime(regime).name) })),
      text(` ${t(lawKeys.regimeCase(result.regime.case))}`),
    ),
    ...(result.approvedLevel
      ? [paragraph(text(d('justification.approvedEarlier', { level: result.approvedLevel })))]
      : []),
    ...(result.warnings.length
      ? [
          {
            kind: 'bullets',
            items: result.warnings.map((warning) => [text(t(lawKeys.warning(warning)))]),
          } as DraftBlock,
        ]
      : []),
  ];
  if (regime === 'decree-331') {
    // Decree 331 Art. 10.3 a-g [?]: the seven factors of the first risk assessment, to be written by the unit.
    blocks.push(heading(2, d('justification.risk')), paragraph(text(d('justification.riskIntro'))), {
      kind: 'bullets',
      items: RISK_FACTORS.map((factor) => [
        text(`${factor}) `),
        placeholder(input, d('what.riskFactor', { point: factor })),
      ]),
    });
  }
  return blocks;
}

/** The points a-g of Decree 331/2026 Art. 10.3 (the seven factors of the first risk assessment). */
const RISK_FACTORS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'] as const;

function highLevelSection(input: DossierDraftInput): DraftBlock[] {
  const { t } = input.locale;
  const d = (key: string, values?: Record<string, unknown>) => t(draftKey(key), values);
  const { level } = input;
  const regime = input.result.regime.regime;
  if (level !== '4' && level !== '5') {
    return [heading(1, d('high.heading')), paragraph(text(d('high.notNeeded', { level }), { italic: true }))];
  }
  const items = ['opinion', 'connected', 'critical', 'threats', 'impact'];
  if (regime === 'decree-331') items.push('riskReport');
  if (level === '4') items.push('always-on');
  return [
    heading(1, d('high.heading')),
    paragraph(text(d('high.intro'))),
    {
      kind: 'bullets',
      items: items.map((item) => [text(`${d(`high.items.${item}`)}: `), placeholder(input, d(`high.items.${item}`))]),
    },
  ];
}

function legalBasisSection(input: DossierDraftInput, planReferences: readonly LegalReference[]): DraftBlock[] {
  const { t, format } = input.locale;
  const references = [...input.result.matched.flatMap((criterion) => criterion.legalBasis), ...planReferences];
  return [
    heading(1, t(draftKey('sources.heading'))),
    {
      kind: 'bullets',
      items: listCitedDocuments(input.locale, references, legalDocuments).map((line) => [text(line)]),
    },
    {
      kind: 'paragraph',
      style: 'note',
      runs: [text(t(draftKey('sources.asOf'), { date: format.date(securityLaw.asOf) }), { italic: true })],
    },
  ];
}

export function buildDossierDraft(input: DossierDraftInput): DossierDraft {
  const { t } = input.locale;
  const d = (key: string, values?: Record<string, unknown>) => t(draftKey(key), values);
  const regime = input.result.regime.regime;
  const [year = ''] = input.today.split('-');
  const plan = planSection(input);
  const subtitle = d(`subtitle.${regime}`, { name: input.row.name });
  return {
    language: input.locale.language,
    header: {
      agency: input.unit.name,
      nationalTitle: t('report.pdf.nationalTitle'),
      motto: t('report.pdf.motto'),
      documentNumber: t('report.pdf.documentNumber', { number: BLANK }),
      placeDate: t('report.pdf.placeDate', {
        place: input.unit.place || BLANK,
        day: BLANK,
        month: BLANK,
        year,
        // The English line is "<place>, <date>": the day and month are left to write there too.
        date: `${BLANK}/${BLANK}/${year}`,
      }),
    },
    title: d('title'),
    subtitle,
    draftMark: d('draftMark'),
    closing: {
      recipientsLabel: d('closing.recipientsLabel'),
      recipients: [d('closing.appraiser'), d('closing.archive')],
      signer: d('closing.signer'),
      signNote: d('closing.signNote'),
    },
    blocks: [
      ...overviewSection(input),
      ...justificationSection(input),
      ...plan.blocks,
      ...highLevelSection(input),
      ...legalBasisSection(input, plan.references),
    ],
    documentTitle: `${d('title')} – ${input.row.name}`,
  };
}

const BLANK = '……';
