import { use, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommonGap } from '../../collection/compare/common-gaps';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import type { ExportTable } from '../../collection/export/chunks';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { loadQuestionTexts, screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { SECTION_IDS, type Grade } from '../../questionnaire/content-schema';
import { legalDocuments } from '../../questionnaire/content/legal-documents';
import { describeReference, type CitationLocale } from '../../questionnaire/legal-citation';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { describePeriod } from '../assessment-labels';
import { describeAnswer } from '../results/describe-answer';
import { todayIso } from '../today';
import { saveBlob } from '../files/save-file';

type Kind = 'comparison' | 'tidy' | 'workbook';
type Message = { kind: 'working' | 'done' | 'error'; text: string };

/**
 * The collection's data exports (issue 12): the comparison table and the tidy long table as CSV, and a workbook with
 * one sheet per table. The export code loads on the first export; the rows are written in time slices, so the page
 * stays responsive with a national collection, and the status line says how far it got, then that it is saved.
 */
export function CollectionExports({
  rows,
  received,
  commonGaps,
  missing,
  withoutAssessorNames: givenWithoutNames,
  onWithoutAssessorNamesChange,
}: {
  /** The comparison rows in the order the table shows them. */
  rows: readonly ComparisonRow[];
  /** Undefined while the screen still reads the copies: the buttons wait for them. */
  received: readonly ReceivedAssessment[] | undefined;
  commonGaps?: readonly CommonGap[];
  /** Units on the roster that have sent nothing. */
  missing?: readonly MissingUnit[];
  /** The "leave out assessors' names" tick, when the screen holds it (one tick for these files and the PDFs). */
  withoutAssessorNames?: boolean;
  onWithoutAssessorNamesChange?: (withoutNames: boolean) => void;
}) {
  use(screenTextsReady('collection-exports'));
  const { t, i18n } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const busy = useBusyAction();
  const [ownWithoutNames, setOwnWithoutNames] = useState(false);
  const withoutAssessorNames = givenWithoutNames ?? ownWithoutNames;
  const setWithoutAssessorNames = onWithoutAssessorNamesChange ?? setOwnWithoutNames;
  const [message, setMessage] = useState<Message>();
  const hintId = useId();
  const k = (key: string, values?: Record<string, unknown>) => t(`collectionExports.${key}`, values);

  const gradeText = (grade: Grade | undefined) => grade ?? '';
  const comparisonTexts = () => ({
    headers: {
      unit: k('columns.unit'),
      unitType: k('columns.unitType'),
      province: k('columns.province'),
      commune: k('columns.commune'),
      unitCode: k('columns.unitCode'),
      period: k('columns.period'),
      assessorName: k('columns.assessorName'),
      assessorRole: k('columns.assessorRole'),
      contentVersion: k('columns.contentVersion'),
      answeredPercent: k('columns.answeredPercent'),
      score: k('columns.score'),
      lowest: k('columns.lowest'),
      highest: k('columns.highest'),
      grade: k('columns.grade'),
      provisional: k('columns.provisional'),
      criticalGaps: k('columns.criticalGaps'),
      assessmentId: k('columns.assessmentId'),
    },
    sectionScoreHeader: (id: (typeof SECTION_IDS)[number]) =>
      k('columns.sectionScore', { section: tc(sectionKeys(id).title) }),
    sectionGradeHeader: (id: (typeof SECTION_IDS)[number]) =>
      k('columns.sectionGrade', { section: tc(sectionKeys(id).title) }),
    unitType: (type: string) => t(`unitTypes.${type}.name`),
    province: (id: string) => t(`provinces.${id}`),
    period: (periodYear: number, periodPart: ComparisonRow['periodPart']) =>
      describePeriod(t, { periodYear, periodPart }),
    grade: gradeText,
    yes: k('yes'),
    no: k('no'),
  });

  const makeComparison = async (received: readonly ReceivedAssessment[]): Promise<ExportTable> => {
    const { comparisonTable } = await import('../../collection/export/comparison-table');
    return comparisonTable(rows, received, SECTION_IDS, comparisonTexts(), { withoutAssessorNames });
  };
  const makeTidy = async (received: readonly ReceivedAssessment[]): Promise<ExportTable> => {
    const [{ tidyTable }, { questionnaire }] = await Promise.all([
      import('../../collection/export/tidy-table'),
      import('../../questionnaire/questionnaire'),
      // Answer texts name options and levels: every section's question texts.
      loadQuestionTexts('all'),
    ]);
    return tidyTable(received, {
      questionnaire,
      today: todayIso(),
      withoutAssessorNames,
      describe: (question, answer) => describeAnswer(t, tc, format, question, answer),
    });
  };

  const progressOf = (total: number) => (written: number) => {
    const percent = total > 0 ? Math.min(99, Math.floor((written * 100) / total)) : 0;
    setMessage({ kind: 'working', text: k('progress', { percent }) });
  };

  const run = async (kind: Kind, received: readonly ReceivedAssessment[]) => {
    setMessage({ kind: 'working', text: k('working') });
    const date = todayIso();
    try {
      let blob: Blob;
      let fileName: string;
      if (kind === 'workbook') {
        const [{ writeWorkbook }, { commonGapsTable, missingUnitsTable, GAP_COLUMNS }, comparison, tidy] =
          await Promise.all([
            import('../../collection/export/xlsx-workbook'),
            import('../../collection/export/gaps-and-missing-tables'),
            makeComparison(received),
            makeTidy(received),
          ]);
        const citation: CitationLocale = {
          language: i18n.resolvedLanguage === 'en' ? 'en' : 'vi',
          t: (key, values) => t(key, values),
          tc: (key, values) => tc(key, values),
        };
        const sheets = [
          { name: k('sheets.comparison'), ...comparison },
          { name: k('sheets.answers'), ...tidy },
          ...(commonGaps
            ? [
                {
                  name: k('sheets.gaps'),
                  ...commonGapsTable(commonGaps, {
                    headers: Object.fromEntries(
                      GAP_COLUMNS.map((column) => [column, k(`gapColumns.${column}`)]),
                    ) as Parameters<typeof commonGapsTable>[1]['headers'],
                    section: (id) => tc(sectionKeys(id).title),
                    question: (id) => tc(questionKeys(id).label),
                    action: (gap) => (gap.remediation ? tc(gap.actionKey) : ''),
                    legalBasis: (gap) =>
                      gap.legalBasis
                        .map((reference) => describeReference(citation, reference, legalDocuments))
                        .join('; '),
                  }),
                },
              ]
            : []),
          ...(missing
            ? [
                {
                  name: k('sheets.missing'),
                  ...missingUnitsTable(missing, {
                    headers: {
                      name: k('missingColumns.name'),
                      unitType: k('missingColumns.unitType'),
                      province: k('missingColumns.province'),
                      commune: k('missingColumns.commune'),
                      code: k('missingColumns.code'),
                    },
                    unitType: (type) => t(`unitTypes.${type}.name`),
                    province: (id) => t(`provinces.${id}`),
                  }),
                },
              ]
            : []),
        ];
        const total = sheets.reduce((sum, sheet) => sum + (sheet.rowCount ?? 0), 0);
        blob = await writeWorkbook(sheets, { onProgress: progressOf(total) });
        fileName = `egov-readiness-collection-${date}.xlsx`;
      } else {
        const [{ writeCsvBlob }, table] = await Promise.all([
          import('../../collection/export/csv-blob'),
          kind === 'comparison' ? makeComparison(received) : makeTidy(received),
        ]);
        blob = await writeCsvBlob(table, { onProgress: progressOf(table.rowCount ?? 0) });
        fileName = `egov-readiness-collection-${kind === 'comparison' ? 'comparison' : 'answers'}-${date}.csv`;
      }
      saveBlob(blob, fileName);
      setMessage({ kind: 'done', text: k('saved', { name: fileName }) });
    } catch (error) {
      console.error(error);
      setMessage({ kind: 'error', text: k('failed') });
    }
  };

  const isEmpty = received?.length === 0;
  const button = (kind: Kind, label: string) => (
    <BusyButton
      busy={busy}
      actionKey={kind}
      busyLabel={k('working')}
      onAction={() => (received ? run(kind, received) : Promise.resolve())}
      disabled={isEmpty || !received}
    >
      {label}
    </BusyButton>
  );
  return (
    <section aria-labelledby="collection-exports-heading" className="collection-exports">
      <h2 id="collection-exports-heading" className="heading-m">
        {k('heading')}
      </h2>
      <p className="hint">{!received ? k('reading') : isEmpty ? k('empty') : k('intro')}</p>
      <div className="checkboxes__item">
        <input
          id="collection-exports-without-names"
          className="checkboxes__input"
          type="checkbox"
          checked={withoutAssessorNames}
          aria-describedby={hintId}
          onChange={(event) => setWithoutAssessorNames(event.target.checked)}
        />
        <label className="checkboxes__label" htmlFor="collection-exports-without-names">
          {k('withoutAssessorNames')}
        </label>
        <p id={hintId} className="hint">
          {k('withoutAssessorNamesHint')}
        </p>
      </div>
      <div className="button-group">
        {button('comparison', k('comparisonCsv'))}
        {button('tidy', k('tidyCsv'))}
        {button('workbook', k('workbook'))}
      </div>
      <ActionStatus message={message?.text} isError={message?.kind === 'error'} />
    </section>
  );
}
