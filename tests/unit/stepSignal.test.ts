// @vitest-environment happy-dom
/**
 * The step being read as one signal (src/client/story/stepSignal.ts), and the two
 * features that follow it: resume reading keeps the last step read on screen, and
 * the language switcher carries the step unless the reader is scrolling back up.
 * The orchestrator's side (publishing every newly active step) is proved in the
 * browser by the arrival matrix and the reader tests.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createStepSignal, directionTracker, onScreen, type StepReading } from '../../src/client/story/stepSignal.ts';
import { resumeKey, startResume } from '../../src/client/story/resume.ts';
import { startLangSwitch } from '../../src/client/story/langSwitch.ts';

const settle = (): Promise<void> => new Promise((resolve) => queueMicrotask(resolve));
const boxAt = (el: HTMLElement, top: number, height = 100): void => {
  el.getBoundingClientRect = () =>
    ({ top, bottom: top + height, left: 0, right: 0, width: 0, height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
};

describe('createStepSignal()', () => {
  it('tells every subscriber of each step, in order, after the publishing code has run', async () => {
    const signal = createStepSignal();
    const heard: string[] = [];
    signal.subscribe((r) => heard.push(`a:${r.step.id}`));
    signal.subscribe((r) => heard.push(`b:${r.step.id}`));
    const one = Object.assign(document.createElement('div'), { id: 'one' });
    const two = Object.assign(document.createElement('div'), { id: 'two' });
    signal.publish({ step: one, direction: 'down', arrival: 'scroll' });
    signal.publish({ step: two, direction: 'down', arrival: 'settle' });
    expect(heard).toEqual([]); // not while the orchestrator is still writing
    expect(signal.current()?.step).toBe(two);
    await settle();
    expect(heard).toEqual(['a:one', 'b:one', 'a:two', 'b:two']);
  });

  it('stops telling a subscriber that unsubscribed', async () => {
    const signal = createStepSignal();
    const heard: StepReading[] = [];
    const stop = signal.subscribe((r) => heard.push(r));
    stop();
    signal.publish({ step: document.createElement('div'), direction: 'none', arrival: 'start' });
    await settle();
    expect(heard).toEqual([]);
  });
});

describe('directionTracker() and onScreen()', () => {
  it('keeps the last direction the page moved while it stands still', () => {
    let y = 100;
    const direction = directionTracker(() => y);
    expect(direction()).toBe('none');
    y = 300;
    expect(direction()).toBe('down');
    expect(direction()).toBe('down');
    y = 250;
    expect(direction()).toBe('up');
    expect(direction()).toBe('up');
  });
  it('a step is on screen when any of it is inside the viewport', () => {
    const step = document.createElement('div');
    boxAt(step, -100, 100);
    expect(onScreen(step, 800)).toBe(false);
    boxAt(step, -99, 100);
    expect(onScreen(step, 800)).toBe(true);
    boxAt(step, 800);
    expect(onScreen(step, 800)).toBe(false);
  });
});

describe('resume and the language switch follow the signal', () => {
  beforeEach(() => {
    document.body.innerHTML = `<a data-lang-switch href="http://localhost/2022/en/economy/">English</a>
      <article><div data-step id="step-a"></div><div data-step id="step-b"></div><div data-step id="step-c"></div></article>`;
    localStorage.clear();
  });
  const step = (id: string): HTMLElement => document.getElementById(id)!;

  it('resume keeps the last step that turned active on screen, and ignores one off screen', async () => {
    const signal = createStepSignal();
    startResume(signal);
    boxAt(step('step-b'), 200);
    boxAt(step('step-c'), 5000);
    signal.publish({ step: step('step-b'), direction: 'down', arrival: 'scroll' });
    signal.publish({ step: step('step-c'), direction: 'down', arrival: 'settle' });
    await settle();
    expect(JSON.parse(localStorage.getItem(resumeKey(location.pathname))!).id).toBe('step-b');
  });

  it('neither takes the steps the page opened on for steps read', async () => {
    const signal = createStepSignal();
    startResume(signal);
    startLangSwitch(signal);
    boxAt(step('step-c'), 200);
    signal.publish({ step: step('step-c'), direction: 'none', arrival: 'start' });
    await settle();
    expect(localStorage.getItem(resumeKey(location.pathname))).toBeNull();
    expect(document.querySelector<HTMLAnchorElement>('[data-lang-switch]')!.href).toBe('http://localhost/2022/en/economy/');
  });

  it('the language switch carries the step read going down, and keeps it while the reader scrolls back up', async () => {
    const signal = createStepSignal();
    startLangSwitch(signal);
    const link = document.querySelector<HTMLAnchorElement>('[data-lang-switch]')!;
    signal.publish({ step: step('step-b'), direction: 'down', arrival: 'scroll' });
    await settle();
    expect(link.href).toBe('http://localhost/2022/en/economy/#step-b');
    signal.publish({ step: step('step-a'), direction: 'up', arrival: 'scroll' });
    await settle();
    expect(link.href).toBe('http://localhost/2022/en/economy/#step-b');
    signal.publish({ step: step('step-c'), direction: 'none', arrival: 'key' });
    await settle();
    expect(link.href).toBe('http://localhost/2022/en/economy/#step-c');
  });
});
