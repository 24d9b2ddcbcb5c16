import { use, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CommonGap } from '../../collection/compare/common-gaps';
import type { ComparisonRow } from '../../collection/compare/comparison-rows';
import type { MissingUnit } from '../../collection/export/gaps-and-missing-tables';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { createFormat } from '../../i18n/format';
import { loadQuestionTexts, screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { questionnaire } from '../../questionnaire/questionnaire';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { TextField } from '../../ui/text-field';
import { todayIso } from '../today';
import { saveBlob } from '../files/save-file';
import { NO_OFFICIAL_HEADER, OfficialHeaderFields, type OfficialHeaderFormFields } from '../official-header-fields';

/** The names under which the browser's performance timeline records each PDF (read by the benchmark). */
export const COLLECTION_PDF_MEASURE = { report: 'pdf-collection-report', memo: 'pdf-missing-memo' } as const;

type PdfKind = keyof typeof COLLECTION_PDF_MEASURE;
type Message = { kind: 'working' | 'done' | 'error'; text: string };

interface HeaderFields extends OfficialHeaderFormFields {
  withoutAssessorNames: boolean;
  /** The memo's "send by" date, YYYY-MM-DD, or empty. */
  sendBy: string;
}

/**
 * The consolidated PDF report of the collection for the People's Committee, and the short memo on the units not
 * reporting (issue 12), optionally under the official header of an administrative document, in the app's language.
 * The PDF code (src/report/collection and pdfmake) loads on first use; the file is made on this device.
 */
export function CollectionReportActions({
  rows,
  received,
  commonGaps,
  missing,
  withoutAssessorNames,
}: {
  /** The comparison rows the report covers (the table's, after its filters). */
  rows: readonly ComparisonRow[];
  /** Undefined while the screen still reads the copies: the buttons wait for them. */
  received: readonly ReceivedAssessment[] | undefined;
  commonGaps: readonly CommonGap[];
  /** Units on the roster that have sent nothing; undefined while there is no roster. */
  missing: readonly MissingUnit[] | undefined;
  /** Given by a screen that asks it once for every export; without it, the form has its own tick. */
  withoutAssessorNames?: boolean;
}) {
  use(screenTextsReady('collection-report'));
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const busy = useBusyAction();
  const [message, setMessage] = useState<Message>();
  const form = useForm<HeaderFields>({
    defaultValues: {
      ...NO_OFFICIAL_HEADER,
      withoutAssessorNames: false,
      sendBy: '',
    },
  });
  const sendByError = form.formState.errors.sendBy?.message;
  const withHeader = useWatch({ control: form.control, name: 'withHeader' });

  const run = async (pdf: PdfKind, received: readonly ReceivedAssessment[]) => {
    setMessage({ kind: 'working', text: t('collectionReport.working') });
    const start = performance.now();
    try {
      const fields = form.getValues();
      const today = todayIso();
      const [report] = await Promise.all([
        import('../../report/collection/create-collection-pdf'),
        // The most common gaps name their questions and actions.
        loadQuestionTexts('all'),
      ]);
      const locale = { language: format.language, t, tc, format: createFormat(format.language) };
      const officialHeader = fields.withHeader
        ? {
            parentAgency: fields.parentAgency,
            agency: fields.agency,
            documentNumber: fields.documentNumber,
            place: fields.place,
          }
        : undefined;
      const blob =
        pdf === 'report'
          ? await report.createCollectionReportPdf({
              locale,
              questionnaire,
              rows,
              received,
              commonGaps,
              missing,
              today,
              options: {
                officialHeader,
                withoutAssessorNames: withoutAssessorNames ?? fields.withoutAssessorNames,
              },
            })
          : await report.createMissingMemoPdf({
              locale,
              missing: missing ?? [],
              receivedCount: received.length,
              today,
              options: { officialHeader, sendBy: fields.sendBy || undefined },
            });
      const fileName = report.toPdfFileName(
        t(pdf === 'report' ? 'collectionReport.fileName' : 'collectionReport.memoFileName', { date: today }),
      );
      saveBlob(blob, fileName);
      performance.measure(COLLECTION_PDF_MEASURE[pdf], {
        start,
        end: performance.now(),
        detail: { bytes: blob.size },
      });
      setMessage({ kind: 'done', text: t('collectionReport.saved', { name: fileName }) });
    } catch (error) {
      console.error(error);
      setMessage({ kind: 'error', text: t('collectionReport.failed') });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (received) void busy.run('report', () => run('report', received));
  };
  const isEmpty = rows.length === 0;
  const reading = received === undefined;
  const id = (field: string) => `collection-report-${field}`;
  return (
    <section aria-labelledby={id('heading')} className="collection-report" data-pdf-status={message?.kind ?? 'idle'}>
      <h2 id={id('heading')} className="heading-m">
        {t('collectionReport.heading')}
      </h2>
      <p className="hint">
        {reading ? t('collectionReport.reading') : isEmpty ? t('collectionReport.empty') : t('collectionReport.intro')}
      </p>
      <form noValidate onSubmit={onSubmit}>
        <OfficialHeaderFields
          id={id}
          withHeader={withHeader}
          register={{
            withHeader: form.register('withHeader'),
            parentAgency: form.register('parentAgency'),
            agency: form.register('agency'),
            documentNumber: form.register('documentNumber'),
            place: form.register('place'),
          }}
        />
        {withoutAssessorNames === undefined ? (
          <div className="checkboxes checkboxes--small">
            <div className="checkboxes__item">
              <input
                id={id('without-names')}
                className="checkboxes__input"
                type="checkbox"
                aria-describedby={id('without-names-hint')}
                {...form.register('withoutAssessorNames')}
              />
              <label className="checkboxes__label" htmlFor={id('without-names')}>
                {t('collectionReport.withoutAssessorNames')}
              </label>
              <p id={id('without-names-hint')} className="hint">
                {t('collectionReport.withoutAssessorNamesHint')}
              </p>
            </div>
          </div>
        ) : null}
        <TextField
          id={id('send-by')}
          label={t('collectionReport.sendBy')}
          hint={t('collectionReport.sendByHint')}
          error={sendByError ? t(sendByError) : undefined}
          registration={form.register('sendBy', {
            validate: (value) => !value || value >= todayIso() || 'collectionReport.sendByPast',
          })}
          type="date"
          width="medium"
        />
        <div className="button-group">
          <BusyButton
            type="submit"
            busy={busy}
            actionKey="report"
            busyLabel={t('collectionReport.working')}
            disabled={isEmpty || reading}
          >
            {t('collectionReport.consolidated')}
          </BusyButton>
          <BusyButton
            busy={busy}
            actionKey="memo"
            busyLabel={t('collectionReport.working')}
            onAction={async () => {
              // A date already past asks the impossible: say so at the field, make nothing.
              if (received && (await form.trigger('sendBy', { shouldFocus: true }))) await run('memo', received);
            }}
            className="button button--secondary"
            disabled={missing === undefined || reading}
          >
            {t('collectionReport.memo')}
          </BusyButton>
        </div>
        {missing === undefined && !reading ? (
          <p className="hint">{t('collectionReport.memoNoRoster', { tab: t('collection.tabs.status') })}</p>
        ) : null}
        <ActionStatus message={message?.text} isError={message?.kind === 'error'} />
      </form>
    </section>
  );
}
