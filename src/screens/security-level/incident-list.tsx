import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { Duty } from '../../security-level/calendar';
import type { Incident } from '../../security-level/system-security-schema';
import { DutyList } from './duties-list';
import { IncidentReportForm } from './incident-report-form';

/**
 * The incidents recorded on a system, newest first, each with its reporting clocks (what is due by when, overdue in
 * words) and the forms that record when the report, then the final report, was sent.
 */
export function IncidentList({
  incidents,
  clocks,
  onMarkReported,
  onMarkFinal,
}: {
  incidents: readonly Incident[];
  clocks: readonly Duty[];
  onMarkReported: (incidentId: string, at: string) => void;
  onMarkFinal: (incidentId: string, at: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (incidents.length === 0) return <p>{t('securityCalendar.incidents.none')}</p>;
  const newestFirst = [...incidents].sort((a, b) => Date.parse(b.detectedAt) - Date.parse(a.detectedAt));
  return (
    <ul className="card-list">
      {newestFirst.map((incident) => {
        const headingId = `incident-${incident.id}-heading`;
        const flags = [
          incident.serious ? t('securityCalendar.incidents.flags.serious') : undefined,
          incident.personalData ? t('securityCalendar.incidents.flags.personalData') : undefined,
        ].filter(Boolean);
        return (
          <li key={incident.id} className="card">
            <section aria-labelledby={headingId}>
              <h3 id={headingId} className="card__title">
                {t('securityCalendar.incidents.item', { when: format.dateTime(incident.detectedAt) })}
                {flags.length ? ` (${flags.join(', ')})` : ''}
              </h3>
              {incident.summary ? <p>{incident.summary}</p> : null}
              <p>
                {incident.reportedAt
                  ? t('securityCalendar.incidents.reported', { when: format.dateTime(incident.reportedAt) })
                  : t('securityCalendar.incidents.notReported')}
                {incident.finalReportAt
                  ? ` ${t('securityCalendar.incidents.finalReported', { when: format.dateTime(incident.finalReportAt) })}`
                  : ''}
              </p>
              <h4>{t('securityCalendar.incidents.clocks')}</h4>
              <DutyList duties={clocks.filter((clock) => clock.incidentId === incident.id)} headingLevel={4} />
              {incident.reportedAt ? null : (
                <IncidentReportForm
                  incident={incident}
                  field="reportedAt"
                  onRecord={(at) => onMarkReported(incident.id, at)}
                />
              )}
              {incident.reportedAt && !incident.finalReportAt ? (
                <IncidentReportForm
                  incident={incident}
                  field="finalReportAt"
                  onRecord={(at) => onMarkFinal(incident.id, at)}
                />
              ) : null}
            </section>
          </li>
        );
      })}
    </ul>
  );
}
