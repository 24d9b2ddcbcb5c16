/**
 * Nobody leaves a section without knowing what is kept. Every way out of the section screen (save and continue,
 * the back link, the previous section, the header's links) goes through `leave(href)`, which first writes what is
 * queued, then:
 * - if the write failed (a full disk), stays on the page and says so: navigating would unmount the form and lose
 *   the input;
 * - if some questions have parts that are not valid (kept as drafts), asks whether to stay and correct or to leave
 *   with the drafts kept;
 * - otherwise goes.
 * Links are caught at the document (capture phase), so that links outside the form (the header) are covered too.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import type { FlushResult } from '../../storage/record-writer';
import type { StorageFailure } from '../../storage/storage-error';

export type LeaveBlock =
  | { kind: 'failed'; failure: StorageFailure; href: string }
  | { kind: 'drafts'; href: string; questionIds: readonly string[] };

export function useLeaveGuard({
  flush,
  invalidQuestionIds,
}: {
  flush: () => Promise<FlushResult>;
  invalidQuestionIds: ReadonlySet<string>;
}) {
  const [, navigate] = useLocation();
  const [block, setBlock] = useState<LeaveBlock>();

  /** Leaves for `href` once it is safe; `keepDrafts` skips the question about drafts (the person chose). */
  const leave = useCallback(
    async (href: string, { keepDrafts = false } = {}) => {
      const result = await flush();
      if (!result.ok) {
        setBlock({ kind: 'failed', failure: result.failure, href });
        return;
      }
      if (!keepDrafts && invalidQuestionIds.size > 0) {
        setBlock({ kind: 'drafts', href, questionIds: [...invalidQuestionIds] });
        return;
      }
      setBlock(undefined);
      navigate(href);
    },
    [flush, invalidQuestionIds, navigate],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      // Links within the page (the error summary's) and to other sites are not leaving the section.
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname) return;
      event.preventDefault();
      event.stopPropagation();
      void leave(url.pathname + url.search + url.hash);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [leave]);

  return { block, leave, dismiss: () => setBlock(undefined) };
}
