/**
 * "Use level N as the proposed level in the inventory": the one place where the classification writes into the
 * questionnaire's answer, and only when the unit presses it. The system type and "handles administrative procedures"
 * of the classification go with it only when ticked, each shown next to what the inventory holds.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../paths';
import type { InformationSystem, SecurityLevel } from '../../questionnaire/answer-schema';
import type { Classification } from '../../security-level/classification-schema';
import { INVENTORY_QUESTION_ID } from '../../security-level/inventory';
import { updateInventoryRow, type InventoryRowChange } from '../../storage/inventory-level';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { describeStorageError } from '../storage-messages';

type Outcome = { kind: 'done'; changes: string } | { kind: 'failed'; reason: string };

export function ClassificationInventoryAction({
  assessmentId,
  row,
  level,
  classification,
}: {
  assessmentId: string;
  /** The row as the inventory holds it now (live). */
  row: InformationSystem;
  level: SecurityLevel | undefined;
  /** The classification's facts with the row's prefill. */
  classification: Classification;
}) {
  const { t } = useTranslation();
  const busy = useBusyAction();
  const [copyType, setCopyType] = useState(false);
  const [copyProcedures, setCopyProcedures] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const levelDiffers = level !== undefined && level !== row.proposedLevel;
  const type = classification.systemType;
  const typeDiffers = type !== undefined && type !== row.systemType;
  const procedures = classification.handlesProcedures;
  const proceduresDiffers = procedures !== undefined && procedures !== row.handlesProcedures;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? t('inventory.notAnswered') : t(value ? 'inventory.yes' : 'inventory.no');
  if (level === undefined && !typeDiffers && !proceduresDiffers && outcome === undefined) return null;

  const change: InventoryRowChange = {
    ...(levelDiffers ? { proposedLevel: level } : {}),
    ...(typeDiffers && copyType ? { systemType: type } : {}),
    ...(proceduresDiffers && copyProcedures ? { handlesProcedures: procedures } : {}),
  };
  const hasChange = Object.keys(change).length > 0;
  const write = async () => {
    const described = [
      change.proposedLevel ? t('securityWorkbench.inventory.doneLevel', { level: change.proposedLevel }) : '',
      change.systemType ? t('securityWorkbench.inventory.doneType') : '',
      change.handlesProcedures !== undefined ? t('securityWorkbench.inventory.doneProcedures') : '',
    ].filter(Boolean);
    try {
      await updateInventoryRow(assessmentId, row.id, change);
      setCopyType(false);
      setCopyProcedures(false);
      setOutcome({ kind: 'done', changes: described.join(', ') });
    } catch (error) {
      setOutcome({ kind: 'failed', reason: t(describeStorageError(error)) });
    }
  };
  const isUpToDate = !levelDiffers && !typeDiffers && !proceduresDiffers;

  return (
    <section aria-labelledby="classification-inventory" className="notice">
      <h2 id="classification-inventory" className="heading-m">
        {t('securityWorkbench.inventory.heading')}
      </h2>
      <p>{t('securityWorkbench.inventory.intro')}</p>
      <p>
        {row.proposedLevel
          ? t('securityWorkbench.inventory.current', {
              level: t('securityWorkbench.level', { level: row.proposedLevel }),
            })
          : t('securityWorkbench.inventory.currentNone')}
      </p>
      {isUpToDate ? <p>{t('securityWorkbench.inventory.upToDate')}</p> : null}
      {typeDiffers || proceduresDiffers ? (
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('securityWorkbench.inventory.copyLegend')}</legend>
          <div className="checkboxes">
            {typeDiffers ? (
              <div className="checkboxes__item">
                <input
                  id="classification-copy-type"
                  className="checkboxes__input"
                  type="checkbox"
                  checked={copyType}
                  onChange={(event) => setCopyType(event.target.checked)}
                />
                <label className="checkboxes__label" htmlFor="classification-copy-type">
                  {t('securityWorkbench.inventory.copyType', {
                    value: t(`inventory.systemType.${type}`),
                    current: t(`inventory.systemType.${row.systemType}`),
                  })}
                </label>
              </div>
            ) : null}
            {proceduresDiffers ? (
              <div className="checkboxes__item">
                <input
                  id="classification-copy-procedures"
                  className="checkboxes__input"
                  type="checkbox"
                  checked={copyProcedures}
                  onChange={(event) => setCopyProcedures(event.target.checked)}
                />
                <label className="checkboxes__label" htmlFor="classification-copy-procedures">
                  {t('securityWorkbench.inventory.copyProcedures', {
                    value: yesNo(procedures),
                    current: yesNo(row.handlesProcedures),
                  })}
                </label>
              </div>
            ) : null}
          </div>
        </fieldset>
      ) : null}
      {isUpToDate ? null : (
        <p className="button-group">
          <BusyButton
            busy={busy}
            busyLabel={t('securityWorkbench.inventory.busy')}
            onAction={write}
            disabled={!hasChange}
          >
            {levelDiffers && level !== undefined
              ? t('securityWorkbench.inventory.useLevel', { level })
              : t('securityWorkbench.inventory.copyOnly')}
          </BusyButton>
        </p>
      )}
      <ActionStatus
        isError={outcome?.kind === 'failed'}
        message={
          outcome === undefined
            ? undefined
            : outcome.kind === 'done'
              ? t('securityWorkbench.inventory.done', { changes: outcome.changes })
              : t('securityWorkbench.inventory.failed', { reason: outcome.reason })
        }
      />
      <p>
        <Link href={paths.section.to(assessmentId, 'security', INVENTORY_QUESTION_ID)}>
          {t('securityWorkbench.inventory.open')}
        </Link>
      </p>
    </section>
  );
}
