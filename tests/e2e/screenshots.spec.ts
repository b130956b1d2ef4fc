/**
 * Review images (not compared pixel by pixel): page tops and every chart at
 * its last step, at Standard and Extra large, 390 and 1440 px; every chart in
 * grayscale (series must be told apart without colour) and in high contrast.
 * Remake them with:
 *   npm run build && SCREENSHOTS=1 E2E_PORT=4351 npx playwright test --config tests/playwright.config.ts screenshots.spec.ts --project desktop
 */
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { ALL_PAGES, SCROLLY_PAGES } from './pages.ts';

/** Page tops: the cover, a chapter, a chapter without steps and the sources table (the other chapters' heads look alike). */
const TOPS = ALL_PAGES.filter((p) => p === '/' || /\/(prologue|epilogue|sources)\/$/.test(p));

// SCREENSHOTS_DIR / SCREENSHOTS_TYPE=png write elsewhere, lossless (for looking closely without committing).
const OUT = process.env['SCREENSHOTS_DIR'] ?? 'tests/screenshots';
const TYPE = process.env['SCREENSHOTS_TYPE'] === 'png' ? 'png' : 'jpeg';
const EXT = TYPE === 'png' ? 'png' : 'jpg';
const shot = (name: string): { path: string; type: 'png' | 'jpeg'; quality?: number } =>
  TYPE === 'png' ? { path: `${OUT}/${name}.png`, type: 'png' } : { path: `${OUT}/${name}.${EXT}`, type: 'jpeg', quality: 50 };
const slug = (path: string): string => path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';

test.skip(!process.env['SCREENSHOTS'], 'review images: run with SCREENSHOTS=1');
// Runs in the desktop project only (one run makes every size): see DESKTOP_ONLY in playwright.config.ts.

const CONDITIONS = [
  { name: 'standard-390', width: 390, height: 844, size: 'standard', gray: false, contrast: '' },
  { name: 'xlarge-390', width: 390, height: 844, size: 'xlarge', gray: false, contrast: '' },
  { name: 'standard-1440', width: 1440, height: 900, size: 'standard', gray: false, contrast: '' },
  { name: 'xlarge-1440', width: 1440, height: 900, size: 'xlarge', gray: false, contrast: '' },
  { name: 'grayscale-1440', width: 1440, height: 900, size: 'standard', gray: true, contrast: '' },
  { name: 'high-contrast-390', width: 390, height: 844, size: 'xlarge', gray: false, contrast: 'more' },
] as const;

for (const c of CONDITIONS) {
  test(`screenshots: ${c.name}`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    mkdirSync(`${OUT}/${c.name}`, { recursive: true });
    const context = await browser.newContext({
      viewport: { width: c.width, height: c.height },
      baseURL: baseURL!,
      reducedMotion: 'reduce',
    });
    await context.addInitScript(
      ([size, contrast]) => {
        localStorage.setItem('jinshui:text-size', size);
        if (contrast) localStorage.setItem('jinshui:contrast', contrast);
      },
      [c.size, c.contrast] as const,
    );
    const page = await context.newPage();
    const gray = async (): Promise<void> => {
      // CSSOM, not a style attribute: the page's CSP allows it.
      if (c.gray) await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
    };
    if (!c.gray) {
      for (const path of TOPS) {
        await page.goto(path);
        await page.waitForFunction(() => document.readyState === 'complete');
        await page.screenshot(shot(`${c.name}/${slug(path)}`));
      }
    }
    for (const path of SCROLLY_PAGES) {
      await page.goto(path);
      await page.waitForFunction(() => document.readyState === 'complete');
      await gray();
      for (const chart of await page.$$eval('[data-scrolly]', (s) => s.map((x) => (x as HTMLElement).dataset['scrolly']!))) {
        const last = page.locator(`[data-scrolly="${chart}"] [data-step]`).last();
        const id = await last.getAttribute('id');
        await page.evaluate((stepId) => {
          const step = document.getElementById(stepId)!;
          window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.58);
        }, id!);
        await expect(last).toHaveClass(/is-active/);
        await page.screenshot(shot(`${c.name}/chart-${chart}`));
      }
    }
    await context.close();
  });
}
