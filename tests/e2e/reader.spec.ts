/**
 * Reader robustness (issue 4): the "#" step link copies a deep link, and a
 * returning reader is offered to continue where they stopped. Every assertion
 * is on real page state: the clipboard, the URL, the DOM, chart data-state.
 */
import type { Page } from '@playwright/test';
import { test, expect, stepsOf, scrollToStep } from './fixtures.ts';
import { axe } from './axe.ts';
import { resumeKey } from '../../src/client/story/resume.ts';

const ECONOMY = '/2022/zh/economy/';
/** A middle step of the economy chapter, in the rank-climb section (states y2020 → y2021 → y2022). */
const MIDDLE = 'step-y2021';
/** Pinned, not computed: readers' saved places live under this key, so a new spelling would lose them. */
const KEY = 'jinshui:resume:/2022/zh/economy/';

const banner = (page: Page) => page.locator('.resume');

/** Tap on touch devices, click elsewhere: the project decides. */
async function press(page: Page, selector: string): Promise<void> {
  if (test.info().project.use.hasTouch) await page.locator(selector).tap();
  else await page.locator(selector).click();
}

/** Wait until the page's script has run: the orchestrator marks sections live, and step links and resume start right after it. */
async function scriptsRan(page: Page): Promise<void> {
  await expect(page.locator('.scrolly.is-live').first()).toBeAttached();
}

/**
 * Records, in the page, every state the step link's feedback passes through. The
 * "copied" state lasts two seconds by design; on a busy machine the test may not
 * look within that window, so it reads the record instead of racing the clock.
 */
async function recordFeedback(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __feedback: unknown[] };
    w.__feedback = [];
    const link = document.querySelector(sel)!;
    new MutationObserver(() =>
      w.__feedback.push({
        label: link.getAttribute('aria-label'),
        title: link.getAttribute('title'),
        copied: link.classList.contains('is-copied'),
      }),
    ).observe(link, {
      attributes: true,
      attributeFilter: ['aria-label', 'title', 'class'],
    });
    for (const region of document.querySelectorAll('[aria-live="polite"]'))
      new MutationObserver(() => w.__feedback.push({ live: region.textContent })).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
  }, selector);
}
const feedbackSeen = (page: Page) => page.evaluate(() => (window as unknown as { __feedback: unknown[] }).__feedback);

/** Read a step in the chapter (it becomes the active step on screen), then come back to the chapter's top. */
async function readThenReturn(page: Page, stepId: string): Promise<void> {
  await page.goto(ECONOMY);
  await scriptsRan(page);
  await scrollToStep(page, stepId);
  await expect(page.locator(`#${stepId}`)).toHaveClass(/is-active/);
  await page.goto(ECONOMY);
  await scriptsRan(page);
}

test.describe('step links', () => {
  test('a tap copies the step URL, puts its hash in the address bar without a jump, and says so', async ({ guarded: page, baseURL }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(ECONOMY);
    await scriptsRan(page);
    const link = page.locator(`#${MIDDLE} [data-step-link]`);
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await expect(link).toHaveAttribute('aria-label', '复制这一步的链接');

    await recordFeedback(page, `#${MIDDLE} [data-step-link]`);
    await press(page, `#${MIDDLE} [data-step-link]`);

    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ECONOMY}#${MIDDLE}`);
    await expect(page).toHaveURL(`${baseURL}${ECONOMY}#${MIDDLE}`);
    // Feedback: the accessible name, the tooltip title, the visible state (together), and the polite announcement.
    await expect.poll(() => feedbackSeen(page)).toContainEqual({ label: '已复制链接', title: '已复制链接', copied: true });
    await expect.poll(() => feedbackSeen(page)).toContainEqual({ live: '已复制链接' });
    // replaceState, not a jump to the anchor; and no new history entry.
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // The feedback is brief: the original label comes back.
    await expect(link).toHaveAttribute('aria-label', '复制这一步的链接', { timeout: 15_000 });
    await expect(link).toHaveAttribute('title', '复制这一步的链接');
    await expect(link).not.toHaveClass(/is-copied/);
  });

  test('without the async Clipboard API (old WeChat) the textarea fallback copies the link', async ({ guarded: page, baseURL }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(ECONOMY);
    await scriptsRan(page);
    expect(await page.evaluate(() => 'clipboard' in navigator && navigator.clipboard)).toBeFalsy();
    await recordFeedback(page, `#${MIDDLE} [data-step-link]`);
    await press(page, `#${MIDDLE} [data-step-link]`);
    await expect(page).toHaveURL(`${baseURL}${ECONOMY}#${MIDDLE}`);
    await expect.poll(() => feedbackSeen(page)).toContainEqual({ label: '已复制链接', title: '已复制链接', copied: true });
    // Read the clipboard from a second page of the same browser, which still has the API.
    const reader = await page.context().newPage();
    await reader.goto('/');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ECONOMY}#${MIDDLE}`);
    await reader.close();
    // The temporary textarea is gone, and focus did not stay on it.
    await expect(page.locator('textarea')).toHaveCount(0);
  });

  test('on an English page the feedback is in English', async ({ guarded: page, baseURL }) => {
    // The English chapter: its interface text comes from src/i18n/en.ts, through the page.
    const english = ECONOMY.replace('/zh/', '/en/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(english);
    await scriptsRan(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await recordFeedback(page, `#${MIDDLE} [data-step-link]`);
    await press(page, `#${MIDDLE} [data-step-link]`);
    await expect.poll(() => feedbackSeen(page)).toContainEqual({ label: 'Link copied', title: 'Link copied', copied: true });
    await expect.poll(() => feedbackSeen(page)).toContainEqual({ live: 'Link copied' });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the step link is a plain anchor that navigates to the step', async ({ guarded: page, baseURL }) => {
      await page.goto(ECONOMY);
      const link = page.locator(`#${MIDDLE} [data-step-link]`);
      await expect(link).toHaveAttribute('href', `#${MIDDLE}`);
      await press(page, `#${MIDDLE} [data-step-link]`);
      await expect(page).toHaveURL(`${baseURL}${ECONOMY}#${MIDDLE}`);
      // It is a real jump: the step is the :target and sits in the upper half of the viewport (its scroll-margin).
      expect(await page.evaluate((id) => document.querySelector(':target')?.id === id, MIDDLE)).toBe(true);
      const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top / window.innerHeight, MIDDLE);
      expect(top).toBeGreaterThan(0.3);
      expect(top).toBeLessThan(0.6);
      await expect(link).not.toHaveClass(/is-copied/);
    });
  });
});

/** A chart's state once its animator runs; before that it shows the server-rendered final state, off screen. */
async function stateUnlessDormant(page: Page, chart: string): Promise<string> {
  return page.$eval(`[data-chart="${chart}"]`, (el) =>
    el.hasAttribute('data-live') ? (el as HTMLElement).dataset['state']! : 'not started',
  );
}

test.describe('resume reading', () => {
  test("the storage key is the one readers' saved places are under", () => {
    expect(resumeKey(ECONOMY)).toBe(KEY);
  });
  test('a returning reader is offered the step they were on; continue restores its chart state and focus', async ({ guarded: page }) => {
    await readThenReturn(page, MIDDLE);
    const region = page.getByRole('region', { name: '继续阅读' });
    await expect(region).toBeVisible();
    // Named by the step's bold lead phrase (**往前几位。**).
    await expect(region).toContainText('上次读到：往前几位');
    // Back at the top, the chart has not moved to the remembered step: it is at its first
    // state, or (far below the viewport) not started at all.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await stateUnlessDormant(page, 'rank-climb')).toMatch(/^(y2020|not started)$/);
    const results = await axe(page).include('.resume').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Buttons big enough to tap.
    for (const name of ['继续阅读', '从头开始']) {
      const box = (await region.getByRole('button', { name }).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
    }

    await region.getByRole('button', { name: '继续阅读' }).click();

    await expect(page.locator('[data-chart="rank-climb"]')).toHaveAttribute('data-state', 'y2021');
    await expect(page.locator(`#${MIDDLE}`)).toHaveClass(/is-active/);
    await expect(page.locator(`#${MIDDLE}`)).toBeFocused();
    await expect(banner(page)).toHaveCount(0);
  });

  test('after scrolling back up, the step remembered is the one read last, not a chart reset off screen', async ({ guarded: page }) => {
    await page.goto(ECONOMY);
    await scriptsRan(page);
    await scrollToStep(page, 'step-y2022');
    await expect(page.locator('#step-y2022')).toHaveClass(/is-active/);
    // Back up into the previous section: the orchestrator also resets the section below to its first step (y2020).
    await scrollToStep(page, 'step-over-100m');
    await expect(page.locator('#step-over-100m')).toHaveClass(/is-active/);
    await expect(page.locator('#step-y2020')).toHaveClass(/is-active/);
    await page.goto(ECONOMY);
    await scriptsRan(page);
    await expect(page.getByRole('region', { name: '继续阅读' })).toContainText('上次读到：亿元级的楼');
  });

  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`continue jumps at once (reduced motion: ${motion})`, async ({ guarded: page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await readThenReturn(page, MIDDLE);
      await page.getByRole('button', { name: '继续阅读' }).click();
      // No smooth scroll: the position is final as soon as the click returns.
      const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top / window.innerHeight, MIDDLE);
      expect(top).toBeGreaterThan(0.3);
      expect(top).toBeLessThan(0.6);
      await expect(page.locator('[data-chart="rank-climb"]')).toHaveAttribute('data-state', 'y2021');
    });
  }

  test('"start over" dismisses the banner, nothing on the page moves, and it is not offered again', async ({ guarded: page }) => {
    await readThenReturn(page, MIDDLE);
    await expect(banner(page)).toBeVisible();
    const layout = () =>
      page.evaluate(() => ({
        scrollY: window.scrollY,
        height: document.documentElement.scrollHeight,
        boxes: ['.chapter__head', 'h1', '.chapter__body', '.chapter__body > p', '[data-scrolly]'].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return [r.top, r.left, r.width, r.height];
        }),
      }));
    const withBanner = await layout();
    // The banner overlays (fixed), it takes no room in the flow.
    expect(await banner(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');

    await page.getByRole('button', { name: '从头开始' }).click();

    await expect(banner(page)).toHaveCount(0);
    expect(await layout()).toEqual(withBanner);
    expect(await stateUnlessDormant(page, 'rank-climb')).toMatch(/^(y2020|not started)$/);
    // Focus does not fall off the page with the removed button.
    await expect(page.locator('main')).toBeFocused();
    // Starting over forgets the place: the next visit has no banner.
    await page.goto(ECONOMY);
    await scriptsRan(page);
    await expect(banner(page)).toHaveCount(0);
  });

  test('Escape dismisses the banner too', async ({ guarded: page }) => {
    await readThenReturn(page, MIDDLE);
    await page.getByRole('button', { name: '继续阅读' }).focus();
    await page.keyboard.press('Escape');
    await expect(banner(page)).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('no banner on a first visit, at the first step, for a step that no longer exists, or with a #step link', async ({
    guarded: page,
  }) => {
    // First visit.
    await page.goto(ECONOMY);
    await scriptsRan(page);
    await expect(banner(page)).toHaveCount(0);

    // The remembered step is the chapter's first: the reader scrolled on, then back to it.
    const [first, second] = await stepsOf(page);
    await scrollToStep(page, second!.id);
    await expect(page.locator(`#${second!.id}`)).toHaveClass(/is-active/);
    await scrollToStep(page, first!.id);
    await expect(page.locator(`#${first!.id}`)).toHaveClass(/is-active/);
    await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.id, KEY)).toBe(first!.id);
    await page.goto(ECONOMY);
    await scriptsRan(page);
    await expect(banner(page)).toHaveCount(0);

    // A step id from an older version of the chapter.
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ id: 'step-gone', t: Date.now() })), KEY);
    await page.goto(ECONOMY);
    await scriptsRan(page);
    await expect(banner(page)).toHaveCount(0);

    // A deep link already says where to go: arriving with one, or following one while the banner shows.
    await readThenReturn(page, MIDDLE);
    await expect(banner(page)).toHaveCount(1);
    await page.evaluate(() => (location.hash = '#step-y2022'));
    await expect(banner(page)).toHaveCount(0);
    await page.goto('/');
    // (y2022 is now the remembered step; arrive at another one.)
    await page.goto(`${ECONOMY}#step-over-100m`);
    await scriptsRan(page);
    await expect(page.locator('#step-over-100m')).toHaveClass(/is-active/);
    await expect(banner(page)).toHaveCount(0);
  });

  test('with storage disabled there are no errors and no banner', async ({ guarded: page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
    await page.goto(ECONOMY);
    await scriptsRan(page);
    expect(
      await page.evaluate(() => {
        try {
          return !!localStorage;
        } catch {
          return 'throws';
        }
      }),
    ).toBe('throws');
    await scrollToStep(page, MIDDLE);
    await expect(page.locator(`#${MIDDLE}`)).toHaveClass(/is-active/);
    await page.goto(ECONOMY);
    await scriptsRan(page);
    await expect(banner(page)).toHaveCount(0);
    // The story itself still works.
    await scrollToStep(page, MIDDLE);
    await expect(page.locator('[data-chart="rank-climb"]')).toHaveAttribute('data-state', 'y2021');
    // The guarded fixture fails the test on any console error or uncaught exception.
  });
});
