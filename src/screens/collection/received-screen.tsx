import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { toAnswerMap } from '../../collection/compare/score-received';
import type { ReceivedAssessment } from '../../collection/received-schema';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { criticalGapKey, questionKeys, sectionKeys } from '../../questionnaire/content-keys';
import { questionnaire } from '../../questionnaire/questionnaire';
import { paths } from '../../paths';
import { listRemediation } from '../../scoring/remediation';
import { scoreAssessment } from '../../scoring/score-assessment';
import { useReceived } from '../../storage/use-collection';
import { PageHeading } from '../../ui/page-heading';
import { StatusTag } from '../../ui/status-tag';
import { describePeriod, describeUnit } from '../assessment-labels';
import { LegalBasis } from '../legal-basis';
import { NotFoundScreen } from '../not-found-screen';
import { SampleBanner } from '../sample/sample-badge';
import { FrameTables } from '../results/frame-tables';
import { ScoreSummary } from '../results/score-summary';
import { SectionChart } from '../results/section-chart';
import { TargetTable } from '../results/target-table';
import { todayIso } from '../today';
import { RetiredAnswers } from '../upgrade/retired-answers';
import { ScrollRegion } from './scroll-region';
import './collection.css';

/** One received assessment, read-only: who sent it and where it came from, its results and its plan. */
export function ReceivedScreen() {
  use(screenTextsReady('collection'));
  const { key = '' } = useParams<{ key: string }>();
  const received = useReceived(key);
  const { t } = useTranslation();
  if (received === undefined) return <p role="status">{t('common.loading')}</p>;
  if (received === null) return <NotFoundScreen />;
  return <ReceivedView received={received} />;
}

export function ReceivedView({ received }: { received: ReceivedAssessment }) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const format = useFormat();
  const { assessment, answers, planItems } = received.entry;
  const { profile } = assessment;
  const answerMap = useMemo(() => toAnswerMap(answers), [answers]);
  const today = todayIso();
  const score = useMemo(
    () => scoreAssessment(questionnaire, profile.unitType, answerMap, today),
    [profile.unitType, answerMap, today],
  );
  const plan = useMemo(() => listRemediation(questionnaire, score, today), [score, today]);
  const planById = new Map(planItems.map((item) => [item.questionId, item]));
  const title = `${profile.unitName} – ${describePeriod(t, profile)}`;
  const receipts = [received.receipt, ...received.history];
  return (
    <>
      <Link href={paths.collection.to()} className="back-link">
        {t('collection.received.back')}
      </Link>
      <PageHeading title={`${title} – ${t('collection.title')}`} caption={t('collection.received.caption')}>
        {title}
      </PageHeading>
      <SampleBanner assessment={assessment} isReceived />
      <p className="notice">{t('collection.received.readOnly')}</p>
      {received.conflictWith ? (
        <p className="notice notice--error">
          {t('collection.received.conflict')}{' '}
          <Link href={paths.received.to(received.conflictWith)}>{t('collection.received.openOther')}</Link>
        </p>
      ) : null}
      <h2>{t('collection.received.profileHeading')}</h2>
      <dl className="summary-list">
        <div>
          <dt>{t('collection.table.unit')}</dt>
          <dd>{describeUnit(t, profile)}</dd>
        </div>
        <div>
          <dt>{t('collection.table.period')}</dt>
          <dd>{describePeriod(t, profile)}</dd>
        </div>
        <div>
          <dt>{t('collection.received.assessor')}</dt>
          <dd>
            {profile.assessorName}, {profile.assessorRole}
          </dd>
        </div>
        <div>
          <dt>{t('collection.received.contentVersion')}</dt>
          <dd>
            {received.receipt.contentVersion === assessment.questionnaireVersion
              ? assessment.questionnaireVersion
              : t('collection.received.upgraded', {
                  from: received.receipt.contentVersion,
                  to: assessment.questionnaireVersion,
                })}
          </dd>
        </div>
      </dl>
      <h2>{t('collection.received.sourceHeading')}</h2>
      <ScrollRegion className="collection-table-wrap" labelledBy="receipts-caption">
        <table className="table">
          <caption id="receipts-caption" className="collection-caption">
            {t('collection.received.receiptsCaption', { count: receipts.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('collection.received.fileName')}</th>
              <th scope="col">{t('collection.received.receivedAt')}</th>
              <th scope="col">{t('collection.received.exportedAt')}</th>
              <th scope="col">{t('collection.received.contentVersion')}</th>
            </tr>
          </thead>
          <tbody>
            {receipts.map((receipt, index) => (
              <tr key={`${receipt.digest}-${index}`}>
                <th scope="row">
                  {receipt.fileName}
                  {index === 0 ? (
                    <>
                      {' '}
                      <StatusTag tone="blue">{t('collection.received.current')}</StatusTag>
                    </>
                  ) : null}
                </th>
                <td>{format.dateTime(receipt.receivedAt)}</td>
                <td>{format.dateTime(receipt.exportedAt)}</td>
                <td>{receipt.contentVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h2>{t('collection.received.resultsHeading')}</h2>
      <ScoreSummary score={score} />
      <h3>{t('results.sectionsHeading')}</h3>
      <SectionChart sections={score.sections} />
      <h3>{t('results.criticalGapsHeading')}</h3>
      {score.criticalGaps.length === 0 ? (
        <p>{t('results.noCriticalGaps')}</p>
      ) : (
        <ul className="gap-list">
          {score.criticalGaps.map((gap) => (
            <li key={gap.gapId} className="gap-list__item">
              <strong>{tc(criticalGapKey(gap.gapId))}</strong>{' '}
              <span>{t('results.capsGrade', { grade: gap.capGrade })}</span>
            </li>
          ))}
        </ul>
      )}
      {score.targets.length ? <h3>{t('results.targetsHeading')}</h3> : null}
      <TargetTable targets={score.targets} />
      <h3>{t('results.frames.heading')}</h3>
      <FrameTables score={score} />
      <RetiredAnswers answers={answerMap} />
      <h2>{t('collection.received.planHeading', { count: plan.length })}</h2>
      {plan.length === 0 ? (
        <p>{t('collection.received.noPlan')}</p>
      ) : (
        <ol className="collection-gaps">
          {plan.map((item) => {
            const recorded = planById.get(item.questionId);
            return (
              <li key={item.questionId} className="collection-gaps__item">
                <h4 className="heading-s">{tc(questionKeys(item.questionId).label)}</h4>
                <p className="hint">{tc(sectionKeys(item.sectionId).title)}</p>
                <p>
                  <StatusTag tone={item.priority === 'high' ? 'red' : item.priority === 'medium' ? 'blue' : 'grey'}>
                    {t(`plan.priorities.${item.priority}`)}
                  </StatusTag>{' '}
                  {tc(questionKeys(item.questionId).action)}
                </p>
                {recorded ? (
                  <p>
                    {t(`plan.statuses.${recorded.status}`)}
                    {recorded.owner ? ` · ${recorded.owner}` : ''}
                    {recorded.dueOn ? ` · ${format.date(recorded.dueOn)}` : ''}
                    {recorded.note ? ` · ${recorded.note}` : ''}
                  </p>
                ) : null}
                <LegalBasis references={item.legalBasis} />
              </li>
            );
          })}
        </ol>
      )}
      <p className="hint">{t('results.methodologyNote')}</p>
    </>
  );
}
