/**
 * The built site (dist/, from `npm run build`): valid HTML by the Nu Html
 * Checker, no broken internal link or #anchor, and SHA256SUMS true to the files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, siteOriginOf } from '../support/links.ts';
import { builtPages } from '../support/page-bytes.ts';
import { checksums, CHECKSUMS_FILE } from '../../src/integrations/checksums.ts';

const DIST = 'dist';
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

/**
 * The checker predates these properties, values and elements, all of which
 * Chromium supports and the site uses on purpose: the scroll-driven reading
 * progress bar (animation-timeline, scroll()), halo text in charts
 * (paint-order), and `<link rel="expect" href="#main" blocking="render">`,
 * which keeps the header from being painted half-parsed (BaseLayout; the
 * checker allows `blocking` on stylesheets only, even in vnu-jar 26.9.27,
 * the newest). Any other message of type "error" fails the test.
 */
const THE_CHECKER_DOES_NOT_KNOW = [
  /^CSS: “animation-timeline”: Property “animation-timeline” doesn't exist\.$/,
  /^CSS: “animation”: “scroll\(root\)” is not a “animation” value\.$/,
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
  /^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”\.$/,
];

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
}
function vnu(...targets: string[]): VnuMessage[] {
  // vnu exits 1 when it reports errors; the JSON on stderr is what counts.
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--skip-non-html', ...targets], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
}
const errors = (messages: VnuMessage[]): string[] =>
  messages
    .filter((m) => m.type === 'error' && !THE_CHECKER_DOES_NOT_KNOW.some((re) => re.test(m.message)))
    .map((m) => `${m.url?.replace(/^.*?dist\//, '')}:${m.lastLine}: ${m.message}`);

describe('the built site', () => {
  const pages = builtPages(DIST);
  // One checker run (the JVM starts once) over the site and a known-bad page.
  const bad = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'bad.html');
  let site: VnuMessage[] = [];
  let control: VnuMessage[] = [];
  beforeAll(() => {
    writeFileSync(
      bad,
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div>block in p</p></div><span id="a"></span><span id="a"></span></body></html>',
    );
    const all = vnu(DIST, bad);
    control = all.filter((m) => m.url?.endsWith('/bad.html'));
    site = all.filter((m) => !m.url?.endsWith('/bad.html'));
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it('every page passes the Nu Html Checker with 0 errors', () => {
    expect(errors(site)).toEqual([]);
  });

  it('the checker reports a page with HTML errors (so 0 errors above means something)', () => {
    expect(errors(control).length).toBeGreaterThan(0);
  });

  it('has no broken internal link or #anchor, and loads nothing from another origin', () => {
    const report = checkLinks(DIST, siteOriginOf(DIST));
    expect(report.pages).toBe(pages.length);
    expect(report.links).toBeGreaterThan(100);
    expect(report.broken).toEqual([]);
    // Links out (none today) would be listed here; the site itself loads nothing from elsewhere.
    expect(report.external.filter((e) => !/ href="/.test(e))).toEqual([]);
  });

  it('the link check finds a missing page and a missing anchor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'index.html'),
      '<link rel="canonical" href="http://site.test/"><a href="/a/#here">ok</a><a href="/a/#gone">bad anchor</a><a href="/missing/">bad page</a><a href="http://site.test/a/">ok</a>',
    );
    writeFileSync(join(dir, 'a', 'index.html'), '<h1 id="here">A</h1>');
    const report = checkLinks(dir, siteOriginOf(dir));
    expect(report.broken).toEqual(['/: /a/#gone → no id "gone" on /a/', '/: /missing/ → no file for /missing/']);
  });

  it(`${CHECKSUMS_FILE} lists every file with its SHA-256, as sha256sum -c reads it`, () => {
    const written = readFileSync(join(DIST, CHECKSUMS_FILE), 'utf8');
    expect(written).toBe(checksums(DIST));
    expect(written.split('\n').filter(Boolean).length).toBeGreaterThan(pages.length);
    // And the standard tool agrees.
    expect(execFileSync('sha256sum', ['-c', '--quiet', CHECKSUMS_FILE], { cwd: DIST, encoding: 'utf8' })).toBe('');
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('the sitemap lists every built page once, each with its hreflang alternates, and nothing that was not built; robots.txt points at it', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const pages = builtPages(DIST).filter((p) => p.endsWith('/'));
    expect([...locs].sort()).toEqual([...pages].sort());
    // Every English page has its Chinese alternate and back.
    const blocks = xml.split('<url>').slice(1);
    for (const block of blocks.filter((b) => /<loc>[^<]*\/2022\/en\//.test(b)))
      expect(block).toMatch(/hreflang="zh-CN" href="[^"]+\/2022\/zh\//);
    for (const block of blocks.filter((b) => /<loc>[^<]*\/2022\/zh\//.test(b)))
      expect(block).toMatch(/hreflang="en" href="[^"]+\/2022\/en\//);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  });
});
