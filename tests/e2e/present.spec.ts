/**
 * The present view (issue 12): one step per screen, keys as clickers send them,
 * the hash following the step, no scrolling at projector sizes, large text,
 * charts moved by the story's animator (waits on data-settled, never the clock).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axe } from './axe.ts';
import { PRESENT_PAGES } from './pages.ts';

const ECONOMY = '/2022/zh/economy/present/';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

// Runs in the desktop project only (projector sizes are set per test): see DESKTOP_ONLY in playwright.config.ts.

interface Slide {
  id: string;
  state: string;
  chart: string;
}
const slidesOf = (page: Page): Promise<Slide[]> =>
  page.$$eval('[data-slide]', (els) =>
    els.map((s) => ({
      id: s.id,
      state: (s as HTMLElement).dataset['state']!,
      chart: (s.closest('[data-deck-part]') as HTMLElement).dataset['deckPart']!,
    })),
  );

/** The slide shown, its hash, and its chart settled in the slide's state. */
async function expectOn(page: Page, slide: Slide): Promise<void> {
  await expect(page.locator(`#${slide.id}`)).toBeVisible();
  await expect(page.locator('[data-slide]:visible')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`#${slide.id}$`));
  await expect(page.locator(`[data-deck-part="${slide.chart}"] [data-chart="${slide.chart}"]`)).toHaveAttribute(
    'data-settled',
    slide.state,
  );
}

test('the story chapters have present views', () => {
  expect(PRESENT_PAGES).toEqual(expect.arrayContaining(['/2022/zh/prologue/present/', ECONOMY]));
});

test('every key moves the state: ←/→, PageUp/PageDown, Space/Shift+Space, Home/End, number keys', async ({ guarded: page }) => {
  await page.setViewportSize(SIZES[1]);
  await page.goto(ECONOMY);
  const slides = await slidesOf(page);
  expect(slides.length).toBeGreaterThan(10);
  await expectOn(page, slides[0]!);
  const moves: [string, number][] = [
    ['ArrowRight', 1],
    ['PageDown', 2],
    ['Space', 3],
    ['ArrowLeft', 2],
    ['PageUp', 1],
    ['Shift+Space', 0],
    ['End', slides.length - 1],
    ['Home', 0],
    ['5', 4],
    ['ArrowDown', 5],
    ['ArrowUp', 4],
    ['1', 0],
  ];
  for (const [key, to] of moves) {
    await page.keyboard.press(key);
    await expectOn(page, slides[to]!);
  }
  // The way back to the reading view lands on the same step.
  await expect(page.locator('[data-deck-back]')).toHaveAttribute('href', `/2022/zh/economy/#${slides[0]!.id}`);
  await page.keyboard.press('3');
  await expect(page.locator('[data-deck-back]')).toHaveAttribute('href', `/2022/zh/economy/#${slides[2]!.id}`);
  await expect(page.locator('[data-deck-index]')).toHaveText('3');
});

test('the hash opens the same slide on reload and in a second window', async ({ guarded: page, context }) => {
  await page.setViewportSize(SIZES[1]);
  await page.goto(ECONOMY);
  const slides = await slidesOf(page);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const target = slides[slides.length - 2]!;
  await expectOn(page, target);
  await page.reload();
  await expectOn(page, target);
  const second = await context.newPage();
  await second.setViewportSize(SIZES[2]);
  await second.goto(page.url());
  await expectOn(second, target);
  await second.close();
});

test('the first paint is already the deck: before its script runs, CSS shows the slide it will show', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: SIZES[1], serviceWorkers: 'block' });
  // Every script file is held back (the pre-paint script is inline, so html.js is set): the page as painted before they arrive.
  await context.route('**/*.js', (route) => route.abort());
  const shownOn = async (url: string): Promise<string[]> => {
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await expect(page.locator('[data-deck]')).not.toHaveClass(/\bis-live\b/);
    await expect(page.locator('[data-deck-part]:visible')).toHaveCount(1);
    // One screen, as when the deck is live: the deck and the slide's text lie inside the viewport.
    const [deckBottom, textBottom] = await page.evaluate(() =>
      ['[data-deck]', '[data-slide]:not([hidden]) .slide__text'].map(
        (s) => [...document.querySelectorAll(s)].filter((e) => e.checkVisibility())[0]!.getBoundingClientRect().bottom,
      ),
    );
    expect(deckBottom).toBeLessThanOrEqual(SIZES[1].height + 1);
    expect(textBottom).toBeLessThanOrEqual(SIZES[1].height + 1);
    const ids = await page.locator('[data-slide]:visible').evaluateAll((els) => els.map((e) => e.id));
    await page.close();
    return ids;
  };
  const page = await context.newPage();
  await page.goto(ECONOMY);
  const slides = await slidesOf(page);
  await page.close();
  expect(await shownOn(ECONOMY)).toEqual([slides[0]!.id]);
  const later = slides[slides.length - 2]!;
  expect(await shownOn(`${ECONOMY}#${later.id}`)).toEqual([later.id]);
  await context.close();
});

test('charts jump under reduced motion', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: SIZES[1], reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(ECONOMY);
  const slides = await slidesOf(page);
  await expectOn(page, slides[0]!);
  // No transition runs: the attribute is set in the same task as the state, so it never goes missing.
  await page.evaluate(() => {
    const root = document.querySelector('[data-chart="economy-scale"]')!;
    (window as unknown as { gaps: number }).gaps = 0;
    new MutationObserver(() => {
      if (!root.hasAttribute('data-settled')) (window as unknown as { gaps: number }).gaps += 1;
    }).observe(root, { attributes: true, attributeFilter: ['data-settled'] });
  });
  await page.keyboard.press('ArrowRight');
  await expectOn(page, slides[1]!);
  expect(await page.evaluate(() => (window as unknown as { gaps: number }).gaps)).toBe(0);
  await context.close();
});

for (const path of PRESENT_PAGES) {
  test.describe(`${path} at projector sizes`, () => {
    // What is measured here is the slide's layout, which motion does not change: with motion reduced
    // each chart is set as its slide opens instead of tweening (the economy ones took 7.5 s instead
    // of 12.9 s each on a loaded machine). The keys and the animator are tested with motion above.
    test.use({ reducedMotion: 'reduce' });
    for (const size of SIZES) {
      test(`${path} fits ${size.width}×${size.height}: no scrolling on any slide${size.width === 1280 ? ', no text under 28 px' : ''}`, async ({
        guarded: page,
      }) => {
        await page.setViewportSize(size);
        await page.goto(path);
        const slides = await slidesOf(page);
        const problems: string[] = [];
        for (const [i, slide] of slides.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          await expectOn(page, slide);
          const m = await page.evaluate(() => {
            const el = document.documentElement;
            const shown = document.querySelector('[data-slide]:not([hidden]) .slide__text')!;
            const small: string[] = [];
            // Visible HTML text (the chart's SVG labels scale with the chart and are not HTML text).
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const parent = n.parentElement!;
              if (!n.textContent?.trim() || parent.closest('svg')) continue;
              const box = parent.getBoundingClientRect();
              if (
                box.width === 0 ||
                box.height === 0 ||
                parent.closest('[hidden], .visually-hidden') ||
                getComputedStyle(parent).visibility === 'hidden'
              )
                continue;
              if (parent.checkVisibility && !parent.checkVisibility()) continue;
              const px = parseFloat(getComputedStyle(parent).fontSize);
              if (px < 28) small.push(`${px}px: ${n.textContent.trim().slice(0, 20)}`);
            }
            return {
              scrollHeight: el.scrollHeight,
              scrollWidth: el.scrollWidth,
              inner: innerHeight,
              textBottom: shown.getBoundingClientRect().bottom,
              small,
            };
          });
          if (m.scrollHeight !== size.height) problems.push(`${slide.id}: scrollHeight ${m.scrollHeight}`);
          if (m.scrollWidth > size.width) problems.push(`${slide.id}: scrollWidth ${m.scrollWidth}`);
          if (m.textBottom > size.height) problems.push(`${slide.id}: text runs to ${Math.round(m.textBottom)} px`);
          if (size.width === 1280 && m.small.length) problems.push(`${slide.id}: text under 28 px: ${m.small.join('; ')}`);
        }
        expect(problems).toEqual([]);
      });
    }
  });
  test(`axe: no violations on ${path} at 1280×720, first and last slide`, async ({ guarded: page }) => {
    await page.setViewportSize(SIZES[1]);
    await page.goto(path);
    for (const key of ['Home', 'End']) {
      await page.keyboard.press(key);
      const results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test("F asks for full screen; the chapter menu opens other chapters' present views", async ({ guarded: page }) => {
  await page.setViewportSize(SIZES[1]);
  await page.goto(ECONOMY);
  await page.evaluate(() => {
    (window as unknown as { asked: number }).asked = 0;
    document.documentElement.requestFullscreen = () => {
      (window as unknown as { asked: number }).asked += 1;
      return Promise.resolve();
    };
  });
  await page.keyboard.press('f');
  expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
  await page.locator('.deck__jump summary').click();
  await page.getByRole('link', { name: /序章/ }).click();
  await expect(page).toHaveURL(/\/2022\/zh\/prologue\/present\/#step-/);
});
