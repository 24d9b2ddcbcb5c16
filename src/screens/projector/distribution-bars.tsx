import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { questionKeys } from '../../questionnaire/content-keys';
import type { Question } from '../../questionnaire/content-schema';
import type { AnswerDistribution, Bucket } from '../../workshop/projector/answer-distribution';
import type { NameOf } from './class-names';

/** How a bucket is named: a scale's own option text, or a band. */
function useBucketLabel(question: Question, distribution: AnswerDistribution) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  return (bucket: Bucket) => {
    if (distribution.kind !== 'option') return t(`projector.question.bands.${bucket.id}`);
    if (question.type === 'maturity') {
      return `${t('scales.maturityLevel', { level: bucket.id })} ${tc(questionKeys(question.id).level(bucket.id))}`;
    }
    return t(`scales.${question.type}.${bucket.id}`);
  };
}

/**
 * The class's answers to one question as large bars, each with its count and share written out (the text is the
 * equivalent; the bar itself is decoration). Shares are of the units asked the question.
 */
export function DistributionBars({
  question,
  distribution,
  nameOf,
  sampleIds,
}: {
  question: Question;
  distribution: AnswerDistribution;
  nameOf?: NameOf;
  /** The class's samples: a bar holding one says so, names on or off (a sample is no real unit to protect). */
  sampleIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelOf = useBucketLabel(question, distribution);
  const asked = distribution.classSize - distribution.notAsked.count;
  if (asked === 0) return <p>{t('projector.question.nobodyAsked')}</p>;
  const rows = [
    ...distribution.buckets.map((bucket) => ({ bucket, label: labelOf(bucket) })),
    { bucket: distribution.dontKnow, label: t('projector.question.dontKnow') },
    { bucket: distribution.notApplicable, label: t('projector.question.notApplicable') },
    { bucket: distribution.unanswered, label: t('projector.question.unanswered') },
  ];
  return (
    <>
      <ul className="projector-bars">
        {rows.map(({ bucket, label }) => {
          const percent = Math.round((bucket.count / asked) * 100);
          return (
            <li key={bucket.id} className="projector-bars__row">
              <span className="projector-bars__label">{label}</span>
              <span className="projector-bars__track" aria-hidden="true">
                <span className="projector-bars__fill" style={{ width: `${(bucket.count / asked) * 100}%` }} />
              </span>
              <span className="projector-bars__value">
                {t('projector.question.count', { count: bucket.count, percent: format.number(percent) })}
              </span>
              {bucket.assessmentIds.some((id) => sampleIds.has(id)) ? (
                <span className="projector-bars__note">({t('projector.question.hasSample')})</span>
              ) : null}
              {nameOf && bucket.count > 0 ? (
                <span className="projector-bars__names">
                  {t('projector.question.units', { units: bucket.assessmentIds.map(nameOf).join('; ') })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {distribution.notAsked.count > 0 ? (
        <p>{t('projector.question.notAsked', { count: distribution.notAsked.count })}</p>
      ) : null}
    </>
  );
}
