import { useTranslation } from 'react-i18next';
import type { Duty } from '../../security-level/calendar';
import type { DutyRule } from '../../security-level/law/law-schema';
import { lawKeys } from '../../security-level/law/law-keys';
import { DutyList } from './duties-list';

/** A rule of incident reporting as a standing duty: what, to whom, within how long, on what basis. */
function standingDuty(rule: DutyRule): Duty {
  return {
    id: `rule:${rule.id}`,
    systemId: 'unit',
    dutyRuleId: rule.id,
    kind: rule.kind,
    regime: rule.regime,
    status: 'standing',
    ...(rule.withinHours ? { withinHours: rule.withinHours } : {}),
    ...(rule.to ? { to: rule.to } : {}),
    legalBasis: rule.legalBasis,
    confirmation: rule.confirmation,
  };
}

/** The incident-reporting rules of the regimes in use, each regime apart. */
export function IncidentRules({ rules }: { rules: readonly DutyRule[] }) {
  const { t } = useTranslation();
  if (rules.length === 0) return null;
  const regimes = [...new Set(rules.map((rule) => rule.regime))];
  return (
    <section aria-labelledby="incident-rules-heading">
      <h2 id="incident-rules-heading">{t('securityCalendar.incidentRules.heading')}</h2>
      <p className="hint">{t('securityCalendar.incidentRules.intro')}</p>
      {regimes.map((regime) => (
        <section key={regime} aria-labelledby={`incident-rules-${regime}`}>
          <h3 id={`incident-rules-${regime}`}>{t(lawKeys.regime(regime).name)}</h3>
          <DutyList duties={rules.filter((rule) => rule.regime === regime).map(standingDuty)} headingLevel={4} />
        </section>
      ))}
    </section>
  );
}
