import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1, which also sets the document title. It takes focus when the page appears, so that after a
 * client-side navigation screen-reader and keyboard users start at the new page, as after a full page load.
 */
export function PageHeading({ children, title, caption }: { children: ReactNode; title: string; caption?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
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
