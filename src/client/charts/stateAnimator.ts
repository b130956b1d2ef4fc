/**
 * The browser half of a chart: move marks between the states the build
 * precomputed (in the figure's data-states). No layout math happens here.
 * Reduced motion gets the same end states through gsap.set, with no tween.
 *
 * The one rule: after to(state) the marks hold exactly the attributes that
 * geometry.ts computed for that state, whatever came before (a first call, a
 * skip over states, a tween still running or still waiting on its delay).
 * So a call kills the whole transition in flight before it looks at the DOM,
 * and a transition ends by setting its exact target values.
 */
import { gsap } from 'gsap';

export interface ChartAnimator {
  /** Move to a state. Safe to call repeatedly and out of order: the last call wins. `instant` skips the tween. */
  to(stateId: string, options?: { instant?: boolean }): void;
  /** Undo everything: marks return to the server-rendered (final) state. */
  destroy(): void;
}

export interface AnimatorOptions {
  /** Seconds per transition. */
  duration?: number;
  /** Seconds between marks, in document order, for a gentle cascade. */
  stagger?: number;
}

type Attrs = Record<string, number>;
type Layouts = Record<string, Record<string, Attrs>>;

/**
 * Motion budget. Every animated frame repaints the chart's SVG on the main
 * thread, and on a throttled phone CPU that costs more than a frame: so a
 * transition is short, and a cascade never spreads over more than MAX_SPREAD.
 */
const MAX_DURATION = 0.5;
const MAX_SPREAD = 0.2;

/**
 * Set on the chart root once its marks have reached the state it names. Removed
 * while a transition runs. Tests (and anything else that must know the chart
 * is done) wait for `[data-settled="<state>"]` instead of waiting by the clock.
 */
export const SETTLED_ATTRIBUTE = 'data-settled';

/** The marks of `layout` whose attributes in the DOM differ from it. */
export function marksToMove(layout: Record<string, Attrs>, byId: ReadonlyMap<string, Element>): [Element, Attrs][] {
  const moving: [Element, Attrs][] = [];
  for (const [markId, attr] of Object.entries(layout)) {
    const el = byId.get(markId);
    if (el && Object.entries(attr).some(([name, value]) => Number(el.getAttribute(name)) !== value)) moving.push([el, attr]);
  }
  return moving;
}

/** Writes the exact target values: numbers as the build wrote them, not as a tween's last frame rounded them. */
function place(moving: readonly [Element, Attrs][]): void {
  for (const [el, attr] of moving) for (const [name, value] of Object.entries(attr)) el.setAttribute(name, String(value));
}

export function createStateAnimator(root: HTMLElement, options: AnimatorOptions = {}): ChartAnimator {
  const duration = Math.min(options.duration ?? MAX_DURATION, MAX_DURATION);
  const stagger = options.stagger ?? 0;
  const layouts = JSON.parse(root.dataset['states'] ?? '{}') as Layouts;
  const marks = [...root.querySelectorAll<SVGElement>('[data-mark]')];
  const byId = new Map(marks.map((el) => [el.dataset['mark']!, el]));
  // Remember the server-rendered attributes so destroy() can put them back.
  const rendered = marks.map((el) => [el, [...el.attributes].map((a) => [a.name, a.value] as const)] as const);
  const finalState = root.dataset['state'];

  let motion = false;
  const mm = gsap.matchMedia();
  mm.add('(prefers-reduced-motion: no-preference)', () => {
    motion = true;
    return () => {
      motion = false;
    };
  });

  /** The transition in flight, if any: one timeline per call, so one kill stops all of it, delayed marks included. */
  let running: gsap.core.Timeline | null = null;
  const settle = (stateId: string): void => root.setAttribute(SETTLED_ATTRIBUTE, stateId);

  return {
    to(stateId, { instant = false } = {}) {
      const layout = layouts[stateId];
      if (!layout) throw new Error(`chart "${root.dataset['chart']}" has no state "${stateId}"`);
      running?.kill();
      running = null;
      root.dataset['state'] = stateId;
      // Only marks that move get a tween: most marks are already in place between
      // neighbouring states, and every tween costs main-thread time while the reader scrolls.
      const moving = marksToMove(layout, byId);
      if (!motion || instant || moving.length === 0) {
        place(moving);
        settle(stateId);
        return;
      }
      root.removeAttribute(SETTLED_ATTRIBUTE);
      const step = moving.length > 1 ? Math.min(stagger, MAX_SPREAD / (moving.length - 1)) : 0;
      const timeline = gsap.timeline({
        onComplete: () => {
          if (running !== timeline) return;
          running = null;
          place(moving);
          settle(stateId);
        },
      });
      moving.forEach(([el, attr], i) => timeline.to(el, { attr, duration, ease: 'power2.out' }, step * i));
      running = timeline;
    },
    destroy() {
      running?.kill();
      running = null;
      mm.revert();
      for (const [el, attrs] of rendered) {
        gsap.killTweensOf(el);
        for (const [name, value] of attrs) el.setAttribute(name, value);
      }
      if (finalState) root.dataset['state'] = finalState;
      root.removeAttribute(SETTLED_ATTRIBUTE);
    },
  };
}
