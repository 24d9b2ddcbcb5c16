/**
 * What the answers give, as they are typed: the proposed level beside any level approved earlier (with what changed),
 * every criterion met with its legal basis (the deciding ones first, marked), the rules that apply today and why,
 * with their deadlines, the law's warnings, and the questions still to answer.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { InformationSystem } from '../../questionnaire/answer-schema';
import type { ClassificationResult, ClassificationWarning } from '../../security-level/classification-result';
import type { ClassificationFact } from '../../security-level/classification-schema';
import type { Criterion } from '../../security-level/law/law-schema';
import { lawKeys } from '../../security-level/law/law-keys';
import { NEW_LAW_FROM } from '../../security-level/transition';
import { StatusTag } from '../../ui/status-tag';
import { LegalBasis } from '../legal-basis';
import { factFieldId } from './classification-questions';

export const RESULT_HEADING_ID = 'classification-result';

/** Warnings of what the law forbids or of a level to be determined again: shown as errors, the others as notes. */
const ALARMING_WARNINGS: ReadonlySet<ClassificationWarning> = new Set(['scope-split', 'approved-differs']);

function CriterionItem({ criterion, isDeciding }: { criterion: Criterion; isDeciding: boolean }) {
  const { t } = useTranslation();
  return (
    <li className="explanation__item">
      <p>
        <StatusTag tone={isDeciding ? 'blue' : 'grey'}>
          {t('securityWorkbench.level', { level: criterion.level })}
        </StatusTag>{' '}
        {isDeciding ? <strong>{t('securityWorkbench.result.deciding')}: </strong> : null}
        {t(lawKeys.criterion(criterion.id))}
      </p>
      <LegalBasis references={criterion.legalBasis} />
      {criterion.confirmation === 'confirmed' ? null : (
        <p className="hint">
          <StatusTag tone={criterion.confirmation === 'unconfirmed' ? 'red' : 'grey'}>
            {t(lawKeys.confirmation(criterion.confirmation))}
          </StatusTag>
        </p>
      )}
    </li>
  );
}

function ApprovedLevel({ row }: { row: InformationSystem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const approved = row.approvedLevel;
  if (approved === undefined) return null;
  const level = t('securityWorkbench.level', { level: approved });
  return (
    <div>
      <dt>{t('securityWorkbench.result.approved')}</dt>
      <dd>
        {row.approvedOn
          ? t('securityWorkbench.result.approvedOn', { level, date: format.date(row.approvedOn) })
          : level}
      </dd>
    </div>
  );
}

/** Outside the summary list: its rows are laid out as term and description columns. */
function LevelDiffersNotice({ result, row }: { result: ClassificationResult; row: InformationSystem }) {
  const { t } = useTranslation();
  const approved = row.approvedLevel;
  if (approved === undefined || result.level === undefined || result.level === approved) return null;
  const approvedUnderOldLaw = row.approvedOn !== undefined && row.approvedOn < NEW_LAW_FROM;
  return (
    <div className="notice notice--error">
      <p>
        {t('securityWorkbench.result.differs', {
          proposed: t('securityWorkbench.level', { level: result.level }),
          approved: t('securityWorkbench.level', { level: approved }),
        })}
      </p>
      <p>
        {Number(result.level) > Number(approved)
          ? t('securityWorkbench.result.differsHigher')
          : t('securityWorkbench.result.differsLower')}
      </p>
      {approvedUnderOldLaw && result.regime.regime === 'decree-331' ? (
        <p>
          {t('securityWorkbench.result.differsRegime', {
            before: t(lawKeys.regime('decree-85').name),
            now: t(lawKeys.regime('decree-331').name),
          })}
        </p>
      ) : null}
    </div>
  );
}

export function ClassificationResultPanel({
  result,
  row,
  today,
  missingFacts,
}: {
  result: ClassificationResult;
  row: InformationSystem;
  today: string;
  /** The facts still to answer among the questions shown. */
  missingFacts: readonly ClassificationFact[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const others = result.matched.filter((criterion) => !result.deciding.includes(criterion));
  const goTo = (fact: ClassificationFact) => (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(factFieldId(fact));
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <section aria-labelledby={RESULT_HEADING_ID} className="classification-result">
      <h2 id={RESULT_HEADING_ID} className="heading-m" tabIndex={-1}>
        {t('securityWorkbench.result.heading')}
      </h2>
      <dl className="summary-list">
        <div>
          <dt>{t('securityWorkbench.result.proposed')}</dt>
          <dd>
            {result.level === undefined ? (
              t('securityWorkbench.result.none')
            ) : (
              <strong>{t('securityWorkbench.level', { level: result.level })}</strong>
            )}
          </dd>
        </div>
        <ApprovedLevel row={row} />
      </dl>
      <LevelDiffersNotice result={result} row={row} />

      {result.warnings.length > 0 ? (
        <>
          <h3 className="heading-s">{t('securityWorkbench.result.warningsHeading')}</h3>
          {result.warnings.map((warning) => (
            <p key={warning} className={ALARMING_WARNINGS.has(warning) ? 'notice notice--error' : 'notice'}>
              {t(lawKeys.warning(warning))}
            </p>
          ))}
        </>
      ) : null}

      <h3 className="heading-s">{t('securityWorkbench.result.criteriaHeading')}</h3>
      <p className="hint">{t('securityWorkbench.result.criteriaIntro')}</p>
      {result.matched.length === 0 ? (
        <p>{t('securityWorkbench.result.noCriteria')}</p>
      ) : (
        <ul className="explanation__list">
          {result.deciding.map((criterion) => (
            <CriterionItem key={criterion.id} criterion={criterion} isDeciding />
          ))}
          {others.map((criterion) => (
            <CriterionItem key={criterion.id} criterion={criterion} isDeciding={false} />
          ))}
        </ul>
      )}

      <h3 className="heading-s">{t('securityWorkbench.result.regimeHeading')}</h3>
      <p>
        <strong>{t(lawKeys.regime(result.regime.regime).name)}</strong>
      </p>
      <p>{t('securityWorkbench.result.why', { reason: t(lawKeys.regimeCase(result.regime.case)) })}</p>
      {result.regime.deadlines.length > 0 ? (
        <>
          <h4 className="heading-s">{t('securityWorkbench.result.deadlinesHeading')}</h4>
          <ul>
            {result.regime.deadlines.map((deadline) => (
              <li key={deadline.dutyId}>
                {t('securityWorkbench.result.deadline', {
                  duty: t(lawKeys.duty(deadline.dutyId).name),
                  date: format.date(deadline.by),
                })}
                {deadline.by <= today ? (
                  <>
                    {' '}
                    <StatusTag tone="red">{t('securityWorkbench.result.overdue')}</StatusTag>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="heading-s">{t('securityWorkbench.result.missingHeading')}</h3>
      {missingFacts.length === 0 ? (
        <p>{t('securityWorkbench.result.complete')}</p>
      ) : (
        <>
          <p>{t('securityWorkbench.result.missingIntro')}</p>
          <ul>
            {missingFacts.map((fact) => (
              <li key={fact}>
                <a href={`#${factFieldId(fact)}`} onClick={goTo(fact)}>
                  {t(lawKeys.fact(fact).label)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
