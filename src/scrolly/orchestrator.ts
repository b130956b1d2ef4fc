/**
 * The one owner of scrollama. Steps only carry data (data-state); when a step
 * reaches the trigger line, the chart of its scrolly section is sent to that
 * state. A chart whose animator fails keeps its static SVG and the story goes on.
 */
import scrollama from 'scrollama';
import type { ChartAnimator } from '../charts/shared/animator.ts';
import { ANIMATORS } from './animators.ts';

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
  animator: ChartAnimator | null;
  steps: HTMLElement[];
}

/**
 * Above this scroll speed (px/s) the reader is flinging past, not reading:
 * charts jump to their state instead of tweening, since a tween nobody sees
 * still costs a repaint every frame of the fling.
 */
export const FLING_SPEED = 1500;

function makeAnimator(chart: HTMLElement): ChartAnimator | null {
  const factory = ANIMATORS[chart.dataset['chart'] ?? ''];
  if (!factory) {
    console.warn(`no animator for chart "${chart.dataset['chart']}"; it stays static`);
    return null;
  }
  try {
    return factory(chart);
  } catch (error) {
    console.error(`chart "${chart.dataset['chart']}" could not start; showing its static version`, error);
    return null;
  }
}

/**
 * Browsers without IntersectionObserver or position: sticky (old in-app
 * browsers) get the story "unrolled": charts inline in their complete final
 * state, steps as plain text, nothing hidden and nothing animated.
 */
export function canRunScrolly(): boolean {
  return 'IntersectionObserver' in window && typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('position', 'sticky');
}

const KEYS_FORWARD = new Set(['ArrowDown', 'PageDown', 'j', ' ']);
const KEYS_BACK = new Set(['ArrowUp', 'PageUp', 'k']);

export function startStory(doc: Document = document): () => void {
  if (!canRunScrolly()) {
    doc.documentElement.classList.add('story-unrolled');
    return () => doc.documentElement.classList.remove('story-unrolled');
  }
  const sections: Section[] = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')].map((root) => {
    const chart = root.querySelector<HTMLElement>('[data-chart-root]');
    return { root, chart, animator: chart ? makeAnimator(chart) : null, steps: [...root.querySelectorAll<HTMLElement>('[data-step]')] };
  });
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

  function show(section: Section, step: HTMLElement): void {
    for (const other of section.steps) {
      other.classList.toggle('is-active', other === step);
      if (other === step) other.setAttribute('aria-current', 'step');
      else other.removeAttribute('aria-current');
    }
    const stateId = step.dataset['state'];
    if (!section.chart || !stateId) return;
    const status = section.chart.querySelector('[data-chart-status]');
    const text = section.chart.querySelector(`[data-state-text="${stateId}"]`)?.textContent;
    if (status && text) status.textContent = text;
    if (!section.animator) return;
    try {
      // A speed measured long ago is stale: a reader who stopped and then crossed a step is not flinging.
      const flinging = speed > FLING_SPEED && performance.now() - lastT < 100;
      section.animator.to(stateId, { instant: flinging });
    } catch (error) {
      console.error(`chart "${section.chart.dataset['chart']}" failed at state "${stateId}"; showing its static version`, error);
      section.animator.destroy();
      section.animator = null;
    }
  }

  // Before any step reaches the line, a chart shows its first step's state.
  for (const section of sections) {
    section.root.classList.add('is-live');
    const first = section.steps[0];
    if (first) show(section, first);
  }

  const scroller = (scrollama as unknown as () => Scroller)();
  const allSteps = sections.flatMap((s) => s.steps);
  if (allSteps.length) {
    scroller
      .setup({ step: allSteps, offset: triggerOffset(window.innerHeight) })
      .onStepEnter(({ element }) => {
        const section = sectionOf.get(element);
        if (section) show(section, element);
        remember();
      });
  }

  // Where the reader is, as a step and its place in the viewport, so a resize
  // (address bar, rotation, zoom) that reflows the story can put it back.
  let anchor: { step: HTMLElement; fraction: number } | null = null;
  const remember = (): void => {
    const line = window.innerHeight * TRIGGER;
    const section = sections.find((s) => {
      const r = s.root.getBoundingClientRect();
      return r.top < line && r.bottom > line;
    });
    const step = section?.steps.find((st) => st.classList.contains('is-active'));
    anchor = step ? { step, fraction: step.getBoundingClientRect().top / window.innerHeight } : null;
  };

  // After any scroll settles (a jump, a fling, a reload mid-story), make every chart match the step in view.
  const reconcile = (): void => {
    for (const section of sections) {
      const step = currentStep(section.steps, window.innerHeight * TRIGGER);
      if (step && !step.classList.contains('is-active')) show(section, step);
    }
    remember();
  };
  let settle = 0;
  const onScroll = (): void => {
    window.clearTimeout(settle);
    settle = window.setTimeout(reconcile, 120);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  reconcile();

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
    // The active step is where the reader is, even while a smooth scroll is still under way.
    // Before the first step has reached the line, "next" is the first step.
    const active = section.steps.findIndex((step) => step.classList.contains('is-active'));
    const firstReached = (section.steps[0]?.getBoundingClientRect().top ?? Infinity) <= line;
    const index = firstReached || active > 0 ? active : -1;
    const next = section.steps[forward ? index + 1 : index - 1];
    if (!next) return;
    event.preventDefault();
    const top = next.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45;
    window.scrollTo({ top, behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    next.focus({ preventScroll: true });
    show(section, next);
    anchor = { step: next, fraction: 0.45 };
  };
  doc.addEventListener('keydown', onKey);

  let lastHeight = window.innerHeight;
  let lastWidth = window.innerWidth;
  const onResize = (): void => {
    if (window.innerHeight === lastHeight && window.innerWidth === lastWidth) return;
    lastHeight = window.innerHeight;
    lastWidth = window.innerWidth;
    // Step spacing is in viewport units, so a resize moves every step: keep the reader's step where it was.
    if (anchor) window.scrollTo(0, anchor.step.getBoundingClientRect().top + window.scrollY - anchor.fraction * window.innerHeight);
    (scroller as Scroller & { offset(x: string): Scroller }).offset(triggerOffset(lastHeight));
    onScroll();
  };
  window.addEventListener('resize', onResize);

  return () => {
    doc.removeEventListener('keydown', onKey);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('scroll', trackSpeed);
    scroller.destroy();
    for (const s of sections) s.animator?.destroy();
  };
}
