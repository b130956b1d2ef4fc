import { test, expect, PROLOGUE, stepsOf, scrollToStep, markAttrs, expectedAttrs, roundAll } from './fixtures.ts';

test.describe('the prologue', () => {
  // Every chart reaching every state is tested for all chapters in story.spec.ts; here, the prologue's own order.
  test('the steps come in the order the story tells them', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    expect((await stepsOf(page)).map((s) => s.state)).toEqual(['y2012', 'y2021', 'doubled', 'land', 'people', 'output', 'density']);
  });

  test('the chart status text follows the step', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    await scrollToStep(page, 'step-y2021');
    await expect(page.locator('[data-chart="gdp-doubling"] [data-chart-status]')).toHaveText('2021年，金水区地区生产总值超越1800亿元。');
  });

  test('with reduced motion every step shows the same end state as the animated run', async ({ browser, baseURL }) => {
    const collect = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await browser.newContext({ reducedMotion, viewport: { width: 390, height: 844 }, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto(PROLOGUE);
      const result: Record<string, unknown> = {};
      for (const step of await stepsOf(page)) {
        await scrollToStep(page, step.id);
        await expect(page.locator(`[data-chart="${step.chart}"]`)).toHaveAttribute('data-state', step.state);
        if (reducedMotion === 'reduce') {
          // No tween: the end state is there at once, without waiting.
          result[step.id] = roundAll(await markAttrs(page, step.chart));
        } else {
          const target = roundAll(await expectedAttrs(page, step.chart, step.state));
          await expect.poll(async () => roundAll(await markAttrs(page, step.chart)), { timeout: 5000 }).toEqual(target);
          result[step.id] = roundAll(await markAttrs(page, step.chart));
        }
      }
      await context.close();
      return result;
    };
    const reduced = await collect('reduce');
    const animated = await collect('no-preference');
    expect(Object.keys(reduced)).toHaveLength(7);
    expect(reduced).toEqual(animated);
  });

  test('without JavaScript the text and every chart are complete', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(PROLOGUE);
    await expect(page.locator('h1')).toHaveText('十年');
    await expect(page.locator('[data-step]')).toHaveCount(7);
    await expect(page.locator('svg.chart__svg')).toHaveCount(2);
    // Each chart is drawn in its final state: the 2021 column and the doubling stack are visible.
    await expect(page.locator('[data-mark="bar-2021"]')).toHaveAttribute('height', /^[1-9]/);
    await expect(page.locator('[data-mark="double-line"]')).toHaveAttribute('opacity', '1');
    await expect(page.locator('[data-mark="fill-4"]')).toHaveAttribute('width', /^[1-9]/);
    for (const text of ['突破700亿元', '超越1800亿元', '1.8%', '21%', '第20位'])
      await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    // No step is dimmed without the script.
    await expect(page.locator('.scrolly.is-live')).toHaveCount(0);
    await context.close();
  });

  test('a figure shows its source quote on focus', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    const fig = page.locator('.fig', { has: page.locator('[data-figure="gdp-2021"]') }).first();
    await fig.locator('button').focus();
    await expect(fig.locator('[role="tooltip"]')).toBeVisible();
    await expect(fig.locator('[role="tooltip"]')).toContainText('2021年GDP超越1800亿元');
  });
});

test.describe('jumps', () => {
  test('a jump into the gap between steps shows the state of the step above the line', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    // Land just below the top of the "doubled" step's predecessor gap: y2021 is the last step whose top passed the line.
    const y = await page.evaluate(() => {
      const a = document.getElementById('step-y2021')!.getBoundingClientRect();
      const b = document.getElementById('step-doubled')!.getBoundingClientRect();
      const line = window.innerHeight * 0.6;
      // A scroll position where the trigger line sits between the bottom of y2021 and the top of "doubled".
      const gapMid = (a.bottom + b.top) / 2 + window.scrollY;
      return gapMid - line;
    });
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', 'y2021');
    // And a jump back to the very top returns to the first state.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', 'y2012');
  });

  test('a reload in the middle of the chapter restores the state of the step in view', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    await scrollToStep(page, 'step-output');
    await expect(page.locator('[data-chart="share-of-zhengzhou"]')).toHaveAttribute('data-state', 'output');
    await page.reload();
    await expect(page.locator('[data-chart="share-of-zhengzhou"]')).toHaveAttribute('data-state', 'output');
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', 'doubled');
  });
});

test.describe('motion', () => {
  test('at reading speed a state change is animated (marks pass through in-between values)', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    await scrollToStep(page, 'step-y2012');
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', 'y2012');
    // The chart has finished its move to y2012 (observable), so the next move starts from rest.
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-settled', 'y2012');
    // Record the 2021 column's height every frame while the reader scrolls gently into the next step.
    await page.evaluate(() => {
      const bar = document.querySelector('[data-chart="gdp-doubling"] [data-mark="bar-2021"]')!;
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      const tick = (): void => {
        seen.push(Number(bar.getAttribute('height')));
        if (seen.length < 240) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // Scroll there gently, 8 px per frame (about 500 px/s, well under the fling speed), as a reader does.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const step = document.getElementById('step-y2021')!;
          const target = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5;
          const move = (): void => {
            const next = Math.min(target, window.scrollY + 8);
            window.scrollTo(0, next);
            if (next < target) requestAnimationFrame(move);
            else resolve();
          };
          requestAnimationFrame(move);
        }),
    );
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', 'y2021');
    const final = (await expectedAttrs(page, 'gdp-doubling', 'y2021'))['bar-2021']!['height']!;
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: number[] }).seen.length), { timeout: 8000 })
      .toBeGreaterThanOrEqual(240);
    const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(
      seen.some((h) => h > 1 && h < final - 1),
      `heights seen: ${[...new Set(seen)].join(', ')}`,
    ).toBe(true);
  });
});
