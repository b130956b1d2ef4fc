/**
 * The browser half of a chart: move marks between the states the build
 * precomputed (in the figure's data-states). No layout math happens here.
 * Reduced motion gets the same end states through gsap.set, with no tween.
 */
import { gsap } from 'gsap';

export interface ChartAnimator {
  /** Move to a state. Safe to call repeatedly and out of order: the last call wins. */
  to(stateId: string): void;
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

export function createStateAnimator(root: HTMLElement, { duration = 0.7, stagger = 0 }: AnimatorOptions = {}): ChartAnimator {
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
    to(stateId) {
      const layout = layouts[stateId];
      if (!layout) throw new Error(`chart "${root.dataset['chart']}" has no state "${stateId}"`);
      root.dataset['state'] = stateId;
      let i = 0;
      for (const [markId, attr] of Object.entries(layout)) {
        const el = byId.get(markId);
        if (!el) continue;
        gsap.killTweensOf(el);
        if (motion) gsap.to(el, { attr, duration, delay: stagger * i++, ease: 'power2.out', overwrite: true });
        else gsap.set(el, { attr });
      }
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
