/**
 * Runs `start` once the page's first contentful paint has been shown, so code
 * that is not needed for the first picture (the story, read-aloud, the present
 * view's charts) never competes with it: on a slow phone the text appears first
 * and the charts wake up after. Browsers that do not report paints get the frame after the call.
 * A page that never paints (a tab opened in the background) starts when it
 * does, or after FALLBACK_MS at the latest, whichever comes first.
 */
const FALLBACK_MS = 3000;

export function afterFirstPaint(start: () => void, win: Window & typeof globalThis = window): void {
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    start();
  };
  const painted = (): boolean => win.performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted()) return once();
  const Observer = win.PerformanceObserver;
  if (typeof Observer !== 'function' || !Observer.supportedEntryTypes?.includes('paint')) {
    win.requestAnimationFrame(() => win.setTimeout(once, 0));
    return;
  }
  const observer = new Observer(() => {
    if (!painted()) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  win.setTimeout(() => {
    observer.disconnect();
    once();
  }, FALLBACK_MS);
}
