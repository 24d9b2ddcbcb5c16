import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { RemoteChange } from './section-form-types';

/** Says that another tab changed this question: shown in place, so no change between tabs goes unnoticed. */
export function RemoteChangeNotice({ change }: { change: RemoteChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className={`notice ${change.kind === 'conflict' ? 'notice--error' : ''}`} role="status">
      {t(`section.remote.${change.kind}`, { time: format.time(change.at) })}
    </p>
  );
}
