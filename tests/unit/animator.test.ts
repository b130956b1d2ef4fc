// @vitest-environment happy-dom
/**
 * createStateAnimator() with the clock under the test's control: gsap's ticker
 * is unplugged and the global timeline is driven by hand, so "half a tween" and
 * "a tween still waiting on its delay" are exact moments, not timing luck.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gsap } from 'gsap';
import { createStateAnimator, SETTLED_ATTRIBUTE, type ChartAnimator } from '../../src/client/charts/stateAnimator.ts';

// Three states of a small chart. "label" is hidden (opacity 0) in the first
// state and collapsed (width 0) until the last, as a chart's annotations are.
const LAYOUTS = {
  a: { bar: { x: 0, width: 10 }, label: { opacity: 0, width: 0 }, dot: { cy: 50 } },
  b: { bar: { x: 0, width: 40 }, label: { opacity: 0, width: 0 }, dot: { cy: 20 } },
  c: { bar: { x: 5, width: 80 }, label: { opacity: 1, width: 30 }, dot: { cy: 20 } },
} as const;
type State = keyof typeof LAYOUTS;

let now = 0;
/** Moves gsap's clock on by `seconds`, in 1/60 s frames, as the browser would. */
function advance(seconds: number): void {
  const end = now + seconds;
  while (now < end) {
    now = Math.min(end, now + 1 / 60);
    gsap.updateRoot(now);
  }
}

beforeAll(() => {
  gsap.ticker.remove(gsap.updateRoot);
  now = gsap.ticker.time;
});
afterAll(() => {
  gsap.ticker.add(gsap.updateRoot);
});

/** A chart root as the build renders it: marks in the final state, every state in data-states. */
function renderChart(): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('figure');
  root.dataset['chart'] = 'test-chart';
  root.dataset['states'] = JSON.stringify(LAYOUTS);
  root.dataset['state'] = 'c';
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [id, attrs] of Object.entries(LAYOUTS.c)) {
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    el.setAttribute('data-mark', id);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
    svg.append(el);
  }
  root.append(svg);
  document.body.append(root);
  return root;
}

function marks(root: HTMLElement): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const el of root.querySelectorAll<SVGElement>('[data-mark]')) {
    const id = el.getAttribute('data-mark')!;
    const names = Object.keys(LAYOUTS.a[id as keyof typeof LAYOUTS.a]);
    out[id] = Object.fromEntries(names.map((n) => [n, Number(el.getAttribute(n))]));
  }
  return out;
}

let root: HTMLElement;
let chart: ChartAnimator;
beforeEach(() => {
  gsap.globalTimeline.clear();
  root = renderChart();
  // A long stagger, so later marks wait on a delay: the case that used to land late.
  chart = createStateAnimator(root, { duration: 0.5, stagger: 0.1 });
});

describe('createStateAnimator()', () => {
  it('to() with motion tweens, and ends exactly on the target layout, marked settled', () => {
    chart.to('a');
    expect(root.hasAttribute(SETTLED_ATTRIBUTE)).toBe(false);
    advance(0.1);
    const mid = marks(root).bar!['width']!;
    expect(mid).toBeGreaterThan(10);
    expect(mid).toBeLessThan(80);
    advance(2);
    expect(marks(root)).toEqual(LAYOUTS.a);
    expect(root.getAttribute(SETTLED_ATTRIBUTE)).toBe('a');
    expect(root.dataset['state']).toBe('a');
  });

  it.each<[State, State]>([
    ['a', 'c'],
    ['c', 'a'],
    ['a', 'b'],
    ['b', 'a'],
    ['b', 'c'],
  ])('to() from %s to %s, skipping or not, ends on the target layout', (from, to) => {
    chart.to(from, { instant: true });
    chart.to(to);
    advance(2);
    expect(marks(root)).toEqual(LAYOUTS[to]);
    expect(root.getAttribute(SETTLED_ATTRIBUTE)).toBe(to);
  });

  it('an interrupted tween is replaced, never finished later: the last call wins at every moment after it', () => {
    chart.to('a', { instant: true });
    chart.to('c');
    advance(0.05); // "bar" is moving; "label" still waits on its delay
    chart.to('a');
    for (let i = 0; i < 120; i++) {
      advance(1 / 60);
      // Whatever is in flight now moves toward "a" only: label never starts to show.
      expect(marks(root).label).toEqual(LAYOUTS.a.label);
    }
    expect(marks(root)).toEqual(LAYOUTS.a);
    expect(root.getAttribute(SETTLED_ATTRIBUTE)).toBe('a');
  });

  it('a delayed tween of an earlier call never lands after an instant jump (the deep-link bug)', () => {
    // Start: chart goes to its first state with motion, as the page starts up...
    chart.to('a');
    // ...and before the cascade reaches the later marks, a deep link asks for the final state at once.
    chart.to('c', { instant: true });
    expect(marks(root)).toEqual(LAYOUTS.c);
    advance(3);
    expect(marks(root)).toEqual(LAYOUTS.c);
    expect(root.getAttribute(SETTLED_ATTRIBUTE)).toBe('c');
  });

  it('instant jumps settle synchronously and leave nothing running', () => {
    for (const s of ['b', 'a', 'c', 'b'] as const) {
      chart.to(s, { instant: true });
      expect(marks(root)).toEqual(LAYOUTS[s]);
      expect(root.getAttribute(SETTLED_ATTRIBUTE)).toBe(s);
    }
    expect(gsap.globalTimeline.getChildren().filter((t) => t.isActive() || t.progress() < 1)).toEqual([]);
  });

  it('to() the state the marks already show settles at once, with no tween', () => {
    chart.to('c');
    expect(root.getAttribute(SETTLED_ATTRIBUTE)).toBe('c');
    expect(marks(root)).toEqual(LAYOUTS.c);
  });

  it('to() an unknown state throws, naming the chart and the state', () => {
    expect(() => chart.to('zzz')).toThrow('chart "test-chart" has no state "zzz"');
  });

  it('destroy() mid-tween restores the server-rendered marks and stops the tween', () => {
    chart.to('a');
    advance(0.1);
    chart.destroy();
    advance(2);
    expect(marks(root)).toEqual(LAYOUTS.c);
    expect(root.dataset['state']).toBe('c');
    expect(root.hasAttribute(SETTLED_ATTRIBUTE)).toBe(false);
  });
});

describe('createStateAnimator() under reduced motion', () => {
  it('every to() lands at once, with the same end state as the tweened one', () => {
    // happy-dom evaluates media queries from its device settings, as a browser does from the OS.
    const device = (window as unknown as { happyDOM: { settings: { device: { prefersReducedMotion: string } } } }).happyDOM.settings.device;
    device.prefersReducedMotion = 'reduce';
    try {
      const reduced = createStateAnimator(renderChart(), { duration: 0.5, stagger: 0.1 });
      const el = document.querySelector<HTMLElement>('[data-chart]')!;
      for (const s of ['a', 'c', 'b'] as const) {
        reduced.to(s);
        expect(marks(el)).toEqual(LAYOUTS[s]);
        expect(el.getAttribute(SETTLED_ATTRIBUTE)).toBe(s);
      }
      reduced.destroy();
    } finally {
      device.prefersReducedMotion = 'no-preference';
    }
  });
});
