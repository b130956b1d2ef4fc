/**
 * "Continue where you left off": the last step read in a chapter is kept in
 * localStorage (this browser only; nothing is sent anywhere). A reader who comes
 * back to the chapter's top is offered a jump to it. Chapters are long and are
 * often read in several sittings, inside WeChat, which reloads pages freely.
 *
 * Storage may be missing or throw (private mode, WeChat settings, quota):
 * every access is guarded, and without storage the feature simply does not exist.
 */

import { onScreen, type StepSignal } from './stepSignal.ts';

/** Where a chapter's last step read is kept: one entry per page path. */
export const resumeKey = (pathname: string): string => `jinshui:resume:${pathname}`;

interface Remembered {
  id: string;
  /** When it was read (ms since epoch), so a later version can expire old entries. */
  t: number;
}

export function startResume(signal: StepSignal, doc: Document = document): void {
  const win = doc.defaultView;
  const steps = [...doc.querySelectorAll<HTMLElement>('[data-step]')];
  if (!win || !steps.length) return;
  const key = resumeKey(win.location.pathname);
  // Interface text comes from the page (BaseLayout puts the language's strings on <body>).
  const ui = doc.body.dataset;

  let saved: Remembered | null = null;
  try {
    saved = JSON.parse(win.localStorage.getItem(key) ?? 'null') as Remembered | null;
  } catch {
    // Disabled or corrupt storage: nothing remembered.
  }
  const forget = (): void => {
    try {
      win.localStorage.removeItem(key);
    } catch {}
  };

  let banner: HTMLElement | null = null;
  const dismiss = (): void => {
    // A button that vanishes under focus would drop keyboard users at the top of the document.
    if (banner?.contains(doc.activeElement)) doc.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    banner?.remove();
    banner = null;
  };

  // "Read" = the orchestrator made a step active. It also activates steps of
  // sections that are off screen (after a jump it sets every chart to the step
  // in view), so only a step that is on screen when it turns active counts.
  // The steps the page opened on ('start') were not read yet: the reader may still take the offer.
  signal.subscribe(({ step, arrival }) => {
    if (arrival === 'start' || !onScreen(step, win.innerHeight)) return;
    try {
      win.localStorage.setItem(key, JSON.stringify({ id: step.id, t: Date.now() } satisfies Remembered));
    } catch {}
    // The reader got there by themselves (or the browser restored the scroll position): the offer is moot.
    if (step.id === saved?.id) dismiss();
  });

  // Offer to resume only on a fresh arrival at the top of the chapter: a #step link
  // already says where to go, and a reload or back/forward restores the position itself.
  const nav = win.performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const step = saved?.id ? doc.getElementById(saved.id) : null;
  if (
    !step ||
    !step.hasAttribute('data-step') ||
    step === steps[0] ||
    win.location.hash ||
    win.scrollY > 50 ||
    (nav && nav.type !== 'navigate')
  )
    return;

  // The step's bold lead phrase ("往前几位。"), else the start of its text.
  let lead = (step.querySelector('strong') ?? step.querySelector('p') ?? step).innerText.trim().replace(/[。．.:：!！]+$/, '');
  if (lead.length > 20) lead = `${lead.slice(0, 20)}…`;

  // Fixed overlay (see .resume in global.css): it arrives after first paint and must not push the story down.
  // In the DOM it sits at the start of the article, where a screen reader meets it first.
  banner = doc.createElement('div');
  banner.className = 'resume';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', ui['tResumeRegion'] ?? '');
  const text = doc.createElement('p');
  text.className = 'resume__text';
  text.textContent = (ui['tResumeLead'] ?? '') + lead;
  const go = doc.createElement('button');
  const restart = doc.createElement('button');
  go.type = restart.type = 'button';
  go.className = 'resume__go';
  restart.className = 'resume__restart';
  go.textContent = ui['tResumeGo'] ?? '';
  restart.textContent = ui['tResumeRestart'] ?? '';
  banner.append(text, go, restart);

  go.addEventListener('click', () => {
    dismiss();
    // At once, as a deep link or the browser's own scroll restoration does: a smooth scroll
    // from the top would run every step between through the charts and, on a weak phone,
    // cost many seconds of frames. scrollIntoView honours the step's scroll-margin-top, which
    // puts it just above the trigger line, so the orchestrator activates it and its chart
    // moves into that state.
    step.scrollIntoView({ behavior: 'auto' });
    step.focus({ preventScroll: true });
    win.history.replaceState(win.history.state, '', `#${step.id}`);
  });
  restart.addEventListener('click', () => {
    dismiss();
    forget();
  });
  banner.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  // Following an in-page link is choosing where to read: the offer is moot.
  win.addEventListener('hashchange', dismiss, { once: true });

  (doc.querySelector('article') ?? doc.body).prepend(banner);
}
