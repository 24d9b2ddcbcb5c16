import { useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../assessment/profile-schema';
import { createFormat } from '../../wording/format';
import { LANGUAGES, isLanguage, loadLanguage, type Language } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { UNIT_TYPES, type UnitType } from '../../questionnaire/content-schema';
import { questionnaire } from '../../questionnaire/questionnaire';
import { useAssessmentWithPlan } from '../../storage/use-assessments';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { SelectField } from '../../ui/select-field';
import { describePeriod } from '../assessment-labels';
import { todayIso } from '../today';
import { describeAnswer, describeImprovement } from '../../wording/answers';
import { saveBlob } from '../files/save-file';
import { OfficialHeaderFields, type OfficialHeaderFormFields } from '../official-header-fields';

/** The name under which the browser's performance timeline records each PDF (read by the benchmark). */
export const PDF_MEASURE = { report: 'pdf-report', blank: 'pdf-blank-questionnaire' } as const;

type ReportFields = OfficialHeaderFormFields;

interface BlankFields {
  unitType: UnitType;
  language: Language;
}

type PdfKind = keyof typeof PDF_MEASURE;

/** What the last PDF asked for (`pdf`: which of the two) is doing or did; shown next to its button. */
type Status =
  | { kind: 'idle' }
  | { kind: 'working'; pdf: PdfKind }
  | { kind: 'done'; pdf: PdfKind; fileName: string; kb: number }
  | { kind: 'error'; pdf: PdfKind; isOffline: boolean };

/** "Thành phố Hà Nội" → "Hà Nội", "Ninh Bình Province" → "Ninh Bình": the place name of an official document. */
function placeOf(provinceLabel: string): string {
  return provinceLabel.replace(/^(Thành phố|Tỉnh)\s+/u, '').replace(/\s+(City|Province)$/u, '');
}

/**
 * "Download PDF report" (optionally under the official header of an administrative document) and "Blank
 * questionnaire (PDF)". The PDF code (src/report and pdfmake) is loaded only when one of them is used; the file is
 * made on the device, offline too.
 */
export function ReportActions({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const loaded = useAssessmentWithPlan(assessmentId);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // One PDF at a time: both are heavy on a slow laptop, and they share the status.
  const pdfs = useBusyAction();
  const profile: Profile | undefined = loaded?.assessment.profile;

  const reportForm = useForm<ReportFields>({
    values: {
      withHeader: false,
      parentAgency: '',
      agency: profile?.unitName ?? '',
      documentNumber: '',
      place: profile ? placeOf(t(`provinces.${profile.provinceId}`)) : '',
    },
    resetOptions: { keepDirtyValues: true },
  });
  const withHeader = useWatch({ control: reportForm.control, name: 'withHeader' });
  const blankForm = useForm<BlankFields>({
    values: {
      unitType: profile?.unitType ?? 'provincial-department',
      language: isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi',
    },
    resetOptions: { keepDirtyValues: true },
  });

  /** Makes one PDF and hands it to the browser. Run under `pdfs` (see the forms' onSubmit), never twice at once. */
  async function run(pdf: PdfKind, make: () => Promise<{ blob: Blob; fileName: string }>) {
    setStatus({ kind: 'working', pdf });
    const start = performance.now();
    try {
      const { blob, fileName } = await make();
      saveBlob(blob, fileName);
      performance.measure(PDF_MEASURE[pdf], { start, end: performance.now(), detail: { bytes: blob.size } });
      setStatus({ kind: 'done', pdf, fileName, kb: Math.max(1, Math.round(blob.size / 1024)) });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'error', pdf, isOffline: !navigator.onLine });
    }
  }

  const makeReport = (fields: ReportFields) =>
    run('report', async () => {
      if (!loaded) throw new Error('The assessment is not loaded');
      const { assessment, answers, planItems } = loaded;
      const [report, { loadWorkbenchGaps }] = await Promise.all([
        import('../../report/create-pdf'),
        import('../security-level/baseline-report-gaps'),
      ]);
      // The security workbench's baseline gaps go into the plan part (issue 14), not into the score.
      const securityGaps = await loadWorkbenchGaps(assessment.id, answers, todayIso());
      // Numbers and dates as on screen (the same formatter), in the PDF's language.
      const pdfFormat = createFormat(format.language);
      const blob = await report.createReportPdf({
        locale: { language: format.language, t, tc, format: pdfFormat },
        questionnaire,
        assessment,
        answers,
        planItems,
        today: todayIso(),
        describeAnswer: (question, answer) => describeAnswer(t, tc, pdfFormat, question, answer),
        describeImprovement: (question, improvement, answer) =>
          describeImprovement(t, tc, pdfFormat, question, improvement, answer),
        options: fields.withHeader
          ? {
              officialHeader: {
                parentAgency: fields.parentAgency,
                agency: fields.agency,
                documentNumber: fields.documentNumber,
                place: fields.place,
              },
            }
          : {},
        securityGaps,
      });
      const name = t('report.fileName', {
        unit: assessment.profile.unitName,
        period: describePeriod(t, assessment.profile),
      });
      return { blob, fileName: report.toPdfFileName(name) };
    });

  const makeBlank = ({ unitType, language }: BlankFields) =>
    run('blank', async () => {
      const [report] = await Promise.all([import('../../report/create-pdf'), loadLanguage(language)]);
      const fixedT = i18n.getFixedT(language, 'common');
      const fixedTc = i18n.getFixedT(language, 'questionnaire');
      const blob = await report.createBlankQuestionnairePdf({
        locale: { language, t: fixedT, tc: fixedTc, format: createFormat(language) },
        questionnaire,
        unitType,
      });
      const name = fixedT('report.blankFileName', { unitType: fixedT(`unitTypes.${unitType}.name`) });
      return { blob, fileName: report.toPdfFileName(name) };
    });

  const id = (field: string) => `report-${field}`;
  /** Submitting a form (its button, or Enter in a field) starts its PDF unless one is being made. */
  const submitTo = (event: FormEvent, pdf: PdfKind, submit: () => Promise<void>) => {
    event.preventDefault();
    void pdfs.run(pdf, submit);
  };
  /** The message beside the button of `pdf` (nothing beside the other one). */
  const statusOf = (pdf: PdfKind): { message?: string; isError?: boolean } => {
    if (status.kind === 'idle' || status.pdf !== pdf) return {};
    if (status.kind === 'working') return { message: t('report.status.working') };
    if (status.kind === 'done') {
      return { message: t('report.status.done', { file: status.fileName, size: format.number(status.kb) }) };
    }
    return {
      message: status.isOffline ? t('report.status.failedOffline') : t('report.status.failed'),
      isError: true,
    };
  };
  return (
    <section className="report-actions" aria-labelledby="report-actions-heading" data-pdf-status={status.kind}>
      <h2 id="report-actions-heading">{t('report.heading')}</h2>
      <p className="hint">{t('report.intro')}</p>
      <form noValidate onSubmit={(event) => submitTo(event, 'report', reportForm.handleSubmit(makeReport))}>
        <OfficialHeaderFields
          id={id}
          withHeader={withHeader}
          register={{
            withHeader: reportForm.register('withHeader'),
            parentAgency: reportForm.register('parentAgency'),
            agency: reportForm.register('agency'),
            documentNumber: reportForm.register('documentNumber'),
            place: reportForm.register('place'),
          }}
        />
        <div className="busy-action">
          <BusyButton type="submit" busy={pdfs} actionKey="report" busyLabel={t('report.busy')} disabled={!loaded}>
            {t('report.download')}
          </BusyButton>
          <ActionStatus {...statusOf('report')} />
        </div>
      </form>
      <h3>{t('report.blank.heading')}</h3>
      <p className="hint">{t('report.blank.intro')}</p>
      <form noValidate onSubmit={(event) => submitTo(event, 'blank', blankForm.handleSubmit(makeBlank))}>
        <div className="inline-fields">
          <SelectField
            id={id('blank-unit-type')}
            label={t('report.blank.unitType')}
            registration={blankForm.register('unitType')}
            options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitTypes.${type}.name`) }))}
          />
          <SelectField
            id={id('blank-language')}
            label={t('report.blank.language')}
            registration={blankForm.register('language')}
            options={LANGUAGES.map((language) => ({ value: language, label: t(`report.blank.languages.${language}`) }))}
          />
        </div>
        <div className="busy-action">
          <BusyButton
            type="submit"
            busy={pdfs}
            actionKey="blank"
            busyLabel={t('report.busy')}
            className="button button--secondary"
          >
            {t('report.blank.download')}
          </BusyButton>
          <ActionStatus {...statusOf('blank')} />
        </div>
      </form>
    </section>
  );
}
