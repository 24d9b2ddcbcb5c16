import type { ReactNode } from 'react';

/**
 * A region that scrolls sideways on its own (a wide table at 360 px), named by its caption. It takes focus so that
 * keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollRegion({
  labelledBy,
  label,
  className = 'collection-table-wrap',
  children,
}: {
  labelledBy?: string;
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard
    <div className={className} role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
