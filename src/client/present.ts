/**
 * The present view's deck: one slide (step) at a time, keys as presentation
 * clickers send them, the URL hash following the slide, and each chart started
 * and moved as in the story (src/client/charts/start.ts, with its fallback to
 * the static chart if an animator fails). The chart
 * root's data-settled says when a state is reached; reduced motion jumps.
 * The deck is laid out by CSS before the first paint (present.css, under html.js);
 * the chart code is fetched after that paint, as in the story, so it never competes
 * with the slide's text for it. Until it runs, the chart shows its final state, as
 * the server drew it, and then jumps to the slide's.
 */
import type { ChartAnimator } from './charts/stateAnimator.ts';
import { moveChart, startChart } from './charts/start.ts';
import { afterFirstPaint } from './afterFirstPaint.ts';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** How a slide steps down to fit: as designed, 28 px text, then wider text columns (see present.css). */
const FIT_LEVELS = ['', 'small', 'wide', 'wider'] as const;

export function startDeck(doc: Document = document): void {
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  if (!slides.length) return;
  const parts = [...deck.querySelectorAll<HTMLElement>('[data-deck-part]')];
  const counter = deck.querySelector<HTMLElement>('[data-deck-index]');
  const back = deck.querySelector<HTMLAnchorElement>('[data-deck-back]');
  const reading = deck.dataset['reading'] ?? '';
  /** A chart's animator once started; null when it has none or it failed (the chart stays static). */
  const animators = new Map<HTMLElement, Promise<ChartAnimator | null>>();
  let painted: Promise<void> | null = null;
  let current = -1;
  let shownPart: HTMLElement | null = null;

  deck.classList.add('is-live');

  const indexOfHash = (): number => {
    const id = decodeURIComponent(location.hash.slice(1));
    const i = slides.findIndex((s) => s.id === id);
    return i < 0 ? 0 : i;
  };

  const drive = (part: HTMLElement, state: string, instant: boolean): void => {
    const root = part.querySelector<HTMLElement>('[data-chart-root]');
    if (!root) return;
    // The chart code is fetched after the first paint, as in the story.
    painted ??= new Promise<void>((resolve) => afterFirstPaint(resolve));
    let started = animators.get(root);
    if (!started) {
      started = painted.then(() => startChart(root));
      animators.set(root, started);
      // Nobody has seen it move: its first state is set, not tweened.
      instant = true;
    }
    void started.then((animator) => {
      // A later call may have moved on; only the slide now shown drives its chart.
      if (!animator || slides[current]?.closest('[data-deck-part]') !== part) return;
      if (!moveChart(root, animator, state, instant)) animators.set(root, Promise.resolve(null));
    });
  };

  /**
   * A slide whose text does not fit the screen (long English steps, a small
   * projector) steps down, one level at a time, until it does: the 28 px minimum
   * size, then more width for the text and less for the chart. Measured, not
   * guessed from the text length, so it holds for any language and any screen.
   */
  const fit = (part: HTMLElement, slide: HTMLElement): void => {
    const text = slide.querySelector<HTMLElement>('.slide__text') ?? slide;
    const top = deck.querySelector<HTMLElement>('.deck__bar')?.getBoundingClientRect().bottom ?? 0;
    for (const level of FIT_LEVELS) {
      if (level) part.dataset['fit'] = level;
      else delete part.dataset['fit'];
      const box = text.getBoundingClientRect();
      if (box.top >= top - 1 && box.bottom <= innerHeight + 1) return;
    }
  };

  const show = (i: number): void => {
    const next = Math.max(0, Math.min(slides.length - 1, i));
    if (next === current) return;
    const slide = slides[next]!;
    const part = slide.closest<HTMLElement>('[data-deck-part]')!;
    const samePart = part === shownPart;
    current = next;
    for (const s of slides) s.hidden = s !== slide;
    for (const p of parts) p.hidden = p !== part;
    shownPart = part;
    fit(part, slide);
    if (counter) counter.textContent = String(next + 1);
    if (back) back.href = `${reading}#${slide.id}`;
    if (location.hash !== `#${slide.id}`) history.replaceState(history.state, '', `#${slide.id}`);
    drive(part, slide.dataset['state'] ?? '', !samePart);
  };

  const isControl = (el: EventTarget | null): boolean =>
    el instanceof HTMLElement && Boolean(el.closest('a, button, summary, input, select, textarea'));

  doc.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    let to: number | null = null;
    if (NEXT.has(event.key)) to = current + 1;
    else if (PREV.has(event.key)) to = current - 1;
    else if (event.key === ' ' && !isControl(event.target)) to = event.shiftKey ? current - 1 : current + 1;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = slides.length - 1;
    else if (/^[0-9]$/.test(event.key)) to = event.key === '0' ? 9 : Number(event.key) - 1;
    else if (event.key === 'f' || event.key === 'F') {
      event.preventDefault();
      toggleFullscreen(doc);
      return;
    }
    if (to === null) return;
    event.preventDefault();
    show(to);
  });
  deck.querySelector('[data-deck-prev]')?.addEventListener('click', () => show(current - 1));
  deck.querySelector('[data-deck-next]')?.addEventListener('click', () => show(current + 1));
  deck.querySelector('[data-deck-fullscreen]')?.addEventListener('click', () => toggleFullscreen(doc));
  window.addEventListener('hashchange', () => show(indexOfHash()));
  window.addEventListener('resize', () => {
    const slide = slides[current];
    if (slide && shownPart) fit(shownPart, slide);
  });
  show(indexOfHash());
}

function toggleFullscreen(doc: Document): void {
  if (!doc.fullscreenEnabled) return;
  if (doc.fullscreenElement) void doc.exitFullscreen();
  else void doc.documentElement.requestFullscreen().catch(() => undefined);
}
