/**
 * Two editions side by side: the real 2022 edition plus the FICTITIOUS fixture
 * edition in tests/fixtures/second-edition/2023 (made-up values, marked so), and
 * a draft 2024 made from it by `npm run edition:new`, built on a temporary content
 * root into a temporary folder (nothing reaches content/ or dist/). Checks the
 * archive, the newer-edition banner, the computed changes page, draft exclusion
 * and the root, first in the built HTML and then in Chromium (without JavaScript
 * for the root and the banner, which must work as plain links).
 *
 * Expected values come from the fixture's own files, read here independently of
 * the site's code: its edition.yaml, and the figure ids of both editions' YAML.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, buildSite, filesIn, workspace } from '../support/fixture-build.ts';
import { CHROME_PATH, CHROMIUM_ARGS } from '../support/chromium.ts';

const ws = workspace('jinshui-editions-');
const out = join(ws.dir, 'dist');
const FIXTURE = join(ROOT, 'tests/fixtures/second-edition/2023');
const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const idsIn = (dir: string) =>
  new Set(
    readdirSync(join(dir, 'data')).flatMap((f) =>
      (parse(readFileSync(join(dir, 'data', f), 'utf8')) as { figures: { id: string }[] }).figures.map((x) => x.id),
    ),
  );
const attrsOf = (page: string, attr: string) => [...page.matchAll(new RegExp(`${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);

let build: { status: number | null; output: string };
beforeAll(() => {
  cpSync(join(ROOT, 'content/editions/2022'), join(ws.content, 'editions/2022'), { recursive: true });
  cpSync(FIXTURE, join(ws.content, 'editions/2023'), { recursive: true });
  const made = spawnSync(NODE[0], [...NODE.slice(1), 'src/cli/editionNew.ts', '--from', '2023', '--id', '2024', '--root', ws.content], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  build = buildSite(ws, out);
}, 300_000);
afterAll(() => ws.remove());

describe('a build with two published editions and a draft', () => {
  it('builds', () => expect(build.status, build.output.slice(-3000)).toBe(0));

  it('the fixture is plainly fictitious, and the real content/ does not hold it', () => {
    expect(readFileSync(join(FIXTURE, 'edition.yaml'), 'utf8')).toMatch(/FICTITIOUS/);
    expect(readFileSync(join(FIXTURE, 'source.zh.txt'), 'utf8')).toMatch(/虚构/);
    expect(existsSync(join(ROOT, 'content/editions/2023'))).toBe(false);
  });

  it('the draft is in no page, link, download or the sitemap', () => {
    expect(existsSync(join(ws.content, 'editions/2024/edition.yaml'))).toBe(true);
    const built = filesIn(out);
    expect(built.filter((f) => f.startsWith('2024'))).toEqual([]);
    for (const file of built.filter((f) => /\.(html|json|csv|txt|xml)$/.test(f)))
      expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/\/2024\/|2024年版|2024 edition/);
  });

  it('/ is the newest edition, without a redirect', () => {
    const root = readFileSync(join(out, 'index.html'), 'utf8');
    expect(root).not.toMatch(/http-equiv="refresh"/i);
    expect(attrsOf(root, 'href')).toContain('/2023/zh/prologue/');
    expect(attrsOf(root, 'href')).not.toContain('/2022/zh/prologue/');
    expect(root).toContain('金水十年（虚构测试版）');
  });

  it('the archive lists each published edition, newest first, with the facts of its edition.yaml', () => {
    const archive = html('editions');
    expect(attrsOf(archive, 'data-edition')).toEqual(['2023', '2022']);
    for (const id of ['2023', '2022']) {
      const yaml = parse(readFileSync(join(ws.content, 'editions', id, 'edition.yaml'), 'utf8')) as {
        published: string;
        dataVintage: string;
        changelog: { date: string; note: { zh: string } }[];
      };
      const section = archive.slice(archive.indexOf(`data-edition="${id}"`));
      const own = section.slice(0, section.indexOf('</section>'));
      expect(own).toContain(`<dd data-published>${yaml.published}</dd>`);
      expect(own).toContain(`<dd data-vintage>${yaml.dataVintage}</dd>`);
      for (const entry of yaml.changelog) {
        expect(own).toContain(`datetime="${entry.date}"`);
        expect(own).toContain(entry.note.zh.slice(0, 12));
      }
    }
    expect(archive).toContain('href="/2023/zh/changes/"');
    const english = html('editions/en');
    expect(attrsOf(english, 'data-edition')).toEqual(['2023', '2022']);
    // 2023 has no English: its own words are shown in Chinese, and marked as such.
    const own = english.slice(english.indexOf('data-edition="2023"'), english.indexOf('data-edition="2022"'));
    expect(own).toContain('<span lang="zh-CN" class="archive__other-language">金水十年（虚构测试版）</span>');
    expect(own).toMatch(/<p lang="zh-CN" class="archive__other-language">虚构的测试版本/);
    expect(english.slice(english.indexOf('data-edition="2022"'))).not.toContain('archive__other-language');
  });

  it('every page of the older edition says a newer one exists, linking the same chapter or the start', () => {
    const banner = (path: string) => /<p class="newer-banner"[^>]*>.*?<a href="([^"]*)"/.exec(html(path))?.[1];
    expect(banner('2022/zh/prologue')).toBe('/2023/zh/prologue/');
    expect(banner('2022/zh/economy')).toBe('/');
    expect(banner('2022/zh')).toBe('/');
    expect(banner('2022/en/prologue')).toBe('/2023/zh/prologue/');
    expect(banner('2022/zh/sources')).toBe('/');
    for (const page of ['2023/zh', '2023/zh/prologue', '2023/zh/changes', 'editions', 'editions/en'])
      expect(html(page), page).not.toContain('class="newer-banner"');
  });

  it('the changes page lists exactly the figures added, removed and revised, by id', () => {
    const page = html('2023/zh/changes');
    const older = idsIn(join(ROOT, 'content/editions/2022'));
    const newer = idsIn(FIXTURE);
    // By hand: the fixture revises gdp-2021 (1800 → 1900亿元). The derived multiple is not revised:
    // a ratio of two lower bounds keeps one significant figure, and 1900/700 is 约3倍 as 1800/700 was.
    expect(attrsOf(page, 'data-revised')).toEqual(['gdp-2021']);
    const added = [...newer].filter((id) => !older.has(id));
    const removed = [...older].filter((id) => !newer.has(id)).sort();
    expect(added).toEqual(['gdp-2022-fictitious']);
    const tableIds = (section: string) => {
      const from = page.indexOf(`id="changes-${section}"`);
      const part = page.slice(from, page.indexOf('</section>', from));
      return attrsOf(part, 'data-figure-row');
    };
    expect(tableIds('added')).toEqual(added);
    expect(tableIds('removed').sort()).toEqual(removed);
    const row = page.slice(page.indexOf('data-revised="gdp-2021"'), page.indexOf('</tr>', page.indexOf('data-revised="gdp-2021"')));
    expect(row.indexOf('超越1800亿元')).toBeGreaterThan(0);
    expect(row.indexOf('超越1900亿元')).toBeGreaterThan(row.indexOf('超越1800亿元'));
    expect(row).toContain('2021年GDP超越1800亿元');
    expect(row).toContain('2021年GDP超越1900亿元');
    expect(attrsOf(row, 'href').filter((h) => h.startsWith('/2022/zh/')).length).toBeGreaterThan(0);
    expect(attrsOf(row, 'href').filter((h) => h.startsWith('/2023/zh/')).length).toBeGreaterThan(0);
    expect(page.match(/data-chapter-added/g)).toHaveLength(1);
    expect(page.match(/data-chapter-removed/g)).toHaveLength(4);
  });

  it('the sitemap lists both editions and the archive', () => {
    const locs = attrsOf(readFileSync(join(out, 'sitemap.xml'), 'utf8').replaceAll(/<loc>([^<]*)<\/loc>/g, 'loc="$1"'), 'loc').map(
      (u) => new URL(u).pathname,
    );
    for (const path of ['/', '/editions/', '/editions/en/', '/2022/zh/prologue/', '/2023/zh/changes/', '/2023/zh/test-notes/'])
      expect(locs).toContain(path);
  });
});

describe('in Chromium', () => {
  let server: ChildProcess;
  let browser: Browser;
  const port = 4300 + (process.pid % 200);
  const origin = `http://127.0.0.1:${port}`;
  beforeAll(async () => {
    server = spawn(process.execPath, [join(ROOT, 'tests/support/static-server.mjs'), out, String(port)], { stdio: 'ignore' });
    // Wait until the server answers (observable state, not a clock).
    for (;;) {
      const ok = await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setImmediate(r));
    }
    browser = await chromium.launch({
      executablePath: CHROME_PATH,
      args: [...CHROMIUM_ARGS],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('without JavaScript: / shows the newest edition, and the banner of an older chapter leads to the same chapter in it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('虚构测试版');
    await page.goto(`${origin}/2022/zh/prologue/`);
    await page.locator('.newer-banner a').click();
    await page.waitForURL(`${origin}/2023/zh/prologue/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('虚构测试版');
    await context.close();
  });

  it('the archive leads to the changes page, whose revised figure links to its place in the older edition', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/editions/`);
    await page.locator('a[data-changes]').click();
    await page.waitForURL(`${origin}/2023/zh/changes/`);
    await page.locator('[data-revised="gdp-2021"] a[data-where="2022"]').first().click();
    await page.waitForURL(/\/2022\/zh\/[a-z-]+\/(#step-[a-z0-9-]+)?$/);
    await expect(page.locator('.newer-banner').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
