import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Assessment } from '../../assessment/assessment-schema';
import { screenTextsReady } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { paths } from '../../paths';

/**
 * On a merged assessment's task list and results: that it is a consensus of N members, and a link to who answered
 * what. Its texts load only when an assessment is a consensus.
 */
export function ConsensusNotice({ assessment }: { assessment: Assessment }) {
  if (!assessment.consensus) return null;
  // Its own boundary: the texts' first load must not blank the whole task list or results while it suspends.
  return (
    <Suspense fallback={null}>
      <ConsensusNoticeText assessmentId={assessment.id} memberCount={assessment.consensus.members.length} />
    </Suspense>
  );
}

function ConsensusNoticeText({ assessmentId, memberCount }: { assessmentId: string; memberCount: number }) {
  use(screenTextsReady('consensus'));
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="notice">
      <p>{t('consensus.notice.text', { count: memberCount, formatted: format.number(memberCount) })}</p>
      <p>
        <Link href={paths.consensusDiscussion.to(assessmentId)}>{t('consensus.notice.link')}</Link>
      </p>
    </div>
  );
}
