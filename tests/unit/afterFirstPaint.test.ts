/**
 * afterFirstPaint(): the story starts once the first contentful paint has been
 * shown, exactly once, and never waits forever. A fake window stands in for the
 * browser, so "the paint arrives" and "3 s pass" are steps of the test, not timing.
 */
import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/client/afterFirstPaint.ts';

interface FakeWindow {
  win: Window & typeof globalThis;
  /** The browser reports the first contentful paint. */
  paint(): void;
  /** Runs the pending frame callbacks. */
  frame(): void;
  /** Runs the pending timers, as if their time had passed. */
  flush(): void;
  timers: { fn: () => void; ms: number }[];
  observing: () => boolean;
}

function fakeWindow({ paintTiming = true, paintedAlready = false } = {}): FakeWindow {
  let painted = paintedAlready;
  const observers = new Set<{ notify: () => void }>();
  const frames: (() => void)[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  class Observer {
    static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
    private readonly self: { notify: () => void };
    constructor(callback: () => void) {
      this.self = { notify: callback };
    }
    observe(): void {
      observers.add(this.self);
    }
    disconnect(): void {
      observers.delete(this.self);
    }
  }
  const win = {
    performance: { getEntriesByName: (name: string) => (painted && name === 'first-contentful-paint' ? [{ name }] : []) },
    PerformanceObserver: Observer,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  } as unknown as Window & typeof globalThis;
  return {
    win,
    timers,
    paint: () => {
      painted = true;
      for (const o of [...observers]) o.notify();
    },
    frame: () => {
      for (const fn of frames.splice(0)) fn();
    },
    flush: () => {
      for (const t of timers.splice(0)) t.fn();
    },
    observing: () => observers.size > 0,
  };
}

/** A fake page with afterFirstPaint() called on it, and the start it was given. */
function waiting(options?: Parameters<typeof fakeWindow>[0]): { page: FakeWindow; start: ReturnType<typeof vi.fn> } {
  const page = fakeWindow(options);
  const start = vi.fn();
  afterFirstPaint(start, page.win);
  return { page, start };
}

describe('afterFirstPaint()', () => {
  it('starts at once when the page has already been painted', () => {
    const { start } = waiting({ paintedAlready: true });
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for the first contentful paint, then starts once and stops listening', () => {
    const { page, start } = waiting();
    expect(start).not.toHaveBeenCalled();
    page.paint();
    expect(start).toHaveBeenCalledTimes(1);
    expect(page.observing()).toBe(false);
    // The fallback timer still fires later: it must not start the story a second time.
    page.flush();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after 3 s at the latest when no paint is reported (a tab opened in the background)', () => {
    const { page, start } = waiting();
    expect(page.timers.map((t) => t.ms)).toEqual([3000]);
    page.flush();
    expect(start).toHaveBeenCalledTimes(1);
    expect(page.observing()).toBe(false);
    page.paint();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('without paint timing, starts after the next frame instead', () => {
    const { page, start } = waiting({ paintTiming: false });
    expect(start).not.toHaveBeenCalled();
    page.flush();
    expect(start).not.toHaveBeenCalled();
    page.frame(); // the next frame sets a 0 ms timer
    expect(page.timers.map((t) => t.ms)).toEqual([0]);
    expect(start).not.toHaveBeenCalled();
    page.flush();
    expect(start).toHaveBeenCalledTimes(1);
  });
});
