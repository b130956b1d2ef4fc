/**
 * Offline (issue 12): after a first visit the edition works with the network gone —
 * every page of it, its downloads, and a chart moving in the present view. Each test
 * serves its own copy of the site on its own port and then stops that server, so
 * "offline" means no server at all, not just an emulated flag. A rebuilt chapter
 * (the same precache step the build runs, on a changed copy) replaces the cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { ALL_PAGES } from './pages.ts';
// The build's own precache step (astro.config.mjs runs it after every build).
import { writeServiceWorker } from '../../src/integrations/precache.mjs';

// Runs in the desktop project only (device-independent): see DESKTOP_ONLY in playwright.config.ts.
test.describe.configure({ mode: 'serial' });

const BASE_PORT = Number(process.env['E2E_PORT'] ?? 4329) + 40;
const EDITION_PAGES = ALL_PAGES.filter((p) => p.startsWith('/2022/'));
const DOWNLOADS = ['/2022/figures.csv', '/2022/figures.json', '/2022/figures.xlsx', '/2022/source.zh.txt'];

function serve(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['tests/support/static-server.mjs', dir, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) resolve(server);
    });
    server.on('error', reject);
  });
}
const stop = (server: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill();
  });

async function firstVisit(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/2022/zh/prologue/');
  // The quiet note appears once the worker is active, that is, once the precache is complete.
  await expect(page.locator('[data-offline-note][data-ready]')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  return { context, page };
}

test('after a first visit, every page of the edition and its downloads load with the server gone', async ({ browser }) => {
  test.setTimeout(180_000);
  const port = BASE_PORT;
  const server = await serve('dist', port);
  const origin = `http://127.0.0.1:${port}`;
  const { context, page } = await firstVisit(browser, origin);
  await expect(page.locator('[data-offline-note]')).toContainText('断网');
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames).toEqual([expect.stringMatching(/^jinshui-2022-[0-9a-f]{12}$/)]);

  await stop(server);
  await context.setOffline(true);
  expect(EDITION_PAGES.length).toBeGreaterThan(15);
  for (const path of EDITION_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  for (const path of DOWNLOADS) {
    const size = await page.evaluate((p) => fetch(p).then((r) => (r.ok ? r.arrayBuffer().then((b) => b.byteLength) : -1)), path);
    expect(size, path).toBeGreaterThan(1000);
  }
  // Charts still move offline: the present view's animator chunk comes from the cache.
  await page.goto('/2022/zh/economy/present/');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-chart="economy-scale"]')).toHaveAttribute('data-settled', 'industries');
  await context.close();
});

test('the worker leaves other editions and other origins alone, and answers HTML from the network first', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = BASE_PORT + 1;
  const server = await serve('dist', port);
  const { context, page } = await firstVisit(browser, `http://127.0.0.1:${port}`);
  const other = await page.goto('/2099/zh/prologue/');
  expect(other?.status()).toBe(404);
  expect(other?.fromServiceWorker()).toBe(false);
  const sw = readFileSync('dist/2022/sw.js', 'utf8');
  expect(sw).toContain('url.origin === self.location.origin');
  // Network first: a page served while online is the server's current copy.
  const response = await page.goto('/2022/zh/economy/');
  expect(response?.fromServiceWorker()).toBe(true);
  expect(await response?.text()).toBe(readFileSync('dist/2022/zh/economy/index.html', 'utf8'));
  await context.close();
  await stop(server);
});

test('a second build with a changed chapter replaces the cache and deletes the old one', async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'jinshui-offline-'));
  try {
    cpSync('dist', dir, { recursive: true });
    const port = BASE_PORT + 2;
    const server = await serve(dir, port);
    const { context, page } = await firstVisit(browser, `http://127.0.0.1:${port}`);
    const [oldCache] = await page.evaluate(() => caches.keys());

    // "Rebuild" with a changed chapter: change its page, then run the build's precache step again.
    const file = join(dir, '2022/zh/economy/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p data-rebuilt>第二次构建</p></main>'));
    const { cache: newCache } = await writeServiceWorker(dir, '2022');
    expect(newCache).not.toBe(oldCache);

    await page.reload();
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([newCache]);
    // The new cache holds the changed chapter: it opens offline.
    await stop(server);
    await context.setOffline(true);
    await page.goto('/2022/zh/economy/');
    await expect(page.locator('[data-rebuilt]')).toHaveText('第二次构建');
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
