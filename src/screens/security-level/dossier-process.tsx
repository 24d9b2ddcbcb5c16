import { useTranslation } from 'react-i18next';
import type { SecurityLevel } from '../../questionnaire/answer-schema';
import type { Regime } from '../../security-level/classification-schema';
import { authorityFor } from '../../security-level/law/authorities';
import { dossierComponentsFor } from '../../security-level/law/dossier-components';
import { lawKeys } from '../../security-level/law/law-keys';
import { LegalBasis } from '../legal-basis';

/**
 * Who prepares, appraises and approves the dossier of this level under this regime, in how long, and on which forms,
 * with the legal basis and, where the rule is not confirmed against the gazette, that it is not.
 */
export function DossierProcess({ regime, level }: { regime: Regime; level: SecurityLevel }) {
  const { t } = useTranslation();
  const rule = authorityFor(regime, level);
  const forms = [
    ...new Set(dossierComponentsFor(regime, level).flatMap((component) => (component.form ? [component.form] : []))),
  ].sort();
  const p = (key: string, values?: Record<string, unknown>) => t(`securityDossier.process.${key}`, values);
  const limits = [
    rule.completenessCheckWorkingDays ? p('completenessDays', { count: rule.completenessCheckWorkingDays }) : '',
    rule.appraisalDays ? p('appraisalDays', { count: rule.appraisalDays }) : '',
    rule.approvalWorkingDays ? p('approvalDays', { count: rule.approvalWorkingDays }) : '',
  ].filter(Boolean);
  return (
    <section aria-labelledby="dossier-process-heading" className="dossier-process">
      <h2 id="dossier-process-heading">{p('heading')}</h2>
      <dl className="summary-list">
        {(['prepares', 'appraises', 'approves'] as const).map((role) => (
          <div key={role}>
            <dt>{p(role)}</dt>
            <dd>{t(lawKeys.authority(rule[role]))}</dd>
          </div>
        ))}
      </dl>
      <p>{limits.length ? limits.join(' ') : p('noTimeLimit')}</p>
      <p>{forms.length ? p('forms', { forms: forms.map((form) => p('form', { form })).join(', ') }) : p('noForms')}</p>
      {rule.confirmation === 'confirmed' ? null : <p className="hint">{t(lawKeys.confirmation(rule.confirmation))}</p>}
      <LegalBasis references={rule.legalBasis} />
    </section>
  );
}
