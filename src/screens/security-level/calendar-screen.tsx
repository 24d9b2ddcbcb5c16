/**
 * The calendar of duties (issue 14, item 4): the unit's and every system's duties, overdue first, filterable by
 * system, each with its legal basis; the standing incident-reporting rules; the unit's own dates with autosave; and
 * the calendar file (.ics) for the office's calendar.
 *
 * Texts: locales/<language>/screen-security-calendar.json, the law's in screen-security-law.json.
 */
import { use, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../paths';
import { incidentRules, listDuties } from '../../security-level/calendar';
import { dutyRules } from '../../security-level/law/duties';
import { securityLaw } from '../../security-level/law/law-version';
import { workbenchSystems } from '../../security-level/workbench-systems';
import { useSecurityWorkbench, type SecurityWorkbenchData } from '../../storage/use-system-security';
import { FilterSelect } from '../../ui/filter-select';
import { PageHeading } from '../../ui/page-heading';
import { describeAssessment } from '../assessment-labels';
import { NotFoundScreen } from '../not-found-screen';
import { todayIso } from '../today';
import { CalendarDownload } from './calendar-download';
import { CalendarUnitForm } from './calendar-unit-form';
import { DutyList } from './duties-list';
import { IncidentRules } from './incident-rules';

const UNIT = 'unit';

export function SecurityCalendarScreen() {
  use(screenTextsReady('security-calendar'));
  use(screenTextsReady('security-law'));
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const data = useSecurityWorkbench(assessmentId);
  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  if (data === null) return <NotFoundScreen />;
  return <CalendarOfAssessment data={data} />;
}

/** The duties of the unit and of every system it owns or operates, today. */
export function useCalendarDuties(data: SecurityWorkbenchData) {
  return useMemo(() => {
    const today = todayIso();
    const { classified } = workbenchSystems({
      answers: data.answers,
      records: data.systems,
      today,
      now: new Date().toISOString(),
    });
    const duties = listDuties({
      systems: classified.map(({ row, record, result }) => ({ row, record, result })),
      unit: data.unit,
      ownsSystems: classified.some(({ row }) => row.role === undefined || row.role === 'owner'),
      today,
      now: new Date().toISOString(),
      rules: dutyRules,
    });
    return { classified, duties, regimes: new Set(classified.map(({ result }) => result.regime.regime)) };
  }, [data]);
}

function CalendarOfAssessment({ data }: { data: SecurityWorkbenchData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { assessment, unit } = data;
  const { classified, duties, regimes } = useCalendarDuties(data);
  const [subject, setSubject] = useState('');
  const systemNames = new Map(classified.map(({ row }) => [row.id, row.name]));
  const shown = subject ? duties.filter((duty) => duty.systemId === subject) : duties;
  const overdue = duties.filter((duty) => duty.status === 'overdue');
  const soon = duties.filter((duty) => duty.status === 'due-soon');
  const title = t('securityCalendar.title');
  return (
    <>
      <Link href={paths.securityWorkbench.to(assessment.id)} className="back-link">
        {t('securityCalendar.back')}
      </Link>
      <PageHeading
        title={`${title} – ${describeAssessment(t, assessment)}`}
        caption={describeAssessment(t, assessment)}
      >
        {title}
      </PageHeading>
      <p className="lead">{t('securityCalendar.intro')}</p>
      <p className="hint">{t('securityCalendar.lawAsOf', { date: format.date(securityLaw.asOf) })}</p>
      {duties.length === 0 ? (
        <p>{t('securityCalendar.empty')}</p>
      ) : (
        <p>
          <strong>{t('securityCalendar.summary', { overdue: overdue.length, soon: soon.length })}</strong>
        </p>
      )}
      <CalendarDownload assessment={assessment} duties={duties} systemNames={systemNames} />
      <div className="inline-fields filters">
        <FilterSelect
          id="calendar-filter-subject"
          label={t('securityCalendar.filter.label')}
          value={subject}
          onChange={setSubject}
          allLabel={t('securityCalendar.filter.all')}
          options={[
            { value: UNIT, label: t('securityCalendar.filter.unit') },
            ...classified.map(({ row }) => ({ value: row.id, label: row.name })),
          ]}
        />
      </div>
      <p role="status">{t('securityCalendar.showing', { shown: shown.length, total: duties.length })}</p>
      {shown.length ? (
        <section aria-labelledby="calendar-duties-heading">
          <h2 id="calendar-duties-heading">{t('securityCalendar.dutiesHeading')}</h2>
          <DutyList
            duties={shown}
            subjectOf={(duty) =>
              duty.systemId === UNIT
                ? { name: t('securityCalendar.unitGroup') }
                : {
                    name: t('securityCalendar.systemGroup', { name: systemNames.get(duty.systemId) }),
                    link: {
                      href: paths.securityDuties.to(assessment.id, duty.systemId),
                      text: t('securityCalendar.systemLink', { name: systemNames.get(duty.systemId) }),
                    },
                  }
            }
          />
        </section>
      ) : null}
      <CalendarUnitForm assessmentId={assessment.id} unit={unit} />
      <IncidentRules rules={incidentRules(dutyRules, regimes)} />
    </>
  );
}
