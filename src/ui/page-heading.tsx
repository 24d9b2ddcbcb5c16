import { useEffect, useRef, type ReactNode } from 'react';

/** The URL the app was loaded at: a full page load leaves focus to the browser (so "skip to content" comes first). */
const loadedAt = window.location.href;
let hasNavigated = false;

/**
 * The page's h1, which also sets the document title. After a client-side navigation it takes focus, so that
 * screen-reader and keyboard users start at the new page, as after a full page load; on the page the app was
 * loaded at, focus is left where the browser puts it.
 */
export function PageHeading({ children, title, caption }: { children: ReactNode; title: string; caption?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!hasNavigated && window.location.href === loadedAt) return;
    hasNavigated = true;
    // A link to a question (#question-…) scrolls there; the heading still takes focus, but without scrolling.
    heading.current?.focus({ preventScroll: window.location.hash !== '' });
  }, []);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="page-heading">
      {caption ? <p className="page-heading__caption">{caption}</p> : null}
      <h1 ref={heading} tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
