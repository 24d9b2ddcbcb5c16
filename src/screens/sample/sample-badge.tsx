import { use } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../assessment/assessment-schema';
import { screenTextsReady } from '../../i18n/i18n';

/**
 * The marks of the sample assessment (issue 13): a tag beside its name on the home list, and a banner at the top of
 * each of its screens, so nobody takes the fictional commune's figures for a real unit's. Their texts load only
 * when an assessment is a sample.
 */
export function SampleBadge({ assessment }: { assessment: Pick<Assessment, 'sample'> }) {
  return assessment.sample ? <SampleBadgeText /> : null;
}

/** With `isReceived`, on a department's received copy: it also says the collection leaves it out of its figures. */
export function SampleBanner({
  assessment,
  isReceived = false,
}: {
  assessment: Pick<Assessment, 'sample'>;
  isReceived?: boolean;
}) {
  return assessment.sample ? <SampleBannerText isReceived={isReceived} /> : null;
}

function SampleBadgeText() {
  use(screenTextsReady('sample'));
  const { t } = useTranslation();
  return <strong className="tag tag--sample">{t('sample.badge')}</strong>;
}

function SampleBannerText({ isReceived }: { isReceived: boolean }) {
  use(screenTextsReady('sample'));
  const { t } = useTranslation();
  return (
    // A region with a name, not a live status: it is there when the screen opens and never changes.
    <aside className="notice notice--sample" aria-label={t('sample.banner')}>
      <p className="notice--sample__title">{t('sample.banner')}</p>
      <p>{t('sample.bannerText')}</p>
      {isReceived ? <p>{t('sample.collection.receivedLeftOut')}</p> : null}
    </aside>
  );
}
