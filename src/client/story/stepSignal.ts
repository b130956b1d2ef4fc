/**
 * The step being read, as one signal: the orchestrator publishes each step it
 * makes active, and everything that follows the reader (resume reading, the
 * language switcher) subscribes. Nothing watches CSS classes.
 *
 * Subscribers hear of a step in a microtask after it was published, once the
 * orchestrator's writes for that arrival are done (a jump activates steps in
 * several sections at once): a subscriber that reads layout then costs one
 * layout, not one per step.
 */

/**
 * How the reader reached the step: the page opened there ('start': the top, a
 * #step link, a reload), a step crossed the trigger line while scrolling, a jump
 * or fling came to rest (or a resize put the reader back), or a key moved to it.
 */
export type Arrival = 'start' | 'scroll' | 'settle' | 'key';

export interface StepReading {
  readonly step: HTMLElement;
  /** Which way the page last scrolled when the step became active ('none' before any scroll). */
  readonly direction: 'down' | 'up' | 'none';
  readonly arrival: Arrival;
}

export interface StepSignal {
  /** The step made active last, if any. */
  current(): StepReading | undefined;
  publish(reading: StepReading): void;
  /** Calls `listener` for every step published from now on; returns the unsubscribe. */
  subscribe(listener: (reading: StepReading) => void): () => void;
}

export function createStepSignal(): StepSignal {
  let last: StepReading | undefined;
  const listeners = new Set<(reading: StepReading) => void>();
  const queue: StepReading[] = [];
  const flush = (): void => {
    for (const reading of queue.splice(0)) for (const listener of [...listeners]) listener(reading);
  };
  return {
    current: () => last,
    publish(reading) {
      last = reading;
      if (queue.push(reading) === 1) queueMicrotask(flush);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether a step is on screen now (a layout read: call it from a subscriber, not while writing). */
export function onScreen(step: HTMLElement, viewportHeight: number): boolean {
  const box = step.getBoundingClientRect();
  return box.bottom > 0 && box.top < viewportHeight;
}

/**
 * The scroll direction, as the language switcher needs it: the way the page last
 * moved, kept while it stands still. Read it when a step activates (the
 * orchestrator may activate one from its own scroll listener, before any other
 * listener has run).
 */
export function directionTracker(scrollY: () => number): () => StepReading['direction'] {
  let lastY = scrollY();
  let direction: StepReading['direction'] = 'none';
  return () => {
    const y = scrollY();
    if (y !== lastY) direction = y < lastY ? 'up' : 'down';
    lastY = y;
    return direction;
  };
}
