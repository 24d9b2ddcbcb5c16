/**
 * The guided classification of one system, saved as it is typed, with its result beside it.
 *
 * What is written: the classification alone, merged into the record as stored when the write commits
 * (`saveSystemSecurityPart`), so the dossier, baseline and duties other screens (or tabs) edit are never undone; the
 * record handed to the writer is the one the live query last read, with the classification replaced. The form is filled once, when it opens, and never
 * written into afterwards, so nothing the person types is overwritten; a part not valid yet keeps the fact stored
 * before (`classification-values.ts`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InformationSystem } from '../../questionnaire/answer-schema';
import type { Classification, ClassificationFact } from '../../security-level/classification-schema';
import { withRowFacts } from '../../security-level/classify';
import { emptySystemSecurity, type SystemSecurity } from '../../security-level/system-security-schema';
import { applicableClassification, classifyWorkbenchSystem, factApplies } from '../../security-level/workbench-systems';
import { createSystemSecurityWriter } from '../../storage/system-security-writer';
import { SaveStatusMessage } from '../section/save-status';
import { useWriterLifecycle } from '../use-writer-lifecycle';
import { ClassificationInventoryAction } from './classification-inventory-action';
import { FactQuestion } from './classification-questions';
import { ClassificationResultPanel, RESULT_HEADING_ID } from './classification-result-panel';
import {
  classificationFromValues,
  validateClassificationValues,
  valuesFromClassification,
  type ClassificationValues,
} from './classification-values';

const GROUPS: readonly { id: string; facts: readonly ClassificationFact[] }[] = [
  { id: 'who', facts: ['ownerName', 'operatorName', 'specialisedUnitName'] },
  {
    id: 'what',
    facts: [
      'systemType',
      'handlesProcedures',
      'onlineServiceDepth',
      'conditionalBusinessService',
      'userCount',
      'infrastructureReach',
      'worksGrade',
      'storesElectronicCertificates',
      'nationalEgov24x7',
      'centralNationalData',
    ],
  },
  { id: 'information', facts: ['informationTypes', 'basicDataSubjects', 'sensitiveDataSubjects', 'defenceHarm'] },
  { id: 'harm', facts: ['breachHarm', 'riskLevel'] },
  { id: 'scope', facts: ['scopeSplitOrMerged', 'investedBeforeNewLaw', 'inOperationSince', 'regimeOverride'] },
];

export function ClassificationForm({
  assessmentId,
  row,
  record,
  today,
}: {
  assessmentId: string;
  /** The inventory row, live. */
  row: InformationSystem;
  /** The system's record, live; undefined until its first write. */
  record: SystemSecurity | undefined;
  today: string;
}) {
  const { t } = useTranslation();
  const [writer] = useState(() => createSystemSecurityWriter(assessmentId, record, 'classification'));
  const status = useWriterLifecycle(writer);
  const liveRecord = useRef(record);
  useEffect(() => {
    liveRecord.current = record;
  }, [record]);
  /** What was last handed to the writer: a part typed but not valid keeps this fact. */
  const lastWritten = useRef<Classification>(record?.classification ?? {});
  const [defaultValues] = useState(() => valuesFromClassification(withRowFacts(record?.classification ?? {}, row)));
  const resolver = useMemo<Resolver<ClassificationValues>>(
    () => (values) => {
      const errors = validateClassificationValues(values, today);
      return { values: Object.keys(errors).length ? {} : values, errors };
    },
    [today],
  );
  const form = useForm<ClassificationValues>({ defaultValues, resolver, mode: 'onBlur', reValidateMode: 'onBlur' });
  const [facts, setFacts] = useState<Classification>(() =>
    applicableClassification(classificationFromValues(defaultValues, record?.classification ?? {}, today)),
  );

  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        // A field that shows an error is checked again as it changes, so the error leaves once it is fixed.
        for (const field of ['userCount', 'basicDataSubjects', 'sensitiveDataSubjects', 'inOperationSince'] as const) {
          if (form.getFieldState(field).invalid) void form.trigger(field);
        }
        const classification = applicableClassification(classificationFromValues(values, lastWritten.current, today));
        lastWritten.current = classification;
        setFacts(classification);
        const now = new Date().toISOString();
        const base = liveRecord.current ?? emptySystemSecurity(row.id, now);
        writer.edit(row.id, { ...base, classification, updatedAt: now });
      },
    });
    return unsubscribe;
  }, [form, row.id, today, writer]);

  const shown = withRowFacts(facts, row);
  const result = classifyWorkbenchSystem(
    { ...(record ?? emptySystemSecurity(row.id, '')), classification: facts },
    row,
    today,
  );
  const missingFacts = result.missingFacts.filter((fact) => factApplies(fact, shown));
  const invalidCount = Object.keys(form.formState.errors).length;
  const submit = form.handleSubmit(async () => {
    await writer.flush();
  });

  return (
    <>
      <p className="notice">
        {result.level === undefined
          ? t('securityWorkbench.classification.summaryNone')
          : t('securityWorkbench.classification.summary', {
              level: t('securityWorkbench.level', { level: result.level }),
            })}{' '}
        <a href={`#${RESULT_HEADING_ID}`}>{t('securityWorkbench.classification.seeResult')}</a>
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={`classification-group-${group.id}`}>
            <h2 id={`classification-group-${group.id}`} className="heading-m">
              {t(`securityWorkbench.classification.groups.${group.id}`)}
            </h2>
            {group.facts
              .filter((fact) => factApplies(fact, shown))
              .map((fact) => (
                <FactQuestion key={fact} fact={fact} form={form} />
              ))}
          </section>
        ))}
        <p className="button-group">
          <button type="submit" className="button button--secondary">
            {t('securityWorkbench.classification.save')}
          </button>
        </p>
        <SaveStatusMessage status={status} invalidCount={invalidCount} />
      </form>
      <ClassificationResultPanel result={result} row={row} today={today} missingFacts={missingFacts} />
      <ClassificationInventoryAction
        assessmentId={assessmentId}
        row={row}
        level={result.level}
        classification={shown}
      />
    </>
  );
}
