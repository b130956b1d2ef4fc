/**
 * Scroll smoothness: a phone-sized viewport (390×844), the main thread slowed
 * 4× through CDP, the whole page scrolled with 100 px wheel steps every 16 ms,
 * and every frame's duration taken from requestAnimationFrame in the page.
 */
import { chromium, type Browser } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROME_FLAGS, CHROME_PATH, median } from './util.ts';

export const SCROLL = { width: 390, height: 844, deviceScaleFactor: 1, cpuThrottling: 4, stepPx: 100, stepMs: 16 } as const;

export interface ScrollRun {
  frames: number;
  over20: number;
  over50: number;
  /** Share of frames over 20 ms, in percent. */
  over20Pct: number;
  worstMs: number;
  medianMs: number;
  steps: number;
  /** Mean time between wheel steps as sent (16 ms when the machine keeps up). */
  meanStepMs: number;
  scrolledPx: number;
  pageHeightPx: number;
  seconds: number;
  reachedBottom: boolean;
  /** Frames over 20 ms as [start in ms after the first wheel step, duration in ms]: where the jank is. */
  longFrames: Array<[number, number]>;
}

export interface ScrollResult {
  method: 'per-metric median';
  settings: typeof SCROLL;
  runs: ScrollRun[];
  median: Pick<ScrollRun, 'frames' | 'over20' | 'over50' | 'over20Pct' | 'worstMs' | 'medianMs'>;
  /** The worst frame over all runs. */
  worstOfAllMs: number;
}

interface FrameProbe {
  __benchFrames?: number[];
  __benchRecording?: boolean;
}

async function scrollOnce(browser: Browser, url: string): Promise<ScrollRun> {
  const context = await browser.newContext({
    viewport: { width: SCROLL.width, height: SCROLL.height },
    deviceScaleFactor: SCROLL.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SCROLL.cpuThrottling });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    // Let scripts start (scrollama, gsap) and the first state settle.
    await page.waitForTimeout(1_000);
    await page.mouse.move(SCROLL.width / 2, SCROLL.height / 2);
    await page.evaluate(() => {
      const w = window as unknown as FrameProbe;
      const frames: number[] = [];
      w.__benchFrames = frames;
      w.__benchRecording = true;
      const tick = (t: number): void => {
        frames.push(t);
        if (w.__benchRecording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

    const position = (): Promise<{ y: number; max: number }> =>
      page.evaluate(() => ({ y: scrollY, max: document.documentElement.scrollHeight - innerHeight }));
    // Let the frame loop run before scrolling: its first frames after an idle page are not the scroll's.
    await page.waitForTimeout(250);
    let { y, max } = await position();
    const scrollStart = await page.evaluate(() => performance.now());
    const started = performance.now();
    let steps = 0;
    let reachedBottom = false;
    let stepIntervals = 0;
    // Steps go out on a 16 ms clock without waiting for the previous one to be handled (awaiting
    // each would pace them by the page's input handling instead); at most 8 are in flight.
    const inflight = new Set<Promise<void>>();
    const wheel = (): void => {
      const sent: Promise<void> = page.mouse.wheel(0, SCROLL.stepPx).finally(() => inflight.delete(sent));
      inflight.add(sent);
    };
    // Bounds on the loop: three times the steps the page needs, and two minutes.
    const maxSteps = Math.ceil(max / SCROLL.stepPx) * 3 + 30;
    while (!reachedBottom && steps < maxSteps && performance.now() - started < 120_000) {
      // One batch takes the page to its current bottom; a page that grew meanwhile gets another.
      const batch = Math.min(Math.ceil((max - y) / SCROLL.stepPx) + 2, maxSteps - steps);
      const batchStart = performance.now();
      for (let i = 1; i <= batch; i++) {
        if (inflight.size >= 8) await Promise.race(inflight);
        wheel();
        const wait = batchStart + i * SCROLL.stepMs - performance.now();
        if (wait > 0) await sleep(wait);
      }
      steps += batch;
      stepIntervals += performance.now() - batchStart;
      await Promise.all(inflight);
      ({ y, max } = await position());
      reachedBottom = y >= max - 1;
    }
    // Frames of the last scroll and of animations it started.
    await page.waitForTimeout(500);
    const seconds = (performance.now() - started) / 1000;
    const stamps = await page.evaluate(() => {
      const w = window as unknown as FrameProbe;
      w.__benchRecording = false;
      return w.__benchFrames ?? [];
    });
    ({ y, max } = await position());
    reachedBottom ||= y >= max - 1;
    // Frames that began once the scroll did, as [start ms after the first wheel step, duration ms].
    const frames = stamps
      .slice(1)
      .map((t, i) => [stamps[i]! - scrollStart, t - stamps[i]!] as const)
      .filter(([at]) => at >= 0);
    const durations = frames.map(([, d]) => d);
    const over20 = durations.filter((d) => d > 20).length;
    return {
      frames: durations.length,
      over20,
      over50: durations.filter((d) => d > 50).length,
      over20Pct: durations.length ? (100 * over20) / durations.length : Number.NaN,
      worstMs: durations.length ? Math.max(...durations) : Number.NaN,
      medianMs: median(durations),
      steps,
      meanStepMs: steps ? stepIntervals / steps : Number.NaN,
      scrolledPx: y,
      pageHeightPx: max + SCROLL.height,
      seconds,
      reachedBottom,
      longFrames: frames.filter(([, d]) => d > 20).map(([at, d]) => [Math.round(at), Math.round(d * 10) / 10] as [number, number]),
    };
  } finally {
    await context.close();
  }
}

export async function measureScroll(url: string, runs: number): Promise<ScrollResult> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROME_FLAGS] });
  try {
    const results: ScrollRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await scrollOnce(browser, url);
      results.push(run);
      process.stdout.write(
        `  scroll run ${i + 1}/${runs}: ${run.frames} frames, ${run.over20Pct.toFixed(1)} % > 20 ms, ${run.over50} > 50 ms, worst ${run.worstMs.toFixed(1)} ms, ${run.steps} steps every ${run.meanStepMs.toFixed(1)} ms` +
          `${run.reachedBottom ? '' : ' (did not reach the bottom)'}\n`,
      );
    }
    const pick = (f: (r: ScrollRun) => number): number => median(results.map(f));
    return {
      method: 'per-metric median',
      settings: SCROLL,
      runs: results,
      median: {
        frames: pick((r) => r.frames),
        over20: pick((r) => r.over20),
        over50: pick((r) => r.over50),
        over20Pct: pick((r) => r.over20Pct),
        worstMs: pick((r) => r.worstMs),
        medianMs: pick((r) => r.medianMs),
      },
      worstOfAllMs: Math.max(...results.map((r) => r.worstMs)),
    };
  } finally {
    await browser.close();
  }
}
