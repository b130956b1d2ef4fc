import type { Page } from '@playwright/test';

/**
 * The page's layout shifts so far that the reader's own input did not cause (a press excuses the
 * 500 ms after it), each with what moved and from where to where, so a shift seen once on a
 * loaded machine names its cause: "0.0076 at 418 ms: svg.chapter-art 0,517 390×327 → 0,534 390×310".
 */
export function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        const box = (r: DOMRectReadOnly): string => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        const name = (n?: Node): string =>
          n instanceof Element ? `${n.localName}${n.id ? `#${n.id}` : ''}.${[...n.classList].join('.')}` : (n?.nodeName ?? 'removed node');
        const shifts: string[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Shift[]) {
            if (!e.hadRecentInput)
              shifts.push(
                `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${e.sources.map((s) => `${name(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`).join('; ')}`,
              );
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(shifts)));
      }),
  );
}
