/** The orchestrator's pure parts: where the trigger line is, which step is current, which charts start at once. */
import { describe, expect, it } from 'vitest';
import { currentStep, nearViewport, triggerOffset } from '../../src/client/story/orchestrator.ts';

const stepAt = (top: number): HTMLElement => ({ getBoundingClientRect: () => ({ top }) }) as unknown as HTMLElement;

describe('currentStep()', () => {
  const steps = [stepAt(-900), stepAt(-200), stepAt(400), stepAt(1200)];
  it('is the last step whose top has passed the line', () => {
    expect(currentStep(steps, 500)).toBe(steps[2]);
    expect(currentStep(steps, 399)).toBe(steps[1]);
  });
  it('is the first step before any has reached the line', () => {
    const below = [stepAt(700), stepAt(1500)];
    expect(currentStep(below, 500)).toBe(below[0]);
  });
  it('is undefined for a section without steps', () => {
    expect(currentStep([], 500)).toBeUndefined();
  });
});

describe('nearViewport()', () => {
  it('starts sections within one viewport height above or below, and no others', () => {
    const h = 800;
    const boxes = [
      { top: -2000, bottom: -900 }, // more than a screen above
      { top: -1500, bottom: -700 }, // its bottom within a screen above
      { top: 100, bottom: 1900 }, // in view
      { top: 1500, bottom: 2600 }, // within a screen below
      { top: 1700, bottom: 2600 }, // more than a screen below
    ];
    expect(nearViewport(boxes, h)).toEqual([false, true, true, true, false]);
  });
});

describe('triggerOffset()', () => {
  it('is 60% of the viewport, in whole pixels', () => {
    expect(triggerOffset(844)).toBe('506px');
    expect(triggerOffset(900)).toBe('540px');
  });
});
