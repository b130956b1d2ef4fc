/**
 * The site deployed under a portal's sub-path: a production build with
 * BASE_PATH=/jinshui-decade/ and SITE=https://www.example.gov.cn, into a
 * temporary folder mounted at /jinshui-decade/ (nothing else is served). Every
 * href and src of every page resolves to a built file under the prefix and none
 * leaves it; canonical and hreflang links, sitemap.xml, robots.txt, the service
 * worker's precache list and scope and the host headers carry it; and in
 * Chromium the Chinese prologue and economy chapter, a #step deep link and the
 * language switch work, with every request inside /jinshui-decade/.
 *
 * The build runs in a copy of the project (tests/support/fixture-build.ts) on the
 * real content (CONTENT_DIR), so its caches never mix with the real project's and
 * dist/ is not touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links.ts';
import { CHROME_PATH, CHROMIUM_ARGS } from '../support/chromium.ts';
import { ROOT, buildSite, workspace } from '../support/fixture-build.ts';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const BASE = '/jinshui-decade/';
const SITE = 'https://www.example.gov.cn';
const PORT = Number(process.env['SUBPATH_PORT'] ?? 4393);
const ORIGIN = `http://127.0.0.1:${PORT}`;

const ws = workspace('jinshui-subpath-');
/** The web root: the build sits in its jinshui-decade/ folder, as on the portal's server. */
const webRoot = join(ws.dir, 'www');
const out = join(webRoot, BASE);

let server: ChildProcess | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  server?.kill();
  ws.remove();
});

const read = (path: string): string => readFileSync(join(out, path), 'utf8');
const htmlFiles = (): string[] =>
  readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative(out, join(d.parentPath, d.name)));

beforeAll(() => {
  const run = buildSite(ws, out, { CONTENT_DIR: join(ROOT, 'content'), BASE_PATH: BASE, SITE });
  if (run.status !== 0) throw new Error(`build under ${BASE} failed:\n${run.output.slice(-3000)}`);
});

describe(`a build under ${BASE}`, () => {
  it('every href and src resolves to a built file under the prefix, every #anchor to an id', () => {
    const report = checkLinks(webRoot, SITE);
    expect(report.pages).toBe(htmlFiles().filter((f) => f.endsWith('index.html')).length);
    expect(report.links).toBeGreaterThan(100);
    expect(report.broken).toEqual([]);
    expect(report.external.filter((e) => !/ href="/.test(e))).toEqual([]);
  });

  it('no link, script or stylesheet escapes the prefix', () => {
    const escapes: string[] = [];
    for (const file of htmlFiles())
      for (const m of read(file).matchAll(/\s(?:href|src|action|data-sw|data-scope|data-reading)="([^"]*)"/g)) {
        const url = new URL(m[1]!.replace(/&amp;/g, '&'), `${SITE}${BASE}${file}`);
        if (url.origin === SITE && !url.pathname.startsWith(BASE)) escapes.push(`${file}: ${m[1]}`);
      }
    expect(escapes).toEqual([]);
    // The check can fail: the favicon is linked, and under the prefix.
    expect(read('index.html')).toContain(`href="${BASE}favicon.svg"`);
  });

  it('canonical and hreflang links, sitemap.xml and robots.txt carry the live origin and the prefix', () => {
    const economy = read('2022/zh/economy/index.html');
    expect(economy).toContain(`<link rel="canonical" href="${SITE}${BASE}2022/zh/economy/">`);
    expect(economy).toContain(`<link rel="alternate" hreflang="en" href="${SITE}${BASE}2022/en/economy/">`);
    const sitemap = read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const alternates = [...sitemap.matchAll(/<xhtml:link [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThanOrEqual(30);
    expect([...locs, ...alternates].filter((u) => !u.startsWith(`${SITE}${BASE}`))).toEqual([]);
    expect(locs).toContain(`${SITE}${BASE}`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });

  it('share images: og:image and the poster link carry the prefix, and the poster QR code opens the page under it', () => {
    const economy = read('2022/zh/economy/index.html');
    expect(economy).toContain(`<meta property="og:image" content="${SITE}${BASE}2022/zh/economy/og.png">`);
    expect(economy).toMatch(new RegExp(`href="${BASE}2022/zh/economy/poster.png"`));
    const poster = PNG.sync.read(readFileSync(join(out, '2022/zh/economy/poster.png')));
    const code = jsQR(new Uint8ClampedArray(poster.data), poster.width, poster.height, { inversionAttempts: 'dontInvert' });
    expect(code?.data).toBe(`${SITE}${BASE}2022/zh/economy/`);
  });

  it('the service worker precaches only URLs under the prefix, and is registered for the edition under it', () => {
    const sw = read('2022/sw.js');
    const urls = JSON.parse(/const URLS = (\[.*\]);/.exec(sw)![1]!) as string[];
    expect(urls).toContain(`${BASE}2022/zh/economy/`);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(sw).toContain(`const BASE = '${BASE}';`);
    expect(read('2022/zh/prologue/index.html')).toMatch(new RegExp(`data-sw="${BASE}2022/sw.js" data-scope="${BASE}2022/"`));
  });

  it('the host headers file sets its rules under the prefix', () => {
    const rules = read('_headers')
      .split('\n')
      .filter((l) => l.startsWith('/'));
    expect(rules).toContain(`${BASE}_astro/*`);
    expect(rules.filter((r) => !r.startsWith(BASE))).toEqual([]);
  });

  it('in Chromium: prologue, a #step deep link, the language switch; no request leaves the prefix', async () => {
    server = spawn(process.execPath, ['tests/support/static-server.mjs', webRoot, String(PORT)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((ready, fail) => {
      server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('serving') && ready());
      server!.once('exit', (code) => fail(new Error(`static server exited (${code}): is port ${PORT} taken? set SUBPATH_PORT`)));
    });
    browser = await chromium.launch({
      executablePath: CHROME_PATH,
      args: [...CHROMIUM_ARGS],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const outside: string[] = [];
    const problems: string[] = [];
    // The context sees the pages' requests and the service worker's (its precache included).
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith(`${ORIGIN}${BASE}`)) outside.push(url);
    });
    context.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));

    const prologue = await page.goto(`${ORIGIN}${BASE}2022/zh/prologue/`);
    expect(prologue?.status()).toBe(200);
    await page.locator('h1').first().waitFor();
    // The edition's service worker registers under the prefix and finishes precaching.
    await page.locator('[data-offline-note][data-ready="true"]').waitFor({ state: 'attached' });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${ORIGIN}${BASE}2022/`);

    // A deep link to a step that is not the chart's first state: the chart settles in it.
    await page.goto(`${ORIGIN}${BASE}2022/zh/economy/#step-digital`);
    const chart = page.locator('[data-chart-root][data-chart="economy-scale"]');
    await expect.poll(() => chart.getAttribute('data-settled')).toBe('digital');

    // The language switch opens the same step of the English chapter, under the prefix.
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(`${ORIGIN}${BASE}2022/en/economy/#step-digital`);
    await expect.poll(() => page.locator('[data-chart-root][data-chart="economy-scale"]').getAttribute('data-settled')).toBe('digital');
    // And the header's home link leads back into the prefix.
    expect(await page.locator('.site-header__brand').getAttribute('href')).toBe(`${BASE}2022/en/`);

    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  });
});
