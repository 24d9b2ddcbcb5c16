import { useTranslation } from 'react-i18next';
import { answersToCsv, planToCsv, ANSWER_CSV_COLUMNS, PLAN_CSV_COLUMNS } from '../../exchange/csv';
import { suggestFileName } from '../../exchange/file-name';
import { useFormat } from '../../i18n/use-format';
import { questionnaire } from '../../questionnaire/questionnaire';
import { listRemediation } from '../../scoring/remediation';
import { scoreAssessment } from '../../scoring/score-assessment';
import type { AssessmentWithPlan } from '../../storage/use-assessments';
import { describeAssessment } from '../assessment-labels';
import { todayIso } from '../today';
import { answerRows, planRows } from './csv-rows';
import { useFileExport } from './use-file-export';

/** The assessment's files: the JSON file others can import, and the answers and plan as CSV for spreadsheets. */
export function AssessmentFiles({ loaded }: { loaded: AssessmentWithPlan }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const { message, exportJson, exportCsv } = useFileExport();
  const { assessment, answers, planItems } = loaded;
  const today = todayIso();
  const subject = describeAssessment(t, assessment);
  const headers = <C extends string>(columns: readonly C[], group: 'answers' | 'plan') =>
    Object.fromEntries(columns.map((column) => [column, t(`exchange.csv.${group}.${column}`)])) as Record<C, string>;

  const exportAnswers = () =>
    exportCsv(
      answersToCsv(
        headers(ANSWER_CSV_COLUMNS, 'answers'),
        answerRows(t, tc, format, assessment.profile.unitType, answers),
      ),
      suggestFileName('answers', today, subject),
    );
  const exportPlan = () => {
    const score = scoreAssessment(questionnaire, assessment.profile.unitType, answers, today);
    const items = listRemediation(questionnaire, score, today);
    return exportCsv(
      planToCsv(headers(PLAN_CSV_COLUMNS, 'plan'), planRows(t, tc, format, items, planItems)),
      suggestFileName('plan', today, subject),
    );
  };

  return (
    <section aria-labelledby="assessment-files-title">
      <h2 id="assessment-files-title" className="heading-m">
        {t('exchange.actions.heading')}
      </h2>
      <p className="hint">{t('exchange.actions.intro')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void exportJson([assessment.id], suggestFileName('assessment', today, subject))}
        >
          {t('exchange.actions.exportAssessment')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportAnswers()}>
          {t('exchange.actions.exportAnswersCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportPlan()}>
          {t('exchange.actions.exportPlanCsv')}
        </button>
      </div>
      <p role="status" className={message?.kind === 'error' ? 'error-message' : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
