import { useEffect, useState, type RefObject } from 'react';

/**
 * The Fullscreen API on one element (the projector, without the app's header and footer). `canFullscreen` is false
 * where the browser offers none (an embedded frame, some phones): the screen then shows no such button.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
  const [isFullscreen, setFullscreen] = useState(() => document.fullscreenElement != null);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const canFullscreen = document.fullscreenEnabled === true;
  const toggle = () => {
    if (!canFullscreen) return;
    // A refusal (no user gesture, a permission policy) leaves the page as it is; there is nothing to tell the room.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else target.current?.requestFullscreen().catch(() => undefined);
  };
  return { isFullscreen, canFullscreen, toggle };
}
