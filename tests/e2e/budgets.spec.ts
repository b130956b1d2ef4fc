/**
 * Byte budgets per page (issue: performance). Bytes are deterministic, so they
 * are asserted here against the built dist/; timings live in the benchmark only.
 */
import { test, expect } from '@playwright/test';
import { builtPages, pageBytes } from '../support/page-bytes.ts';

const KB = 1024;
export const BUDGETS = { js: 40 * KB, css: 15 * KB, fonts: 120 * KB, html: 60 * KB } as const;

const pages = builtPages('dist');

/**
 * The one page over the HTML budget, named here rather than hidden: the whole report
 * as one printable page (/<edition>/<lang>/handout/) carries every step's chart frozen
 * as SVG plus a QR code per step (38 of each in 2022), about 70 KB gzipped. It ships no
 * JavaScript and is opened to print; every chapter's own handout meets the budget.
 */
const PRINT_ONLY_HTML = 100 * KB;
const isPrintOnly = (page: string): boolean => /^\/\d{4}\/(zh|en)\/handout\/$/.test(page);

// Bytes do not depend on the device: run once.
// Runs in the desktop project only (device-independent): see DESKTOP_ONLY in playwright.config.ts.

test('the build has pages to measure', () => {
  expect(pages).toContain('/2022/zh/prologue/');
});

for (const page of pages) {
  test(`${page} stays within the byte budgets (gzipped)`, () => {
    const bytes = pageBytes(page, 'dist');
    expect.soft(bytes.js.gzip, `JS ${bytes.js.gzip} B`).toBeLessThanOrEqual(BUDGETS.js);
    expect.soft(bytes.css.gzip, `CSS ${bytes.css.gzip} B`).toBeLessThanOrEqual(BUDGETS.css);
    expect.soft(bytes.fonts.gzip, `fonts ${bytes.fonts.gzip} B`).toBeLessThanOrEqual(BUDGETS.fonts);
    expect.soft(bytes.html.gzip, `HTML ${bytes.html.gzip} B`).toBeLessThanOrEqual(isPrintOnly(page) ? PRINT_ONLY_HTML : BUDGETS.html);
  });
}

test("pageBytes() counts the scrolly page's scripts (it would miss gsap otherwise)", () => {
  // gsap core alone is over 20 KB gzipped: a count far below that means the counter lost the script.
  expect(pageBytes('/2022/zh/prologue/', 'dist').js.gzip).toBeGreaterThan(20 * KB);
});
