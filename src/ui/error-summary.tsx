import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** The id of the field to move to, without '#'. */
  fieldId: string;
  message: string;
}

/**
 * The list of problems at the top of a form (GOV.UK pattern), shown once the user has tried to submit. It takes
 * focus after each failed submission, so that screen readers announce it and keyboard users land on it; each link
 * moves focus to its field. It never takes focus while the user types: errors found on blur or change appear only
 * beside their fields, or the summary would pull the cursor out of the field mid-word.
 *
 * A react-hook-form form that shows it must set `shouldFocusError: false`: otherwise react-hook-form focuses the
 * first invalid field as well, once before the summary renders and again on a timer after it, and focus ends in
 * that field instead of on the summary.
 */
export function ErrorSummary({ items, submitCount }: { items: readonly ErrorSummaryItem[]; submitCount: number }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const focusedForSubmit = useRef(0);
  const isShown = submitCount > 0 && items.length > 0;
  useEffect(() => {
    if (!isShown || focusedForSubmit.current === submitCount) return;
    focusedForSubmit.current = submitCount;
    summary.current?.focus();
  }, [isShown, submitCount]);
  if (!isShown) return null;
  return (
    <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.fieldId}:${item.message}`}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                // Moving focus (not only scrolling) puts the cursor in the field, as GOV.UK's summary does.
                const field = document.getElementById(item.fieldId);
                if (!field) return;
                event.preventDefault();
                field.scrollIntoView({ block: 'center' });
                field.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
