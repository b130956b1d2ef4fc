/**
 * Every chapter, whatever it holds: steps activate in order and every chart
 * reaches every state; no-JS and reduced motion give the full content; nothing
 * overflows horizontally at any width. (axe and the CSP are checked on every
 * page in reading.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, stepsOf, scrollToStep, markAttrs, expectedAttrs, roundAll } from './fixtures.ts';
import { ALL_PAGES, CHAPTER_PAGES, SCROLLY_PAGES } from './pages.ts';
import { frames } from './arrivals.ts';

test('the site has the chapters to test', () => {
  expect(CHAPTER_PAGES.length).toBeGreaterThanOrEqual(1);
  expect(SCROLLY_PAGES).toContain('/2022/zh/prologue/');
});

for (const path of SCROLLY_PAGES) {
  test.describe(path, () => {
    test('steps activate in order and every chart reaches every state', async ({ guarded: page }) => {
      await page.goto(path);
      const steps = await stepsOf(page);
      const statesByChart = await page.$$eval('[data-chart-root]', (roots) =>
        Object.fromEntries(
          roots.map((r) => [(r as HTMLElement).dataset['chart']!, Object.keys(JSON.parse((r as HTMLElement).dataset['states']!))]),
        ),
      );
      const reached: Record<string, string[]> = {};
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
        await expect(page.locator(`[data-chart="${step.chart}"]`)).toHaveAttribute('data-state', step.state);
        const target = roundAll(await expectedAttrs(page, step.chart, step.state));
        await expect.poll(async () => roundAll(await markAttrs(page, step.chart)), { timeout: 5000 }).toEqual(target);
        // Only one step of this section is current at a time.
        await expect(page.locator(`[data-scrolly="${step.chart}"] [data-step].is-active`)).toHaveCount(1);
        (reached[step.chart] ??= []).push(step.state);
      }
      // Every state of every chart on the page is reached, in the chart's own order.
      expect(reached).toEqual(statesByChart);
    });
  });
}

for (const path of CHAPTER_PAGES) {
  test.describe(path, { tag: '@desktop' }, () => {
    test('without JavaScript all text and every chart are there', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto(path);
      // Counted in the built file, independently of what the browser renders.
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      const steps = (html.match(/\sdata-step[\s>]/g) ?? []).length;
      const charts = (html.match(/\sdata-chart-root[\s>]/g) ?? []).length;
      await expect(page.locator('[data-step]')).toHaveCount(steps);
      await expect(page.locator('svg.chart__svg')).toHaveCount(charts);
      // Every chart is in its final state: its data-state is the last key of its layouts.
      for (const root of await page.locator('[data-chart-root]').all()) {
        const [state, states] = await root.evaluate(
          (r) => [(r as HTMLElement).dataset['state'], Object.keys(JSON.parse((r as HTMLElement).dataset['states']!))] as const,
        );
        expect(state).toBe(states.at(-1));
      }
      // Every bound figure shows its text.
      for (const fig of await page.locator('.fig__value data').all()) expect((await fig.textContent())?.trim()).not.toBe('');
      await context.close();
    });
  });
}

for (const path of ALL_PAGES) {
  test.describe(`${path} layout`, { tag: '@desktop' }, () => {
    test(`no horizontal overflow on ${path} from 320 to 1920 px`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL! });
      const page = await context.newPage();
      const overflow: string[] = [];
      // Loaded once at the narrowest width, then widened as a window or a turned phone is: the page
      // must stay right when the viewport resizes. (reading.spec.ts loads every page at 320 and 390 px, axe at 1440.)
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      for (const width of [320, 360, 390, 768, 1024, 1366, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        // Two frames: resize observers and listeners have run and the page has laid out again.
        await frames(page);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) overflow.push(`${width}px: page is ${scrollWidth}px wide`);
      }
      expect(overflow).toEqual([]);
      await context.close();
    });
  });
}
