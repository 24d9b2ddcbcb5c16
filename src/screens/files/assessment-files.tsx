import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadQuestionTexts } from '../../i18n/i18n';
import { answersToCsv, planToCsv, ANSWER_CSV_COLUMNS, PLAN_CSV_COLUMNS } from '../../exchange/csv';
import { suggestFileName } from '../../exchange/file-name';
import { useFormat } from '../../i18n/use-format';
import { questionnaire } from '../../questionnaire/questionnaire';
import { listRemediation } from '../../scoring/remediation';
import { scoreAssessment } from '../../scoring/score-assessment';
import type { AssessmentWithPlan } from '../../storage/use-assessments';
import { ActionStatus, BusyButton } from '../../ui/busy-button';
import { describeAssessment } from '../assessment-labels';
import { todayIso } from '../today';
import { answerRows, planRows } from './csv-rows';
import { useFileExport } from './use-file-export';
import { useFileShare } from './use-file-share';

/** The assessment's files: the JSON file others can import, and the answers and plan as CSV for spreadsheets. */
export function AssessmentFiles({ loaded }: { loaded: AssessmentWithPlan }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const { busy, message, exportJson, exportCsv } = useFileExport();
  const share = useFileShare();
  // One message after the buttons: the last action's.
  const [lastAction, setLastAction] = useState<'export' | 'share'>('export');
  const shown = lastAction === 'share' ? share.message : message;
  const { assessment, answers, planItems } = loaded;
  const today = todayIso();
  const subject = describeAssessment(t, assessment);
  // The sample's files say so in their names and, for the CSV, on every row (issue 13).
  const isSample = assessment.sample === true;
  const sampleMark = isSample ? { header: t('exchange.csv.sample'), value: t('report.pdf.sampleMark') } : undefined;
  const headers = <C extends string>(columns: readonly C[], group: 'answers' | 'plan') =>
    Object.fromEntries(columns.map((column) => [column, t(`exchange.csv.${group}.${column}`)])) as Record<C, string>;

  // The files name every question: their texts load first (the task list itself shows none).
  const exportAnswers = () => {
    setLastAction('export');
    return exportCsv(
      async () => {
        await loadQuestionTexts('all');
        return answersToCsv(
          headers(ANSWER_CSV_COLUMNS, 'answers'),
          answerRows(t, tc, format, assessment.profile.unitType, answers),
          sampleMark,
        );
      },
      suggestFileName('answers', today, subject, { isSample }),
    );
  };
  const exportPlan = () => {
    setLastAction('export');
    return exportCsv(
      async () => {
        await loadQuestionTexts('all');
        const score = scoreAssessment(questionnaire, assessment.profile.unitType, answers, today);
        const items = listRemediation(questionnaire, score, today);
        // The security workbench's baseline gaps follow the questionnaire's actions (issue 14), not scored.
        const { loadSecurityGapCsvRows } = await import('../security-level/baseline-csv-rows');
        const securityRows = await loadSecurityGapCsvRows(t, format, assessment.id, answers, today);
        const rows = [...planRows(t, tc, format, items, planItems), ...securityRows];
        return planToCsv(headers(PLAN_CSV_COLUMNS, 'plan'), rows, sampleMark);
      },
      suggestFileName('plan', today, subject, { isSample }),
    );
  };
  const assessmentFileName = suggestFileName('assessment', today, subject, { isSample });

  const busyLabel = t('exchange.actions.busy');
  return (
    <section aria-labelledby="assessment-files-title">
      <h2 id="assessment-files-title" className="heading-m">
        {t('exchange.actions.heading')}
      </h2>
      <p className="hint">{t('exchange.actions.intro')}</p>
      {/* One export at a time: the three buttons share one guard and the message right after them. */}
      <div className="button-group">
        <BusyButton
          busy={busy}
          actionKey="assessment"
          busyLabel={busyLabel}
          className="button button--secondary"
          onAction={() => {
            setLastAction('export');
            return exportJson([assessment.id], assessmentFileName);
          }}
        >
          {t('exchange.actions.exportAssessment')}
        </BusyButton>
        {/* The same file through the phone's share sheet, where the browser can share it (share-file.ts). */}
        {share.isSupported ? (
          <BusyButton
            busy={busy}
            actionKey="share"
            busyLabel={busyLabel}
            className="button button--secondary"
            onAction={() => {
              setLastAction('share');
              return share.shareJson([assessment.id], assessmentFileName);
            }}
          >
            {t('exchange.actions.share')}
          </BusyButton>
        ) : null}
        <BusyButton
          busy={busy}
          actionKey="answers"
          busyLabel={busyLabel}
          className="button button--secondary"
          onAction={exportAnswers}
        >
          {t('exchange.actions.exportAnswersCsv')}
        </BusyButton>
        <BusyButton
          busy={busy}
          actionKey="plan"
          busyLabel={busyLabel}
          className="button button--secondary"
          onAction={exportPlan}
        >
          {t('exchange.actions.exportPlanCsv')}
        </BusyButton>
      </div>
      <ActionStatus message={shown?.text} isError={shown?.kind === 'error'} />
    </section>
  );
}
