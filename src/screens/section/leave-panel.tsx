import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaveBlock } from './use-leave-guard';

/**
 * Why the person is still on the section: a failed write (they cannot leave until it is written), or parts kept
 * as drafts (they choose). It takes focus when it appears, so screen readers announce it and keyboard users can
 * act at once.
 */
export function LeavePanel({
  block,
  questionNumber,
  onStay,
  onLeave,
  onRetry,
}: {
  block: LeaveBlock;
  questionNumber: (questionId: string) => number;
  onStay: () => void;
  onLeave: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus();
  }, [block]);
  if (block.kind === 'failed') {
    return (
      <div className="notice notice--error leave-panel" role="alertdialog" aria-labelledby="leave-panel-title">
        <h2 id="leave-panel-title" className="leave-panel__title" tabIndex={-1} ref={heading}>
          {t('section.leave.failedTitle')}
        </h2>
        <p>{t('section.leave.failedBody', { reason: t(`storage.errors.${block.failure}`) })}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={onRetry}>
            {t('section.leave.retry')}
          </button>
        </div>
      </div>
    );
  }
  const numbers = block.questionIds
    .map(questionNumber)
    .sort((a, b) => a - b)
    .join(', ');
  return (
    <div className="notice notice--warning leave-panel" role="alertdialog" aria-labelledby="leave-panel-title">
      <h2 id="leave-panel-title" className="leave-panel__title" tabIndex={-1} ref={heading}>
        {t('section.leave.draftsTitle')}
      </h2>
      <p>{t('section.leave.draftsBody', { questions: t('section.leave.questionList', { numbers }) })}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onStay}>
          {t('section.leave.stay')}
        </button>
        <button type="button" className="button button--secondary" onClick={onLeave}>
          {t('section.leave.go')}
        </button>
      </div>
    </div>
  );
}
