/**
 * The browser half of a chart: move marks between the states the build
 * precomputed (in the figure's data-states). No layout math happens here.
 * Reduced motion gets the same end states through gsap.set, with no tween.
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

type Layouts = Record<string, Record<string, Record<string, number>>>;

/**
 * Motion budget. Every animated frame repaints the chart's SVG on the main
 * thread, and on a throttled phone CPU that costs more than a frame: so a
 * transition is short, and a cascade never spreads over more than MAX_SPREAD.
 */
const MAX_DURATION = 0.5;
const MAX_SPREAD = 0.2;

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

  return {
    to(stateId, { instant = false } = {}) {
      const layout = layouts[stateId];
      if (!layout) throw new Error(`chart "${root.dataset['chart']}" has no state "${stateId}"`);
      root.dataset['state'] = stateId;
      // Only marks that move get a tween: most marks are already in place between
      // neighbouring states, and every tween costs main-thread time while the reader scrolls.
      const moving = Object.entries(layout).flatMap(([markId, attr]) => {
        const el = byId.get(markId);
        if (!el) return [];
        const changed = Object.entries(attr).some(([name, value]) => Number(el.getAttribute(name)) !== value);
        return changed || gsap.isTweening(el) ? [[el, attr] as const] : [];
      });
      const step = moving.length > 1 ? Math.min(stagger, MAX_SPREAD / (moving.length - 1)) : 0;
      moving.forEach(([el, attr], i) => {
        gsap.killTweensOf(el);
        if (motion && !instant) gsap.to(el, { attr, duration, delay: step * i, ease: 'power2.out', overwrite: true });
        else gsap.set(el, { attr });
      });
    },
    destroy() {
      mm.revert();
      for (const [el, attrs] of rendered) {
        gsap.killTweensOf(el);
        for (const [name, value] of attrs) el.setAttribute(name, value);
      }
      if (finalState) root.dataset['state'] = finalState;
    },
  };
}
