/**
 * The level dossier of one system (issue 14, item 2): its proposed level and regime, who prepares, appraises and
 * approves the dossier and in how long, with the forms; the checklist of its components and steps with autosave; the
 * progress; and the drafts of the justification and plan as Word and PDF.
 *
 * Its texts are in locales/<language>/screen-security-dossier.json, the law's in screen-security-law.json.
 */
import { use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { paths } from '../../paths';
import type { InformationSystem } from '../../questionnaire/answer-schema';
import { classifySystem } from '../../security-level/classify';
import { buildDossierChecklist, withDossierItem, type ChecklistEntry } from '../../security-level/dossier-checklist';
import { findInventoryRow } from '../../security-level/inventory';
import { lawKeys } from '../../security-level/law/law-keys';
import {
  emptySystemSecurity,
  type DossierItem,
  type SystemSecurity,
} from '../../security-level/system-security-schema';
import type { Assessment } from '../../assessment/assessment-schema';
import { createSystemSecurityWriter } from '../../storage/system-security-writer';
import { useSecurityWorkbench } from '../../storage/use-system-security';
import { PageHeading } from '../../ui/page-heading';
import { ProgressBar } from '../../ui/progress-bar';
import { NotFoundScreen } from '../not-found-screen';
import { todayIso } from '../today';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import { DossierExports } from './dossier-exports';
import { DossierItemForm } from './dossier-item-form';
import { DossierProcess } from './dossier-process';
import { WriterSaveStatus } from '../writer-save-status';

export function DossierScreen() {
  use(screenTextsReady('security-dossier'));
  use(screenTextsReady('security-law'));
  const { t } = useTranslation();
  const { assessmentId = '', systemId = '' } = useParams<{ assessmentId: string; systemId: string }>();
  const loaded = useSecurityWorkbench(assessmentId);
  if (loaded === undefined) return <p role="status">{t('common.loading')}</p>;
  if (loaded === null) return <NotFoundScreen />;
  const row = findInventoryRow(loaded.answers, systemId);
  const back = (
    <Link href={paths.securityWorkbench.to(assessmentId)} className="back-link">
      {t('securityDossier.back')}
    </Link>
  );
  if (!row) {
    return (
      <>
        {back}
        <PageHeading title={t('securityDossier.title')}>{t('securityDossier.title')}</PageHeading>
        <p>{t('securityDossier.systemMissing')}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <DossierOfSystem
        assessment={loaded.assessment}
        row={row}
        record={loaded.systems.get(systemId) ?? emptySystemSecurity(systemId, new Date(0).toISOString())}
      />
    </>
  );
}

function DossierOfSystem({
  assessment,
  row,
  record,
}: {
  assessment: Assessment;
  row: InformationSystem;
  record: SystemSecurity;
}) {
  const { t } = useTranslation();
  const title = t('securityDossier.title');
  const result = useMemo(
    () => classifySystem({ classification: record.classification, row, today: todayIso() }),
    [record.classification, row],
  );
  const classificationLink = (
    <Link href={paths.securityClassification.to(assessment.id, row.id)}>
      {result.level ? t('securityDossier.reclassify') : t('securityDossier.classify')}
    </Link>
  );
  return (
    <>
      <PageHeading title={`${title} – ${row.name}`} caption={row.name}>
        {title}
      </PageHeading>
      {result.level ? (
        <>
          <p className="lead">
            <strong>{t('securityDossier.level', { level: result.level })}</strong>
            <br />
            {t('securityDossier.regime', { regime: t(lawKeys.regime(result.regime.regime).name) })}.{' '}
            {t(lawKeys.regimeCase(result.regime.case))}
          </p>
          <p>{classificationLink}</p>
          {result.warnings.length ? (
            <div className="notice">
              <ul>
                {result.warnings.map((warning) => (
                  <li key={warning}>{t(lawKeys.warning(warning))}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <DossierProcess regime={result.regime.regime} level={result.level} />
          <DossierChecklistView assessmentId={assessment.id} record={record} level={result.level} result={result} />
          <DossierExports assessment={assessment} row={row} record={record} result={result} level={result.level} />
        </>
      ) : (
        <>
          <p>{t('securityDossier.notClassified')}</p>
          <p>{classificationLink}</p>
        </>
      )}
    </>
  );
}

/**
 * The checklist with its writer. The record also holds the classification, the baseline and the duties, edited by
 * other screens: every write is the record as the live query last read it, with only the dossier changed (the
 * dossier as this screen last edited it, so edits made between two reads are not lost).
 */
function DossierChecklistView({
  assessmentId,
  record,
  level,
  result,
}: {
  assessmentId: string;
  record: SystemSecurity;
  level: NonNullable<ReturnType<typeof classifySystem>['level']>;
  result: ReturnType<typeof classifySystem>;
}) {
  const { t } = useTranslation();
  const [writer] = useState(() => createSystemSecurityWriter(assessmentId, record, 'dossier'));
  const status = useWriterLifecycle(writer);
  // The record as last read, for the writes (an effect keeps it current; a write happens after a render).
  const live = useRef(record);
  useEffect(() => {
    live.current = record;
  }, [record]);
  // The dossier as this screen last edited it: written at once, shown until the live query reads it back.
  const edited = useRef<DossierItem[] | undefined>(undefined);
  const [shown, setShown] = useState<DossierItem[]>();
  const onChange = useCallback(
    (item: DossierItem) => {
      const dossier = withDossierItem(edited.current ?? live.current.dossier, item);
      edited.current = dossier;
      setShown(dossier);
      writer.edit(live.current.systemId, { ...live.current, dossier, updatedAt: new Date().toISOString() });
    },
    [writer],
  );
  const checklist = buildDossierChecklist({ regime: result.regime.regime, level, items: shown ?? record.dossier });
  const { done, total } = checklist.progress;
  const list = (entries: ChecklistEntry[]) => (
    <ul className="card-list">
      {entries.map((entry) => (
        <li key={entry.componentId}>
          <DossierItemForm entry={entry} onChange={onChange} />
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="dossier-checklist-heading">
      <h2 id="dossier-checklist-heading">{t('securityDossier.checklist.components')}</h2>
      <div data-dossier-progress={`${done}/${total}`}>
        <ProgressBar
          percent={total ? (done / total) * 100 : 0}
          label={t('securityDossier.checklist.progress', { done, total })}
        />
      </div>
      <WriterSaveStatus status={status} data={{ 'data-dossier-save': status.kind }} />
      {list(checklist.components)}
      {checklist.steps.length ? (
        <>
          <h2>{t('securityDossier.checklist.steps')}</h2>
          {list(checklist.steps)}
        </>
      ) : null}
      {checklist.apart.length ? (
        <>
          <h2>{t('securityDossier.checklist.apart')}</h2>
          <p className="hint">{t('securityDossier.checklist.apartIntro')}</p>
          {list(checklist.apart)}
        </>
      ) : null}
    </section>
  );
}
