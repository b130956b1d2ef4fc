/**
 * The one owner of scrollama. Steps only carry data (data-state); when a step
 * reaches the trigger line, the chart of its scrolly section is sent to that
 * state. A chart whose animator fails keeps its static SVG and the story goes on.
 */
import scrollama from 'scrollama';
import type { ChartAnimator } from '../charts/stateAnimator.ts';
import { moveChart, startChart } from '../charts/start.ts';
import { directionTracker, type Arrival, type StepSignal } from './stepSignal.ts';

/** Our own view of scrollama's API: its shipped index.d.ts has drifted from its code. */
interface StepEvent {
  element: HTMLElement;
  index: number;
  direction: 'up' | 'down' | undefined;
}
interface Scroller {
  setup(options: { step: string | HTMLElement[]; offset?: number | string }): Scroller;
  onStepEnter(callback: (event: StepEvent) => void): Scroller;
  resize(): Scroller;
  destroy(): Scroller;
}

const TRIGGER = 0.6;
/** Scroll events that stop for this long mean the scroll is over (where there is no scrollend event). */
const SETTLE_MS = 120;
/** A steered scroll that has sent no event for this long is over, whatever the browser says. */
const STEER_TIMEOUT_MS = 3000;

/** Where a step triggers: a pixel line from the top, so address-bar resizes (vh changes) do not move it much. */
export function triggerOffset(viewportHeight: number): string {
  return `${Math.round(viewportHeight * TRIGGER)}px`;
}

/**
 * The step a reader is on: the last one whose top has passed the trigger line,
 * else the first. scrollama only reports steps that cross the line, so after a
 * jump into the gap between two steps it says nothing; this fills that gap.
 */
export function currentStep(steps: readonly HTMLElement[], triggerY: number): HTMLElement | undefined {
  let current = steps[0];
  for (const step of steps) {
    if (step.getBoundingClientRect().top <= triggerY) current = step;
    else break;
  }
  return current;
}

interface Section {
  root: HTMLElement;
  chart: HTMLElement | null;
  /** Made when the section first comes near the viewport (see NEAR), not at page start. */
  animator: ChartAnimator | null;
  started: boolean;
  steps: HTMLElement[];
  /** The state the section's step in view asks for; a chart that starts late jumps straight to it. */
  target: string | undefined;
}

/**
 * How far outside the viewport a chart starts: a screen's height above and
 * below. Charts further away cost nothing at page start (no JSON parse, no DOM
 * walk); one that comes near starts, already in its step's state, before the
 * reader sees it.
 */
const NEAR = '100% 0px 100% 0px';

/** Sections whose box is within a viewport's height of the viewport (a layout read, done before any write). */
export function nearViewport(boxes: readonly { top: number; bottom: number }[], viewportHeight: number): boolean[] {
  return boxes.map((b) => b.bottom > -viewportHeight && b.top < 2 * viewportHeight);
}

/**
 * Above this scroll speed (px/s) the reader is flinging past, not reading:
 * charts jump to their state instead of tweening, since a tween nobody sees
 * still costs a repaint every frame of the fling.
 */
export const FLING_SPEED = 1500;

/**
 * Browsers without IntersectionObserver or position: sticky (old in-app
 * browsers) get the story "unrolled": charts inline in their complete final
 * state, steps as plain text, nothing hidden and nothing animated.
 */
export function canRunScrolly(): boolean {
  return (
    'IntersectionObserver' in window &&
    typeof CSS !== 'undefined' &&
    typeof CSS.supports === 'function' &&
    CSS.supports('position', 'sticky')
  );
}

const KEYS_FORWARD = new Set(['ArrowDown', 'PageDown', 'j', ' ']);
const KEYS_BACK = new Set(['ArrowUp', 'PageUp', 'k']);

/**
 * Runs the story on a chapter page: scrollama, the charts near the viewport, the
 * keys. Each step it makes active is published on `signal` (stepSignal.ts), with
 * the way the reader arrived. Returns the function that stops it.
 */
export function startStory(doc: Document = document, signal?: StepSignal): () => void {
  if (!canRunScrolly()) {
    doc.documentElement.classList.add('story-unrolled');
    return () => doc.documentElement.classList.remove('story-unrolled');
  }
  const sections: Section[] = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')].map((root) => ({
    root,
    chart: root.querySelector<HTMLElement>('[data-chart-root]'),
    animator: null,
    started: false,
    steps: [...root.querySelectorAll<HTMLElement>('[data-step]')],
    target: undefined,
  }));
  const sectionOf = new Map(sections.flatMap((s) => s.steps.map((step) => [step, s] as const)));

  // Scroll speed, smoothed over the last few events.
  let speed = 0;
  let lastY = window.scrollY;
  let lastT = performance.now();
  const trackSpeed = (): void => {
    const now = performance.now();
    const dt = now - lastT;
    const instant = dt > 0 ? (Math.abs(window.scrollY - lastY) / dt) * 1000 : speed;
    // Smooth over a burst of events; after a pause, the old speed says nothing.
    speed = dt > 100 ? instant : 0.6 * speed + 0.4 * instant;
    lastY = window.scrollY;
    lastT = now;
  };
  window.addEventListener('scroll', trackSpeed, { passive: true });

  let stopped = false;
  /**
   * Starts a section's chart in the state its step asks for (the latest one, if
   * the reader moved while the animator loaded), with no tween: nobody saw it before.
   */
  async function start(section: Section): Promise<void> {
    if (section.started) return;
    section.started = true;
    const chart = section.chart;
    if (!chart) return;
    const animator = await startChart(chart);
    if (!animator || stopped) return;
    // Until now the chart showed (and its data-state named) the server-rendered final state; startChart marked it live.
    section.animator = animator;
    if (section.target) send(section, section.target, true);
  }

  function send(section: Section, stateId: string, instant: boolean): void {
    if (!section.animator || !section.chart) return;
    if (!moveChart(section.chart, section.animator, stateId, instant)) section.animator = null;
  }

  const direction = directionTracker(() => window.scrollY);
  window.addEventListener('scroll', direction, { passive: true });

  function show(section: Section, step: HTMLElement, { instant = false, arrival }: { instant?: boolean; arrival: Arrival }): void {
    // The step being read changes when a step turns active (not when an active one is sent its state again).
    if (!step.classList.contains('is-active')) signal?.publish({ step, direction: direction(), arrival });
    for (const other of section.steps) {
      other.classList.toggle('is-active', other === step);
      if (other === step) other.setAttribute('aria-current', 'step');
      else other.removeAttribute('aria-current');
    }
    const stateId = step.dataset['state'];
    if (!section.chart || !stateId) return;
    section.target = stateId;
    const status = section.chart.querySelector('[data-chart-status]');
    const text = section.chart.querySelector(`[data-state-text="${stateId}"]`)?.textContent;
    if (status && text && status.textContent !== text) status.textContent = text;
    if (!section.started) return;
    // A speed measured long ago is stale: a reader who stopped and then crossed a step is not flinging.
    const flinging = speed > FLING_SPEED && performance.now() - lastT < 100;
    send(section, stateId, instant || flinging);
  }

  /**
   * While a key scrolls the page smoothly toward a step, that step
   * is where the reader is going: the steps the scroll passes on the way (and a
   * settle check that fires mid-way on a busy CPU) must not take it back.
   */
  let steering: { section: Section; step: HTMLElement } | null = null;
  const steer = (section: Section, step: HTMLElement): void => {
    steering = { section, step };
    show(section, step, { arrival: 'key' });
  };
  const steered = (section: Section): boolean => steering?.section === section;

  // Every layout read (step positions, section boxes) happens before any write
  // (classes, chart attributes), so one arrival costs one layout, not one per chart.
  const stepsInView = (): (HTMLElement | undefined)[] => {
    const line = window.innerHeight * TRIGGER;
    return sections.map((s) => currentStep(s.steps, line));
  };
  const showSteps = (steps: readonly (HTMLElement | undefined)[], { instant, arrival }: { instant: boolean; arrival: Arrival }): void => {
    sections.forEach((section, i) => {
      const step = steps[i];
      if (!step || steered(section)) return;
      if (!step.classList.contains('is-active') || section.target !== step.dataset['state']) show(section, step, { instant, arrival });
    });
  };
  const arrive = ({ instant }: { instant: boolean }): void => showSteps(stepsInView(), { instant, arrival: 'settle' });

  // The viewport size the story's layout was last placed for. Between a resize and
  // its resize event (dispatched at the next frame, or later on a busy CPU), steps
  // spaced in viewport units have moved but the scroll position has not been put
  // back, so what is in view then is not where the reader is: nothing may be read
  // from it, neither a step to show nor an anchor to keep.
  let placedHeight = window.innerHeight;
  let placedWidth = window.innerWidth;
  const resizePending = (): boolean => window.innerHeight !== placedHeight || window.innerWidth !== placedWidth;

  // Where the reader is, as a step and its place in the viewport, so a resize
  // (address bar, rotation, zoom) that reflows the story can put it back.
  // Its callers do not call it while a resize is pending.
  let anchor: { step: HTMLElement; fraction: number } | null = null;
  /** The reader's place: the step `shownIn` gives for the section across the trigger line (layout reads only). */
  const placeOf = (shownIn: (section: Section, index: number) => HTMLElement | undefined): typeof anchor => {
    const line = window.innerHeight * TRIGGER;
    const index = sections.findIndex((s) => {
      const r = s.root.getBoundingClientRect();
      return r.top < line && r.bottom > line;
    });
    const step = index >= 0 ? shownIn(sections[index]!, index) : undefined;
    return step ? { step, fraction: step.getBoundingClientRect().top / window.innerHeight } : null;
  };
  const remember = (): void => {
    anchor = placeOf((section) => section.steps.find((st) => st.classList.contains('is-active')));
  };

  const scroller = (scrollama as unknown as () => Scroller)();
  const allSteps = sections.flatMap((s) => s.steps);
  const listenToSteps = (): void => {
    if (!allSteps.length) return;
    // scrollama reads every step's box here; it reports steps later, from its observers.
    scroller.setup({ step: allSteps, offset: triggerOffset(window.innerHeight) }).onStepEnter(({ element }) => {
      if (resizePending()) return;
      const section = sectionOf.get(element);
      if (section && !steered(section)) show(section, element, { arrival: 'scroll' });
      remember();
    });
  };

  // After any scroll settles (a jump, a fling, a reload mid-story), make every chart match the step in view.
  const reconcile = (): void => {
    // The resize handler reconciles once it has put the reader's step back.
    if (resizePending()) return;
    arrive({ instant: false });
    remember();
  };
  // Browsers that fire scrollend say when a smooth scroll is over; the others are
  // taken to be done when scroll events pause (SETTLE_MS).
  const hasScrollEnd = 'onscrollend' in window;
  let settle = 0;
  let giveUp = 0;
  const onScroll = (): void => {
    window.clearTimeout(settle);
    settle = window.setTimeout(() => {
      if (!hasScrollEnd) steering = null;
      reconcile();
    }, SETTLE_MS);
    // A scroll that never reports its end (cancelled by the browser) must not hold a section forever.
    window.clearTimeout(giveUp);
    if (steering) giveUp = window.setTimeout(onScrollEnd, STEER_TIMEOUT_MS);
  };
  const onScrollEnd = (): void => {
    steering = null;
    onScroll();
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scrollend', onScrollEnd, { passive: true });

  // Keyboard: move between the steps of the section in view, with visible focus.
  // At a section's first or last step the key keeps its normal meaning, so the
  // prose between sections is never skipped.
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable], details, [role="dialog"]')) return;
    if (event.key === ' ' && target?.closest('a, button, summary')) return;
    const forward = KEYS_FORWARD.has(event.key) && !(event.key === ' ' && event.shiftKey);
    const back = KEYS_BACK.has(event.key) || (event.key === ' ' && event.shiftKey);
    if (!forward && !back) return;
    const line = window.innerHeight * TRIGGER;
    const section = sections.find((s) => {
      const r = s.root.getBoundingClientRect();
      return r.top < line && r.bottom > line;
    });
    if (!section) return;
    // The focused step is where the reader is: it was the target of the last key,
    // even while the smooth scroll toward it is still under way. Else the active step;
    // before the first step has reached the line, "next" is the first step.
    const focused = section.steps.indexOf(doc.activeElement as HTMLElement);
    const active = section.steps.findIndex((step) => step.classList.contains('is-active'));
    const firstReached = (section.steps[0]?.getBoundingClientRect().top ?? Infinity) <= line;
    const index = focused >= 0 ? focused : firstReached || active > 0 ? active : -1;
    const next = section.steps[forward ? index + 1 : index - 1];
    if (!next) return;
    event.preventDefault();
    const maxTop = doc.documentElement.scrollHeight - window.innerHeight;
    const top = Math.max(0, Math.min(maxTop, next.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45));
    // No scroll, no scrollend: only a scroll that will really move may steer.
    const smooth = !reducedMotion.matches && Math.abs(top - window.scrollY) >= 1;
    next.focus({ preventScroll: true });
    if (smooth) steer(section, next);
    else show(section, next, { arrival: 'key' });
    window.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
    anchor = { step: next, fraction: 0.45 };
  };
  doc.addEventListener('keydown', onKey);

  const onResize = (): void => {
    if (!resizePending()) return;
    placedHeight = window.innerHeight;
    placedWidth = window.innerWidth;
    // Step spacing is in viewport units, so a resize moves every step: keep the reader's step where it was.
    if (anchor) window.scrollTo(0, anchor.step.getBoundingClientRect().top + window.scrollY - anchor.fraction * window.innerHeight);
    (scroller as Scroller & { offset(x: string): Scroller }).offset(triggerOffset(placedHeight));
    onScroll();
  };
  window.addEventListener('resize', onResize);

  // First arrival (top of the page, a #step link, a reload mid-chapter). All of
  // its layout reads come first, while the layout the page loaded with is still
  // valid; then the writes, which the browser applies once, at its next frame.
  // The charts near the viewport start at once, already in the state of the step
  // in view, with no tween from the server-rendered final state.
  const near = nearViewport(
    sections.map((s) => s.root.getBoundingClientRect()),
    window.innerHeight,
  );
  const firstSteps = stepsInView();
  anchor = placeOf((_, i) => firstSteps[i]);
  listenToSteps();
  showSteps(firstSteps, { instant: true, arrival: 'start' });
  for (const section of sections) section.root.classList.add('is-live');
  sections.forEach((section, i) => near[i] && void start(section));
  let approach: IntersectionObserver | null = null;
  if ('IntersectionObserver' in window) {
    approach = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const section = sections.find((s) => s.root === entry.target);
          if (!entry.isIntersecting || !section) continue;
          approach?.unobserve(entry.target);
          void start(section);
        }
      },
      { rootMargin: NEAR },
    );
    sections.forEach((section) => section.started || approach?.observe(section.root));
  }

  return () => {
    stopped = true;
    approach?.disconnect();
    doc.removeEventListener('keydown', onKey);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('scrollend', onScrollEnd);
    window.removeEventListener('scroll', trackSpeed);
    window.removeEventListener('scroll', direction);
    scroller.destroy();
    for (const s of sections) s.animator?.destroy();
  };
}
