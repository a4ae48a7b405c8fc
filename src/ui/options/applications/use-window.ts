// Windowing for long lists with a fixed row height: only the rows in view (plus a margin) are in
// the DOM, so 10,000 applications scroll as smoothly as 50. Spacers keep the scrollbar honest.
import { useCallback, useLayoutEffect, useRef, useState } from "preact/hooks";

export interface WindowSlice {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

export function sliceFor(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): WindowSlice {
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return {
    start,
    end: Math.max(start, end),
    padTop: start * rowHeight,
    padBottom: Math.max(0, count - end) * rowHeight,
  };
}

export function useWindow(count: number, rowHeight: number, overscan = 10) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // A guess for the first paint (before layout is measured): a typical window's worth of rows.
  const [viewport, setViewport] = useState(800);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 800);
    measure();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  // One state update per frame however fast the scroll events come.
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (ref.current) setScrollTop(ref.current.scrollTop);
    });
  }, []);

  return { ref, onScroll, ...sliceFor(count, rowHeight, scrollTop, viewport, overscan) };
}
