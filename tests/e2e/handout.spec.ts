/**
 * Handouts on paper (issue 12): print each handout to PDF with Chromium, then check
 * the PDF as a reader would: its page count, every step's chart, text that
 * pdftotext can extract with the chapter's figures in it, and QR codes that
 * decode (pdftoppm → PNG → jsQR) to each step's deep link on the live site.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { test, expect } from './fixtures.ts';
import { HANDOUT_PAGES } from './pages.ts';
import { STRINGS } from '../../src/i18n/index.ts';

// Runs in the desktop project only (print does not depend on the device): see DESKTOP_ONLY in playwright.config.ts.

/** A page image in grey: one byte per pixel. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * A binary PGM (P5) as pdftoppm -gray writes it. The pages are rasterised to
 * PGM, not PNG: compressing and then decoding PNGs took ten times as long as
 * rendering the pages (2.5 s against 0.23 s of CPU for eight pages).
 */
export function readPgm(bytes: Buffer): GreyImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error('not an 8-bit binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = bytes.subarray(header[0].length);
  if (data.length !== width * height) throw new Error(`PGM holds ${data.length} bytes for ${width}×${height}`);
  return { width, height, data };
}

/**
 * Every QR code on a page image. jsQR reads one code per call and a page holds
 * several, among charts: so it reads horizontal bands of the page, each a fifth
 * of its height, starting every tenth, and keeps every distinct code it finds.
 * A code up to a tenth of the page high (they are about 7% on A4) always lies
 * whole in one band.
 */
export function decodeAll(page: GreyImage): string[] {
  const found = new Set<string>();
  // QR codes sit in the right-hand column of a step: read that half only, in bands.
  const left = Math.floor(page.width * 0.4);
  const width = page.width - left;
  const band = Math.round(page.height * 0.2);
  for (let top = 0; top + band / 2 < page.height; top += Math.round(page.height * 0.1)) {
    const h = Math.min(band, page.height - top);
    // jsQR reads RGBA: each grey byte becomes an opaque pixel of that grey.
    const data = new Uint8ClampedArray(width * h * 4).fill(255);
    for (let y = 0; y < h; y++) {
      const row = (top + y) * page.width + left;
      for (let x = 0; x < width; x++) {
        const v = page.data[row + x]!;
        const o = (y * width + x) * 4;
        data[o] = v;
        data[o + 1] = v;
        data[o + 2] = v;
      }
    }
    const code = jsQR(data, width, h, { inversionAttempts: 'dontInvert' });
    // jsQR can read an empty code out of chart hatching: a real code here always holds a URL.
    if (code?.data) found.add(code.data);
  }
  return [...found];
}

const squash = (s: string): string => s.replace(/\s+/g, '');

test('every story chapter has a handout, and the whole report has one', () => {
  expect(HANDOUT_PAGES).toEqual(
    expect.arrayContaining([
      '/2022/zh/handout/',
      '/2022/zh/prologue/handout/',
      '/2022/zh/economy/handout/',
      '/2022/en/handout/',
      '/2022/en/economy/handout/',
    ]),
  );
});

for (const path of HANDOUT_PAGES) {
  test(`${path} prints to A4: page count in bounds, every step's chart, extractable figures, QR codes to each step`, async ({
    guarded: page,
  }, info) => {
    test.setTimeout(180_000);
    await page.goto(path);
    const steps = await page.$$eval('[data-handout-step]', (els) =>
      els.map((el) => {
        const chart = el.querySelector('.chart[data-frozen]') as HTMLElement | null;
        return {
          id: (el as HTMLElement).dataset['handoutStep']!,
          chartState: (el as HTMLElement).dataset['chartState']!,
          frozen: chart ? `${chart.dataset['chart']}:${chart.dataset['state']}` : null,
          // Drawn marks, not just an empty frame (a state may hide every animated mark: economy's start shows a static row).
          svg: Boolean(chart?.querySelector('svg.chart__svg :is(rect, path, circle, line, polygon, text)')),
          url: (el as HTMLElement).dataset['qrUrl']!,
          figures: [...el.querySelectorAll('.handout-step__text [data-figure] data')].map((d) => d.textContent ?? ''),
        };
      }),
    );
    const chapters = await page.locator('article[data-handout]').count();
    expect(steps.length).toBeGreaterThan(0);
    // Each step carries its chart, frozen in the step's own state, as SVG.
    for (const s of steps) {
      expect(s.frozen, s.id).toBe(s.chartState);
      expect(s.svg, s.id).toBe(true);
    }

    const dir = info.outputPath('pdf');
    mkdirSync(dir, { recursive: true });
    const pdfPath = join(dir, 'handout.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

    // Page count: at least one page per three steps, at most one per step plus three per chapter (notes, glossary).
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(steps.length / 3));
    expect(pages).toBeLessThanOrEqual(steps.length + 3 * chapters);
    const paper = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(paper).toMatch(/Page size:.*\(A4\)/); // A4
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(paper)!.slice(1).map(Number);
    expect(w!).toBeLessThan(h!); // portrait

    // The text is extractable, with every figure the steps bind and every step's heading.
    const text = squash(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    for (const s of steps) for (const f of s.figures) expect(text, `${s.id}: ${f}`).toContain(squash(f));
    const headings = await page.locator('.handout-step__n').allTextContents();
    for (const h of new Set(headings)) expect(text).toContain(squash(h));
    // Nothing of the screen's furniture is printed.
    const ui = STRINGS[path.split('/')[2] as keyof typeof STRINGS];
    expect(text).not.toContain(squash(ui.skipLink));
    expect(text).not.toContain(squash(ui.classroom.printHint.slice(0, 12)));

    // Every QR code decodes to its step's deep link on the live site.
    execFileSync('pdftoppm', ['-r', '150', '-gray', pdfPath, join(dir, 'p')]);
    const decoded: string[] = [];
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort())
      decoded.push(...decodeAll(readPgm(readFileSync(join(dir, file)))));
    expect([...new Set(decoded)].sort()).toEqual(steps.map((s) => s.url).sort());
    for (const s of steps) expect(s.url).toMatch(new RegExp(`^https?://[^/]+/2022/${path.split('/')[2]}/[a-z-]+/#${s.id}$`));
  });
}

test('a chapter handout ends with its discussion questions and a glossary marked as explanatory text', async ({ guarded: page }) => {
  await page.goto('/2022/zh/economy/handout/');
  const questions = page.locator('[data-teach-questions="economy"] li');
  expect(await questions.count()).toBeGreaterThanOrEqual(3);
  expect(await questions.count()).toBeLessThanOrEqual(5);
  for (const q of await questions.all()) expect(await q.locator('[data-figure]').count()).toBeGreaterThan(0);
  const glossary = page.locator('[data-glossary="economy"]');
  await expect(glossary).toContainText('四上企业');
  await expect(glossary).toContainText('不是原文数据');
  await expect(glossary.locator('[data-figure]')).toHaveCount(0);
});

test('a plain print of a reading page shows no navigation and keeps the charts whole', async ({ guarded: page }, info) => {
  await page.goto('/2022/zh/economy/');
  const pdfPath = info.outputPath('reading.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true }));
  const text = squash(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }));
  expect(text).toContain(squash('建设经济高质量发展先行区'));
  expect(text).not.toContain(squash('跳到正文'));
  expect(text).not.toContain(squash('课堂工具'));
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.$$eval('.chart', (els) => els.every((el) => getComputedStyle(el).breakInside === 'avoid'))).toBe(true);
});
