/**
 * A page that arrives in pieces, as on a weak network or a busy phone: the browser
 * paints what it has parsed so far, and nothing it painted may move when the rest
 * arrives. A proxy in front of the test server sends the page up to a cut, holds the
 * rest until a frame of the partial page has been drawn, then sends it.
 *
 * Found under load (tests/support/cpu-hog.mjs): the chapter art, which hangs from the
 * bottom of the chapter head, moved as the head's lines came in (a layout shift of
 * 0.016 at Extra large), and the header's chapter menu, painted before its <summary>
 * had arrived, moved 8 px.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { layoutShifts } from './layoutShifts.ts';

interface CuttingProxy {
  origin: string;
  /** The next request for `path` stops after the opening tag that contains `marker`; the rest is sent on release(). */
  cutNext: (path: string, marker: string) => { release: () => void };
  close: () => Promise<void>;
}

/** One proxy per test, so the page's own later requests (the story's code) still reach it after a cut page is released. */
async function cuttingProxy(upstream: string): Promise<CuttingProxy> {
  let next: { path: string; marker: string; released: Promise<void> } | null = null;
  const server = createServer((req, res) => {
    void (async () => {
      const response = await fetch(new URL(req.url ?? '/', upstream), { redirect: 'manual' });
      const headers: Record<string, string> = { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' };
      const body = Buffer.from(await response.arrayBuffer());
      const cut = next?.path === req.url ? next : null;
      if (!cut) return void res.writeHead(response.status, headers).end(body);
      next = null;
      const html = body.toString('utf8');
      const at = html.indexOf(cut.marker);
      if (at < 0) return void res.writeHead(500).end(`${cut.path} has no ${cut.marker}`);
      const bytes = Buffer.byteLength(html.slice(0, html.indexOf('>', at) + 1));
      res.writeHead(200, headers);
      res.write(body.subarray(0, bytes));
      await cut.released;
      res.end(body.subarray(bytes));
    })().catch((error: unknown) => void res.writeHead(502).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    cutNext: (path, marker) => {
      let release!: () => void;
      next = { path, marker, released: new Promise<void>((resolve) => (release = resolve)) };
      return { release };
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Cut {
  page: string;
  /** The page is cut just after the opening tag of the first element with this class. */
  element: string;
  /** Whether the cut is before <main>: the browser must not paint at all until <main> has begun. */
  beforeMain: boolean;
}

const CHAPTER = '/2022/zh/economy/';
const COVER = '/2022/zh/';
const CUTS: Cut[] = [
  ...['chapter-menu', 'reader-tools'].map((element) => ({ page: CHAPTER, element, beforeMain: true })),
  ...['chapter__kicker', 'chapter__title', 'chapter__deck', 'classroom-links', 'share-link'].map((element) => ({
    page: CHAPTER,
    element,
    beforeMain: false,
  })),
  ...['chapter__kicker', 'chapter__title', 'chapter__deck'].map((element) => ({ page: COVER, element, beforeMain: false })),
];

/** At 390×844 and Extra large, where the head is taller than the screen, and at 1440×900, where the story follows it on screen. */
const VIEWS = [
  { width: 390, height: 844, size: 'xlarge' },
  { width: 1440, height: 900, size: 'standard' },
] as const;

async function contextFor(browser: Browser, view: (typeof VIEWS)[number]): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: view.width, height: view.height } });
  await context.addInitScript((size) => localStorage.setItem('jinshui:text-size', size), view.size);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

test.describe('a page that arrives in pieces', { tag: '@desktop' }, () => {
  for (const view of VIEWS) {
    test(`nothing painted moves when the rest arrives, at ${view.width}×${view.height} (${view.size})`, async ({ browser, baseURL }) => {
      const { page, errors } = await contextFor(browser, view);
      const proxy = await cuttingProxy(baseURL!);
      const found: string[] = [];
      for (const cut of CUTS) {
        const where = `${cut.page} cut after .${cut.element}`;
        const held = proxy.cutNext(cut.page, `class="${cut.element}"`);
        await page.goto(proxy.origin + cut.page, { waitUntil: 'commit' });
        await page.waitForFunction((c) => document.querySelector(`.${c}`) !== null, cut.element, { polling: 20 });
        // Which frame comes first after the cut: with rel="expect", none before <main> exists.
        await page.evaluate(() =>
          requestAnimationFrame(() => Object.assign(window, { firstFrameHadMain: document.getElementById('main') !== null })),
        );
        // Past <main>, wait until a frame of the partial page has been drawn, so the rest arrives after it.
        if (!cut.beforeMain)
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        held.release();
        await page.waitForFunction(() => document.readyState === 'complete', undefined, { polling: 20 });
        for (const shift of await layoutShifts(page)) found.push(`${where}: ${shift}`);
        if (!(await page.evaluate(() => (window as Window & { firstFrameHadMain?: boolean }).firstFrameHadMain)))
          found.push(`${where}: painted before <main> had begun`);
      }
      expect(found).toEqual([]);
      expect(errors, errors.join('\n')).toEqual([]);
      await page.context().close();
      await proxy.close();
    });
  }
});
