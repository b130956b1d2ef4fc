/**
 * Developer tool, not a test: renders every chart (or CHART=<id>) with the
 * container API and screenshots each state at phone and desktop widths into
 * PREVIEW_DIR (default /tmp/chart-previews), so a chart can be looked at
 * without building the site. Run: npm run preview:charts
 */
import { it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtPages } from '../support/page-bytes.ts';
import { join, resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chromium } from '@playwright/test';
import { CHART_COMPONENTS, CHART_STATES } from '../../src/charts/registry.ts';

const out = process.env['PREVIEW_DIR'] ?? '/tmp/chart-previews';
const only = process.env['CHART'];
const lang = (process.env['LANG_EDITION'] ?? 'zh') as 'zh' | 'en';
const css = resolve('src/styles/global.css');

/**
 * Charts' own scoped <style> blocks are not in the container render; the built
 * pages have them inlined. So, when dist/ exists (run `npm run build` first),
 * the previews carry every style the site ships.
 */
function builtStyles(): string {
  if (!existsSync('dist')) return '';
  const blocks = new Set<string>();
  for (const page of builtPages('dist')) {
    for (const m of readFileSync(`dist${page}index.html`, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)) blocks.add(m[1]!);
  }
  return [...blocks].map((b) => `<style>${b}</style>`).join('');
}

it('renders chart previews', { timeout: 120_000 }, async () => {
  mkdirSync(out, { recursive: true });
  const container = await AstroContainer.create();
  const styles = builtStyles();
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const [id, Component] of Object.entries(CHART_COMPONENTS)) {
    if (only && id !== only) continue;
    const html = await container.renderToString(Component, { locals: { chapter: { edition: '2022', lang, file: 'preview' } } });
    const file = join(out, `${id}.html`);
    writeFileSync(
      file,
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8">${styles || `<link rel="stylesheet" href="file://${css}">`}<body><div class="scrolly__graphic" style="position:static;height:auto">${html}</div></body></html>`,
    );
    for (const [width, height] of [
      [360, 740],
      [1440, 900],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`file://${file}`);
      for (const state of CHART_STATES[id]!) {
        // Apply the state's precomputed attributes, exactly as the animator's end state would.
        await page.evaluate((s) => {
          const root = document.querySelector<HTMLElement>('[data-chart-root]')!;
          const layout = JSON.parse(root.dataset['states']!)[s];
          for (const [mark, attrs] of Object.entries(layout as Record<string, Record<string, number>>))
            for (const [k, v] of Object.entries(attrs)) root.querySelector(`[data-mark="${mark}"]`)?.setAttribute(k, String(v));
        }, state);
        await page.locator('[data-chart-root]').screenshot({ path: join(out, `${id}-${state}-${width}.png`) });
      }
      await page.close();
    }
  }
  await browser.close();
});
