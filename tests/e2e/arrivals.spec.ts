/**
 * The arrival matrix (issue 9): a chart's marks are a function of its target
 * state alone. For every step of every scrolly chapter (read from dist/), each
 * way a reader can arrive must end with the chart's marks exactly at the layout
 * geometry.ts built for that step's state — geometry attributes, computed
 * opacity and visibility — not just a matching data-state.
 *
 * Each page × way runs once, in one of three projects, taken in turn
 * (ARRIVAL_PROJECTS): every step of every chapter arrives every way once, and
 * every way runs on a phone, on a desktop and on a slow phone across the
 * chapters. In "phone-4x-cpu" CDP throttles the CPU 4× as on a cheap phone
 * while the reader arrives: each arrival and its check run throttled, the
 * setup before it (the page it is reloaded or jumped from, settled and checked
 * first) does not. Chromium emulates the slow CPU by keeping a core busy for
 * the time it withholds, so throttling the setup too would double the cost and
 * test nothing more: the arrival starts from the same settled state either
 * way. The tag on each test's title picks its project (playwright.config.ts).
 */
import type { Page } from '@playwright/test';
import { test as guardedTest, expect } from './fixtures.ts';
import { SCROLLY_PAGES } from './pages.ts';
import { resumeKey } from '../../src/client/story/resume.ts';
import { expectChartAt, frames, planFor, stepScrollY, storyStarted, type PagePlan, type StepCase } from './arrivals.ts';

/** Runs `work` on the project's throttled CPU (none outside "phone-4x-cpu"). */
type Slow = <T>(work: () => Promise<T>) => Promise<T>;

const test = guardedTest.extend<{ slow: Slow }>({
  slow: async ({ guarded: page }, use, testInfo) => {
    const rate = Number(testInfo.project.metadata['cpuThrottle'] ?? 1);
    if (rate === 1) return use((work) => work());
    const cdp = await page.context().newCDPSession(page);
    await use(async (work) => {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      try {
        return await work();
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
    });
  },
});

/** Loads `url` as a new document (see freshUrl) and waits for the story to start. */
async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await storyStarted(page);
}

/**
 * The chapter as a new document, arrival `n` of a test: each URL differs from the last in its
 * query, so going to it loads the page afresh (from one #step to another of the same URL would be
 * a same-document navigation). One navigation instead of a round trip through about:blank or
 * another page: Chromium's processes used 25-33 % less CPU (economy, 15 fresh loads at 390 px:
 * 3.1-3.3 s, against 4.1-4.5 s through about:blank and 4.7-4.8 s through the archive page).
 */
function freshUrl(plan: PagePlan, n: number, stepId?: string): string {
  return `${plan.path}?arrival=${n}${stepId ? `#${stepId}` : ''}`;
}

async function jumpTo(page: Page, step: StepCase): Promise<void> {
  const y = await stepScrollY(page, step.id);
  await page.evaluate((top) => window.scrollTo(0, top), y);
}

/** Scrolls to a step in a few wheel-sized moves, the way a reader's thumb does, so steps cross the line one by one. */
async function scrollTowards(page: Page, step: StepCase): Promise<void> {
  const target = await stepScrollY(page, step.id);
  const from = await page.evaluate(() => window.scrollY);
  for (const f of [1 / 3, 2 / 3, 1]) {
    await page.evaluate((top) => window.scrollTo(0, top), Math.round(from + (target - from) * f));
    await frames(page);
  }
}

/** Checks that the step's chart shows exactly its state. */
type Check = (step: StepCase) => Promise<void>;
/** One way of arriving at every step of a page; `slow` wraps the arrival itself and its check. */
type Arrival = (page: Page, plan: PagePlan, check: Check, slow: Slow) => Promise<void>;

const ARRIVALS: Record<string, Arrival> = {
  'step by step from the top': async (page, plan, check, slow) => {
    await slow(async () => {
      await openFresh(page, plan.path);
      for (const step of plan.steps) {
        await scrollTowards(page, step);
        await check(step);
      }
    });
  },

  'a deep link on a fresh page': async (page, plan, check, slow) => {
    for (const [i, step] of plan.steps.entries()) {
      await slow(async () => {
        await openFresh(page, freshUrl(plan, i, step.id));
        await check(step);
      });
    }
  },

  'a reload while at the step': async (page, plan, check, slow) => {
    await openFresh(page, plan.path);
    for (const step of plan.steps) {
      await jumpTo(page, step);
      await check(step);
      await slow(async () => {
        await page.reload();
        await storyStarted(page);
        await check(step);
      });
    }
  },

  'a jump from the end of the page': async (page, plan, check, slow) => {
    await openFresh(page, plan.path);
    const lastOfEach = [...new Map(plan.steps.map((s) => [s.chart, s])).values()];
    for (const step of plan.steps) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      // At the end every section has passed: each one's last step is active.
      for (const last of lastOfEach) await expect(page.locator(`#${last.id}`)).toHaveClass(/is-active/, { timeout: 20_000 });
      await slow(async () => {
        await jumpTo(page, step);
        await check(step);
      });
    }
  },

  'a jump from a step of another chart': async (page, plan, check, slow) => {
    await openFresh(page, plan.path);
    for (const step of plan.steps) {
      // The nearest step of another chart: after this section if there is one, else before it.
      const others = plan.steps.filter((s) => s.chart !== step.chart);
      const from = others.find((s) => plan.steps.indexOf(s) > plan.steps.indexOf(step)) ?? others.at(-1);
      expect(from, `${plan.path} needs a second chart to jump from`).toBeDefined();
      await jumpTo(page, from!);
      await check(from!);
      await slow(async () => {
        await jumpTo(page, step);
        await check(step);
      });
    }
  },

  'keyboard navigation': async (page, plan, check, slow) => {
    await openFresh(page, plan.path);
    const sections = [...new Set(plan.steps.map((s) => s.chart))].map((chart) => plan.steps.filter((s) => s.chart === chart));
    for (const steps of sections) {
      await jumpTo(page, steps[0]!);
      await check(steps[0]!);
      await page.locator(`#${steps[0]!.id}`).focus();
      const walk = [
        ...steps.slice(1).map((s) => ['ArrowDown', s] as const),
        ...steps
          .slice(0, -1)
          .reverse()
          .map((s) => ['ArrowUp', s] as const),
      ];
      await slow(async () => {
        for (const [key, step] of walk) {
          await page.keyboard.press(key);
          await expect(page.locator(`#${step.id}`)).toBeFocused();
          await check(step);
        }
      });
    }
  },

  'resume reading (continue)': async (page, plan, check, slow) => {
    for (const [i, step] of plan.steps.entries()) {
      // Stored the way the chapter stores it, then the chapter is opened again as a fresh document.
      // The first time from another page of the site (the archive): a new tab has no origin to store
      // in. After that from the chapter itself, as the last arrival left it: settled and checked, so
      // its own observer (which writes only when a step turns active) cannot overwrite the entry.
      if (i === 0) await page.goto('/editions/');
      await page.evaluate(
        ([key, id]) => localStorage.setItem(key!, JSON.stringify({ id, t: Date.now() })),
        [resumeKey(plan.path), step.id],
      );
      await slow(async () => {
        await openFresh(page, freshUrl(plan, i));
        if (i === 0) {
          // The first step is where a fresh visit starts: there is nothing to resume. (Its chart may
          // still be below the fold, and dormant, when the chapter opens with a long introduction, as
          // the English ones do: the reader reaches it by scrolling.)
          await expect(page.locator('.resume')).toHaveCount(0);
          await jumpTo(page, step);
          await check(step);
          return;
        }
        await page.locator('.resume__go').click();
        await check(step);
      });
    }
  },
};

/**
 * The project that runs page `p`'s way `w`: taken in turn, so that each way meets every project
 * and each page's ways are spread over all three. The tags are matched in playwright.config.ts.
 */
const ARRIVAL_PROJECTS = ['@phone', '@desktop', '@cpu4x'] as const;
const projectTag = (p: number, w: number, of: readonly string[] = ARRIVAL_PROJECTS): string => of[(p + w) % of.length]!;

SCROLLY_PAGES.forEach((path, p) => {
  const plan = planFor(path);
  test.describe(`arrivals on ${path}`, () => {
    test('the plan has steps and a layout for each', { tag: '@desktop' }, () => {
      expect(plan.steps.length).toBeGreaterThan(1);
      for (const s of plan.steps) expect(plan.layouts[s.chart]?.[s.state], `${s.chart}/${s.state}`).toBeDefined();
    });
    Object.entries(ARRIVALS).forEach(([name, arrive], w) => {
      test(`${name}: every step shows exactly its state`, { tag: projectTag(p, w) }, async ({ guarded: page, slow }) => {
        test.setTimeout(300_000);
        await arrive(page, plan, (step) => expectChartAt(page, plan, step, name), slow);
      });
    });
  });
});

// With motion reduced a chart is set in the same task as its step: there is no tween for a slow CPU
// to interrupt, so these run on the phone and the desktop only, each once.
test.describe('arrivals under reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  SCROLLY_PAGES.forEach((path, p) => {
    const plan = planFor(path);
    (['step by step from the top', 'a deep link on a fresh page', 'keyboard navigation'] as const).forEach((name, w) => {
      test(`${path}: ${name}`, { tag: projectTag(p, w, ['@phone', '@desktop']) }, async ({ guarded: page, slow }) => {
        test.setTimeout(300_000);
        await ARRIVALS[name]!(page, plan, (step) => expectChartAt(page, plan, step, `${name}, reduced motion`), slow);
      });
    });
  });
});
