import { useTranslation } from 'react-i18next';

/** What stands where results will be, until the trainer reveals them. */
export function HiddenResults() {
  const { t } = useTranslation();
  return <p className="projector-hidden">{t('projector.hidden')}</p>;
}
