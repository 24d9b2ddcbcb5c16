import { use, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../paths';
import { createConsensusAssessment } from '../../storage/consensus';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/error-summary';
import { FieldError } from '../../ui/field-error';
import { PageHeading } from '../../ui/page-heading';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { consensusProfile } from '../../workshop/consensus/unit-groups';
import { describeStorageError } from '../storage-messages';
import { useUnitGroups } from './use-member-candidates';
import './consensus.css';

interface MergeForm {
  unitKey: string;
  memberKeys: string[];
  facilitatorName: string;
  facilitatorRole: string;
}

const FIELD_IDS: Record<keyof MergeForm, string> = {
  unitKey: 'consensus-unit',
  memberKeys: 'consensus-members',
  facilitatorName: 'consensus-facilitator-name',
  facilitatorRole: 'consensus-facilitator-role',
};

/**
 * Consensus for one unit (issue 13), first step: the facilitator chooses the unit, ticks the members' assessments
 * (received copies or the device's own) and gives their own name; the merge then becomes a new assessment of this
 * device, and the discussion of its differences opens.
 */
export function ConsensusScreen() {
  use(screenTextsReady('consensus'));
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const groups = useUnitGroups();
  const merging = useBusyAction();
  const [failure, setFailure] = useState<string>();
  const form = useForm<MergeForm>({
    defaultValues: { unitKey: '', memberKeys: [], facilitatorName: '', facilitatorRole: '' },
    shouldFocusError: false,
  });
  const unitKey = useWatch({ control: form.control, name: 'unitKey' });
  const group = groups?.find(({ key }) => key === unitKey);
  const { errors, submitCount } = form.formState;
  const errorOf = (field: keyof MergeForm) => {
    const key = errors[field]?.message;
    return key ? t(key) : undefined;
  };
  const summary: ErrorSummaryItem[] = (Object.keys(FIELD_IDS) as (keyof MergeForm)[]).flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });

  const onMerge = form.handleSubmit((values) =>
    merging.run('merge', async () => {
      setFailure(undefined);
      const chosen = group?.candidates.filter(({ key }) => values.memberKeys.includes(key)) ?? [];
      try {
        const created = await createConsensusAssessment(
          chosen.map(({ profile, assessmentId, answers }) => ({
            name: profile.assessorName,
            role: profile.assessorRole,
            sourceAssessmentId: assessmentId,
            answers,
          })),
          consensusProfile(chosen, { name: values.facilitatorName.trim(), role: values.facilitatorRole.trim() }),
        );
        navigate(paths.consensusDiscussion.to(created.id));
      } catch (cause) {
        console.error(cause);
        setFailure(t(describeStorageError(cause)));
      }
    }),
  );

  const memberError = errorOf('memberKeys');
  return (
    <>
      <Link href={paths.collection.to()} className="back-link">
        {t('consensus.backToCollection')}
      </Link>
      <PageHeading title={t('consensus.title')}>{t('consensus.title')}</PageHeading>
      <p className="lead">{t('consensus.intro')}</p>
      {groups === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : groups.length === 0 ? (
        <>
          <p>{t('consensus.none')}</p>
          <p>
            <Link href={paths.collection.to()}>{t('consensus.collectionOpen')}</Link>
          </p>
        </>
      ) : (
        <form noValidate onSubmit={(event) => void onMerge(event)}>
          <ErrorSummary items={summary} submitCount={submitCount} />
          <RadioGroup
            id={FIELD_IDS.unitKey}
            legend={t('consensus.unitLegend')}
            error={errorOf('unitKey')}
            options={groups.map(({ key, unitName, candidates }) => ({
              value: key,
              label: t('consensus.unitOption', {
                unit: unitName,
                count: candidates.length,
                formatted: format.number(candidates.length),
              }),
            }))}
            registration={form.register('unitKey', {
              required: 'consensus.errors.unit',
              // Members of another unit must not stay ticked, unseen, when the unit changes.
              onChange: () => form.setValue('memberKeys', []),
            })}
          />
          {group ? (
            <div className={`form-group${memberError ? ' form-group--error' : ''}`}>
              <fieldset
                className="fieldset"
                aria-describedby={`consensus-members-hint${memberError ? ' consensus-members-error' : ''}`}
              >
                <legend className="fieldset__legend">{t('consensus.membersLegend')}</legend>
                <div id="consensus-members-hint" className="hint">
                  {t('consensus.membersHint')}
                </div>
                <FieldError id="consensus-members-error" message={memberError} />
                <div className="checkboxes">
                  {group.candidates.map((candidate, index) => {
                    const id = index === 0 ? FIELD_IDS.memberKeys : `consensus-member-${index}`;
                    return (
                      <div className="checkboxes__item" key={candidate.key}>
                        <input
                          id={id}
                          type="checkbox"
                          className="checkboxes__input"
                          value={candidate.key}
                          aria-describedby={`${id}-hint`}
                          {...form.register('memberKeys', {
                            validate: (keys) => keys.length >= 2 || 'consensus.errors.members',
                          })}
                        />
                        <label htmlFor={id} className="checkboxes__label">
                          {t('consensus.memberOption', {
                            name: candidate.profile.assessorName,
                            role: candidate.profile.assessorRole,
                          })}
                        </label>
                        <div id={`${id}-hint`} className="hint">
                          {t(`consensus.origin.${candidate.origin}`, { date: format.dateTime(candidate.updatedAt) })}
                        </div>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            </div>
          ) : null}
          <TextField
            id={FIELD_IDS.facilitatorName}
            label={t('consensus.facilitatorName')}
            hint={t('consensus.facilitatorHint')}
            error={errorOf('facilitatorName')}
            autoComplete="name"
            registration={form.register('facilitatorName', {
              validate: (value) => value.trim().length > 0 || 'consensus.errors.facilitatorName',
              maxLength: { value: 120, message: 'profile.errors.assessorNameTooLong' },
            })}
          />
          <TextField
            id={FIELD_IDS.facilitatorRole}
            label={t('consensus.facilitatorRole')}
            error={errorOf('facilitatorRole')}
            registration={form.register('facilitatorRole', {
              validate: (value) => value.trim().length > 0 || 'consensus.errors.facilitatorRole',
              maxLength: { value: 120, message: 'profile.errors.assessorRoleTooLong' },
            })}
          />
          <div className="button-group">
            <BusyButton busy={merging} actionKey="merge" type="submit" busyLabel={t('consensus.merging')}>
              {t('consensus.merge')}
            </BusyButton>
          </div>
          <ActionStatus message={failure} isError={failure !== undefined} />
        </form>
      )}
    </>
  );
}
