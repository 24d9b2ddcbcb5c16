/**
 * One system's duties (issue 14, item 4): what is due and by when, the dates they count from (autosaved), and its
 * incidents with their reporting clocks running.
 *
 * The record also holds the classification, the dossier and the baseline, edited by other screens: this screen's
 * writer writes the duties part only, merged into the record as stored when the write commits
 * (`saveSystemSecurityPart`), and the duties as this screen last edited them, so edits made between two reads of
 * the live query are not lost.
 *
 * Texts: locales/<language>/screen-security-calendar.json, the law's in screen-security-law.json.
 */
import { use, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import { listDuties } from '../../security-level/calendar';
import { findInventoryRow } from '../../security-level/inventory';
import { dutyRules } from '../../security-level/law/duties';
import { lawKeys } from '../../security-level/law/law-keys';
import type { DutyDates, Incident } from '../../security-level/system-security-schema';
import { workbenchSystem, type WorkbenchSystem } from '../../security-level/workbench-systems';
import { createSystemSecurityWriter } from '../../storage/system-security-writer';
import { useSecurityWorkbench } from '../../storage/use-system-security';
import { PageHeading } from '../../ui/page-heading';
import { NotFoundScreen } from '../not-found-screen';
import { todayIso } from '../today';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import { dutyDatesFromInput, type SystemDatesInput } from './duties-form-schema';
import { DutyList } from './duties-list';
import { DutiesSystemForm } from './duties-system-form';
import { IncidentForm } from './incident-form';
import { IncidentList } from './incident-list';

/** The clocks run: statuses are worked out again every minute. */
const CLOCK_TICK_MS = 60_000;

export function SystemDutiesScreen() {
  use(screenTextsReady('security-calendar'));
  use(screenTextsReady('security-law'));
  const { t } = useTranslation();
  const { assessmentId = '', systemId = '' } = useParams<{ assessmentId: string; systemId: string }>();
  const loaded = useSecurityWorkbench(assessmentId);
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  const row = findInventoryRow(loaded.answers, systemId);
  const title = t('securityCalendar.system.title');
  const back = (
    <Link href={paths.securityWorkbench.to(assessmentId)} className="back-link">
      {t('securityCalendar.system.back')}
    </Link>
  );
  if (!row) {
    return (
      <>
        {back}
        <PageHeading title={title}>{title}</PageHeading>
        <p>{t('securityCalendar.system.missing')}</p>
      </>
    );
  }
  const stored = loaded.systems.get(systemId);
  const system = workbenchSystem(row, stored, todayIso(), new Date().toISOString());
  return (
    <>
      {back}
      <PageHeading title={`${title} – ${row.name}`} caption={row.name}>
        {title}
      </PageHeading>
      {row.role === 'user' ? (
        <p>{t('securityCalendar.system.usedOnly')}</p>
      ) : (
        <SystemDuties assessmentId={assessmentId} system={system} />
      )}
    </>
  );
}

function SystemDuties({ assessmentId, system }: { assessmentId: string; system: WorkbenchSystem }) {
  const { t } = useTranslation();
  const { row, record, result, hasRecord } = system;
  const [writer] = useState(() => createSystemSecurityWriter(assessmentId, hasRecord ? record : undefined, 'duties'));
  const status = useWriterLifecycle(writer);
  const live = useRef(record);
  useLayoutEffect(() => {
    live.current = record;
  }, [record]);
  const [edited, setEdited] = useState<DutyDates>();
  const editedRef = useRef<DutyDates | undefined>(undefined);
  const editDuties = useCallback(
    (change: (duties: DutyDates) => DutyDates) => {
      const duties = change(editedRef.current ?? live.current.duties);
      editedRef.current = duties;
      setEdited(duties);
      writer.edit(live.current.systemId, { ...live.current, duties, updatedAt: new Date().toISOString() });
    },
    [writer],
  );
  const onDatesChange = useCallback(
    (input: SystemDatesInput) => editDuties((duties) => dutyDatesFromInput(input, duties)),
    [editDuties],
  );
  const stamp = (incidentId: string, field: 'reportedAt' | 'finalReportAt', at: string) =>
    editDuties((duties) => ({
      ...duties,
      incidents: (duties.incidents ?? []).map((incident) =>
        incident.id === incidentId ? { ...incident, [field]: at } : incident,
      ),
    }));
  const onRecord = (incident: Incident) =>
    editDuties((duties) => ({ ...duties, incidents: [...(duties.incidents ?? []), incident] }));
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const duties = edited ?? record.duties;
  const listed = useMemo(
    () =>
      listDuties({
        systems: [{ row, record: { ...record, duties }, result }],
        unit: undefined,
        ownsSystems: false,
        today: todayIso(),
        now,
        rules: dutyRules,
      }),
    [row, record, duties, result, now],
  );
  const clocks = listed.filter((duty) => duty.incidentId !== undefined);
  return (
    <>
      <p className="lead">
        {result.level
          ? t('securityCalendar.system.classification', {
              level: result.approvedLevel ?? result.level,
              regime: t(lawKeys.regime(result.regime.regime).name),
            })
          : t('securityCalendar.system.notClassified')}
      </p>
      <p>
        <Link href={paths.securityClassification.to(assessmentId, row.id)}>
          {t('securityCalendar.system.classify')}
        </Link>
      </p>
      <section aria-labelledby="duties-list-heading">
        <h2 id="duties-list-heading">{t('securityCalendar.system.dutiesHeading')}</h2>
        <DutyList duties={listed.filter((duty) => duty.incidentId === undefined)} />
      </section>
      <DutiesSystemForm duties={record.duties} status={status} onChange={onDatesChange} />
      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">{t('securityCalendar.incidents.heading')}</h2>
        <IncidentList
          incidents={duties.incidents ?? []}
          clocks={clocks}
          onMarkReported={(id, at) => stamp(id, 'reportedAt', at)}
          onMarkFinal={(id, at) => stamp(id, 'finalReportAt', at)}
        />
        <IncidentForm onRecord={onRecord} />
      </section>
    </>
  );
}
