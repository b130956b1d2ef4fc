/**
 * `npm run bench`: build the site, serve a copy of dist/ on a free port, and measure each
 * page (Lighthouse, bytes, scroll smoothness), then the build time as editions
 * are added. Prints a table per page and writes bench-results/bench.json and
 * bench-results/summary.md, with the issue's targets marked met or unmet.
 *
 * Environment:
 *   BENCH_RUNS               runs per page for Lighthouse and scrolling, and rounds of growth builds (default 3)
 *   BENCH_PAGES              only pages whose path contains one of these comma-separated strings (one ending in $ is a whole path)
 *   BENCH_SKIP_BUILD_GROWTH  set (to anything but 0/false) to skip the 1/2/4/8-edition builds
 *   BENCH_SITE               measure this built site folder instead of building (e.g. an older commit's dist/, for a before/after)
 *   BENCH_COMPARE            another build (e.g. an older commit's dist/): its copies of the measured pages are
 *                            measured in the same run under /bench-before/…, for a before/after on one machine state
 *   BENCH_PLAIN_FROM         the chapter whose text makes the plain-text control page (default /2022/zh/economy/, the heaviest)
 *   CHROME_PATH              Chromium binary (default /usr/bin/chromium)
 *
 * The control page is measured first, in the same run, and every page's TBT and
 * LCP are also reported relative to it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtPages, pageBytes } from '../support/page-bytes.ts';
import { measureGrowth, type GrowthResult } from './build-growth.ts';
import { runLighthouse, runLighthouseRounds } from './lighthouse.ts';
import { buildChecks, markdown, pageChecks, printBuild, printPage, type BenchResults, type PageResult } from './report.ts';
import { measureScroll } from './scroll.ts';
import { PLAIN_PAGE, writePlainPage } from './plain.ts';
import { CHROME_PATH, envWithout, freePort, serve, timed } from './util.ts';

const root = resolve(import.meta.dirname, '../..');
process.chdir(root);

const flag = (v: string | undefined): boolean => !!v && !/^(0|false|no)$/i.test(v);
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3) || 3);
const FILTERS = (process.env['BENCH_PAGES'] ?? '')
  .split(',')
  .map((f) => f.trim())
  .filter(Boolean);
const SKIP_GROWTH = flag(process.env['BENCH_SKIP_BUILD_GROWTH']);
const OUT = 'bench-results';
const LOGS = join(OUT, 'logs');

function tail(file: string, lines = 30): string {
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const started = performance.now();
const loadAtStart = loadavg()[0]!;
mkdirSync(LOGS, { recursive: true });

const GIVEN_SITE = process.env['BENCH_SITE'];
const PLAIN_FROM = process.env['BENCH_PLAIN_FROM'] ?? '/2022/zh/economy/';
let siteBuild = { code: 0, seconds: Number.NaN };
if (GIVEN_SITE) {
  console.log(`measuring the site in ${GIVEN_SITE} (BENCH_SITE): no build`);
} else {
  console.log('building the site (npx astro build)…');
  const siteLog = join(LOGS, 'build-site.log');
  siteBuild = await timed('npx', ['astro', 'build'], siteLog, envWithout('CONTENT_DIR'));
  if (siteBuild.code !== 0) {
    console.error(`astro build failed (exit ${siteBuild.code}); last lines of ${siteLog}:\n${tail(siteLog)}`);
    process.exit(1);
  }
}
// Measure a copy of this build: others may rebuild dist/ while the benchmark runs.
const site = mkdtempSync(join(tmpdir(), 'jinshui-bench-site-'));
cpSync(GIVEN_SITE ?? 'dist', site, { recursive: true });
const allPages = builtPages(site);
// "economy" picks every page under it (present, handout); "/2022/zh/economy/$" that page alone.
const matches = (path: string, filter: string): boolean => (filter.endsWith('$') ? path === filter.slice(0, -1) : path.includes(filter));
const chosen = FILTERS.length ? allPages.filter((p) => FILTERS.some((f) => matches(p, f))) : allPages;
const COMPARE = process.env['BENCH_COMPARE'];
// Hashed asset names keep the two builds' files apart, so both fit in one served folder.
const before = COMPARE
  ? chosen
      .filter((p) => existsSync(join(COMPARE, p, 'index.html')))
      .map((p) => {
        cpSync(join(COMPARE, p), join(site, 'bench-before', p), { recursive: true });
        cpSync(join(COMPARE, '_astro'), join(site, '_astro'), { recursive: true, force: false });
        return `/bench-before${p}`;
      })
  : [];
const pages = [writePlainPage(site, PLAIN_FROM), ...before, ...chosen];
console.log(`  built in ${siteBuild.seconds.toFixed(2)} s: ${allPages.length} pages; measuring ${pages.length}: ${pages.join(' ')}`);
if (pages.length < 2) {
  console.error(`no page matches BENCH_PAGES=${FILTERS.join(',')}`);
  rmSync(site, { recursive: true, force: true });
  process.exit(1);
}

const port = await freePort(4400);
const server = await serve(site, port);
console.log(`serving a copy of dist/ (${site}) on ${server.origin}/ (${RUNS} run(s) per page)`);

const pageResults: PageResult[] = [];
const nameOf = (page: string): string => page.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
try {
  // Lighthouse first, in rounds over all pages (see runLighthouseRounds), then scrolling page by page.
  console.log('\nlighthouse, in rounds over the pages');
  let lighthouse = new Map<string, Awaited<ReturnType<typeof runLighthouse>>>();
  let lighthouseError: string | undefined;
  try {
    lighthouse = await runLighthouseRounds(
      pages.map((page) => ({ url: `${server.origin}${page}`, name: nameOf(page) })),
      RUNS,
      join(OUT, 'lighthouse'),
    );
  } catch (error) {
    lighthouseError = (error as Error).stack ?? String(error);
    console.error(`  lighthouse failed: ${lighthouseError}`);
  }
  for (const page of pages) {
    const url = `${server.origin}${page}`;
    console.log(`\n${page}`);
    const result: PageResult = { page, url, bytes: pageBytes(page, site) };
    const measured = lighthouse.get(url);
    if (measured) result.lighthouse = measured;
    if (lighthouseError) result.error = lighthouseError;
    try {
      // The control page has nothing to animate: its scroll frames say nothing.
      if (page !== PLAIN_PAGE) result.scroll = await measureScroll(url, RUNS);
    } catch (error) {
      result.error = (error as Error).stack ?? String(error);
      console.error(`  failed: ${result.error}`);
    }
    pageResults.push(result);
  }
} finally {
  await server.stop();
  rmSync(site, { recursive: true, force: true });
}

let growth: GrowthResult | undefined;
let growthError: string | undefined;
if (!SKIP_GROWTH) {
  console.log(`\nbuild growth: 1, 2, 4, 8 copies of the 2022 edition (CONTENT_DIR in a temporary folder), ${RUNS} round(s)`);
  const tmp = mkdtempSync(join(tmpdir(), 'jinshui-bench-'));
  try {
    growth = await measureGrowth(tmp, LOGS, RUNS);
  } catch (error) {
    growthError = (error as Error).message;
    console.error(`  failed: ${growthError}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const plain = pageResults.find((p) => p.page === PLAIN_PAGE);
const checkedPages = pageResults.map((p) => ({ ...p, checks: pageChecks(p, plain) }));
const siteBuilt = { seconds: siteBuild.seconds, pages: allPages.length };
const build = { site: siteBuilt, ...(growth ? { growth } : {}), checks: buildChecks(siteBuilt, growth) };
const unmet = [
  ...checkedPages.flatMap((p) =>
    p.checks.filter((c) => c.met === false).map((c) => `${p.page}: ${c.label} ${c.shown} (target ${c.target})`),
  ),
  ...build.checks.filter((c) => c.met === false).map((c) => `${c.label} ${c.shown} (target ${c.target})`),
];
const lighthouseVersion = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
const loadAtEnd = loadavg()[0]!;
const results: BenchResults = {
  meta: {
    date: new Date().toISOString(),
    commit: `${quiet('git', ['rev-parse', '--short', 'HEAD'])}${quiet('git', ['status', '--porcelain']) ? ' (with uncommitted changes)' : ''}`,
    node: process.version,
    lighthouse: lighthouseVersion,
    chromium: quiet(CHROME_PATH, ['--version']),
    chromePath: CHROME_PATH,
    runs: RUNS,
    pagesFilter: FILTERS,
    site: GIVEN_SITE ?? 'dist (built by this run)',
    plainFrom: PLAIN_FROM,
    compare: COMPARE ?? null,
    medians: 'per-metric: each score and each metric is the median of its own values over the runs',
    // Other work on the machine skews timings (frames, TBT, build times): the 1-minute load average at start and end.
    machine: { cpus: cpus().length, platform: process.platform, loadAtStart, loadAtEnd },
    ...(growthError ? { growthError } : {}),
  },
  pages: checkedPages,
  build,
  unmet,
  seconds: (performance.now() - started) / 1000,
};

for (const p of checkedPages) console.log(printPage(p));
console.log(printBuild(build));
console.log(unmet.length ? `\ntargets not met (${unmet.length}):\n${unmet.map((u) => `  - ${u}`).join('\n')}` : '\nall targets met');
if (Math.max(loadAtStart, loadAtEnd) > cpus().length)
  console.log(
    `\nnote: the machine was busy (load ${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at end, ${cpus().length} cores): frame times, TBT and build times are pessimistic`,
  );
writeFileSync(join(OUT, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(OUT, 'summary.md'), markdown(results));
console.log(`\nwrote ${OUT}/bench.json and ${OUT}/summary.md; full run ${results.seconds.toFixed(0)} s`);
if (growthError || checkedPages.some((p) => p.error)) process.exit(1);
