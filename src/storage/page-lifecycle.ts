/**
 * Ties a writer to the page's life: `pagehide` (closing the tab, bfcache) issues the writes synchronously, since
 * the page may get no further task; `visibilitychange` to hidden (switching apps on a phone, where the page may be
 * killed without any further event) flushes; `beforeunload` asks the browser to confirm leaving while a write has
 * failed, the one case where closing would lose what was typed.
 */
import type { RecordWriter } from './record-writer';

export function keepWritesAcrossPageLifecycle<V>(writer: RecordWriter<V>): () => void {
  const onPageHide = () => writer.writeBeforeUnload();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void writer.flush();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (writer.getStatus().kind === 'failed' && writer.hasUnsavedEdits()) event.preventDefault();
  };
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
