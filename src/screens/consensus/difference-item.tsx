import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ConsensusMember, ConsensusQuestion } from '../../assessment/consensus-schema';
import { MAX_TEXT_LENGTH } from '../../questionnaire/answer-schema';
import { questionKeys } from '../../questionnaire/content-keys';
import type { Question } from '../../questionnaire/content-schema';
import { saveConsensusDecision } from '../../storage/consensus';
import { ActionStatus, BusyButton, useBusyAction } from '../../ui/busy-button';
import { RadioGroup } from '../../ui/radio-group';
import { StatusTag } from '../../ui/status-tag';
import { TextField } from '../../ui/text-field';
import type { ResponseGroup } from '../../workshop/consensus/classify';
import { listOtherResponses } from '../../workshop/consensus/other-responses';
import { responseKey } from '../../workshop/consensus/response-key';
import { describeStorageError } from '../storage-messages';
import { MemberAnswers, useDescribeResponse } from './member-answers';

interface DecisionForm {
  responseKey: string;
  reason: string;
}

/**
 * One question the members answered differently: each member's answer and note, then the group's choice among
 * their responses and why, saved at once (a reload mid-discussion keeps every decision made).
 */
export function DifferenceItem({
  assessmentId,
  question,
  record,
  groups,
  members,
}: {
  assessmentId: string;
  question: Question;
  record: ConsensusQuestion;
  groups: readonly ResponseGroup[];
  members: readonly ConsensusMember[];
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('questionnaire');
  const describe = useDescribeResponse(question);
  const saving = useBusyAction();
  const [status, setStatus] = useState<{ message: string; isError: boolean }>();
  const form = useForm<DecisionForm>({
    defaultValues: {
      responseKey: record.outcome === 'decided' && record.response ? responseKey(record.response) : '',
      reason: record.reason ?? '',
    },
  });
  const { errors } = form.formState;
  const idBase = `consensus-${question.id}`;
  const nameOf = (memberId: string) => members.find((member) => member.memberId === memberId)?.name ?? memberId;

  // The members' responses first; then, for a scale, the options nobody gave (the group may settle elsewhere).
  const others = listOtherResponses(
    question,
    groups.map(({ response }) => response),
  ).map((response) => ({ key: responseKey(response), response }));
  const choices = [...groups, ...others];

  const onSave = form.handleSubmit((values) =>
    saving.run('save', async () => {
      const chosen = choices.find(({ key }) => key === values.responseKey);
      if (!chosen) return;
      setStatus(undefined);
      try {
        await saveConsensusDecision(assessmentId, question.id, { response: chosen.response, reason: values.reason });
        setStatus({ message: t('consensus.discussion.saved'), isError: false });
      } catch (cause) {
        console.error(cause);
        setStatus({ message: t(describeStorageError(cause)), isError: true });
      }
    }),
  );

  const headingId = `${idBase}-heading`;
  return (
    <section className="consensus-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading-s">
        {tc(questionKeys(question.id).label)}{' '}
        <StatusTag tone={record.outcome === 'decided' ? 'green' : 'red'}>
          {t(record.outcome === 'decided' ? 'consensus.discussion.decided' : 'consensus.discussion.open')}
        </StatusTag>
      </h3>
      <p className="hint">{tc(questionKeys(question.id).text)}</p>
      <MemberAnswers question={question} record={record} members={members} />
      <form noValidate onSubmit={(event) => void onSave(event)}>
        <RadioGroup
          id={`${idBase}-response`}
          legend={t('consensus.discussion.responseLegend')}
          error={errors.responseKey?.message ? t(errors.responseKey.message) : undefined}
          options={[
            ...groups.map((group) => ({
              value: group.key,
              label: t('consensus.discussion.responseOption', {
                answer: describe(group.response),
                names: group.memberIds.map(nameOf).join(', '),
              }),
            })),
            ...others.map((other, index) => ({
              value: other.key,
              label: describe(other.response),
              dividerBefore: index === 0 ? t('consensus.discussion.otherResponses') : undefined,
            })),
          ]}
          registration={form.register('responseKey', { required: 'consensus.errors.response' })}
        />
        <TextField
          id={`${idBase}-reason`}
          label={t('consensus.discussion.reason')}
          hint={t('consensus.discussion.reasonHint')}
          error={errors.reason?.message ? t(errors.reason.message) : undefined}
          multiline
          characterLimit={MAX_TEXT_LENGTH}
          registration={form.register('reason', {
            validate: (value) => value.trim().length > 0 || 'consensus.errors.reason',
            maxLength: { value: MAX_TEXT_LENGTH, message: 'consensus.errors.reason' },
          })}
        />
        <div className="button-group">
          <BusyButton busy={saving} actionKey="save" type="submit" busyLabel={t('consensus.discussion.saving')}>
            {t('consensus.discussion.save')}
          </BusyButton>
        </div>
        <ActionStatus message={status?.message} isError={status?.isError} />
      </form>
    </section>
  );
}
