/**
 * The CSS size of a QR code as large as the screen allows: the width of its box, and no taller than the window,
 * in whole device pixels per module (`symbolSize`). Undefined until both the box and the symbol are known.
 */
import { useEffect, useState, type RefObject } from 'react';
import { symbolSize } from './send-qr-draw';

export function useSymbolSize(box: RefObject<HTMLElement | null>, modules: number | undefined): number | undefined {
  const [available, setAvailable] = useState<number>();
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setAvailable(Math.min(element.clientWidth, window.innerHeight));
    measure();
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    observer?.observe(element);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [box]);
  return modules !== undefined && available !== undefined && available > 0
    ? symbolSize(available, modules, window.devicePixelRatio)
    : undefined;
}
