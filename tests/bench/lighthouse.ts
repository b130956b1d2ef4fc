/**
 * Lighthouse, mobile preset with its default simulated throttling, run
 * programmatically against the local static server. Each run gets a fresh
 * Chromium from chrome-launcher (CHROME_PATH, offline flags). The reported
 * figures are per-metric medians over the runs: each score and each metric is
 * the median of its own values, so they may come from different runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROME_FLAGS, CHROME_PATH, median } from './util.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  scores: Record<Category, number>;
  /** Milliseconds, except CLS (unitless). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  totalBytes: number;
  requests: number;
  /** Lighthouse's measure of this machine's CPU at the time: low values (a busy machine) inflate TBT. */
  benchmarkIndex: number;
  /** Anything that went wrong: runtime errors, warnings, audits that errored, off-machine requests. */
  problems: string[];
  /** Audits in the four categories that did not get a full score (id: score). */
  failing: Record<string, number>;
}

export interface LighthouseResult {
  method: 'per-metric median';
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'problems' | 'failing'>;
  problems: string[];
  failing: Record<string, number>;
  settings: { formFactor: string; throttlingMethod: string; throttling: unknown; lighthouseVersion: string; userAgent: string };
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no value for ${audit}`);
  return value;
}

function summarise(lhr: Result): LighthouseRun {
  const problems: string[] = [];
  if (lhr.runtimeError) problems.push(`runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) problems.push(`warning: ${warning}`);
  for (const [id, audit] of Object.entries(lhr.audits)) {
    if (audit.scoreDisplayMode === 'error') problems.push(`audit ${id} errored: ${audit.errorMessage ?? '(no message)'}`);
  }
  const requestsAudit = lhr.audits['network-requests']?.details;
  const items = requestsAudit && 'items' in requestsAudit ? (requestsAudit.items as Array<{ url?: string }>) : [];
  for (const { url } of items) {
    if (!url || !/^https?:/.test(url)) continue;
    const host = new URL(url).host.replace(/:\d+$/, '');
    if (!LOCAL_HOSTS.has(host)) problems.push(`request left the machine: ${url}`);
  }
  const scores = {} as Record<Category, number>;
  const failing: Record<string, number> = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || category.score === null) {
      problems.push(`category ${id} has no score`);
      scores[id] = Number.NaN;
      continue;
    }
    scores[id] = Math.round(category.score * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing[`${id}/${ref.id}`] = audit.score;
    }
  }
  return {
    scores,
    fcp: numeric(lhr, 'first-contentful-paint'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    tbt: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    speedIndex: numeric(lhr, 'speed-index'),
    totalBytes: numeric(lhr, 'total-byte-weight'),
    requests: items.length,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    problems,
    failing,
  };
}

/** One Lighthouse run in a fresh Chromium. */
async function runOnce(url: string): Promise<Result> {
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROME_FLAGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // The default config is the mobile preset with simulated throttling; say so, so nothing overrides it.
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

export async function runLighthouse(url: string, runs: number, reportDir: string, name: string): Promise<LighthouseResult> {
  const lhrs: Result[] = [];
  for (let i = 0; i < runs; i++) lhrs.push(await runAndSave(url, reportDir, name, i, runs));
  return combine(lhrs);
}

/**
 * Runs every page once per round, round after round (A B C, A B C, …), so a
 * change in the machine's load during the benchmark falls on all pages alike
 * instead of on whichever page was measured at the time.
 */
export async function runLighthouseRounds(
  pages: readonly { url: string; name: string }[],
  runs: number,
  reportDir: string,
): Promise<Map<string, LighthouseResult>> {
  const lhrs = new Map<string, Result[]>(pages.map((p) => [p.url, []]));
  for (let i = 0; i < runs; i++) {
    for (const page of pages) {
      process.stdout.write(`${page.url.replace(/^https?:\/\/[^/]+/, '')}\n`);
      lhrs.get(page.url)!.push(await runAndSave(page.url, reportDir, page.name, i, runs));
    }
  }
  return new Map([...lhrs].map(([url, results]) => [url, combine(results)]));
}

async function runAndSave(url: string, reportDir: string, name: string, i: number, runs: number): Promise<Result> {
  mkdirSync(reportDir, { recursive: true });
  const lhr = await runOnce(url);
  writeFileSync(join(reportDir, `${name}.run${i + 1}.json`), JSON.stringify(lhr));
  const summary = summarise(lhr);
  process.stdout.write(
    `  lighthouse run ${i + 1}/${runs}: perf ${summary.scores.performance} a11y ${summary.scores.accessibility} bp ${summary.scores['best-practices']} seo ${summary.scores.seo}` +
      ` LCP ${Math.round(summary.lcp)} ms TBT ${Math.round(summary.tbt)} ms (CPU index ${Math.round(summary.benchmarkIndex)})${summary.problems.length ? ` (${summary.problems.length} problem(s))` : ''}\n`,
  );
  return lhr;
}

function combine(lhrs: readonly Result[]): LighthouseResult {
  const summaries = lhrs.map(summarise);
  const pick = (f: (r: LighthouseRun) => number): number => median(summaries.map(f));
  const first = lhrs[0]!;
  return {
    method: 'per-metric median',
    runs: summaries,
    median: {
      scores: {
        performance: pick((r) => r.scores.performance),
        accessibility: pick((r) => r.scores.accessibility),
        'best-practices': pick((r) => r.scores['best-practices']),
        seo: pick((r) => r.scores.seo),
      },
      fcp: pick((r) => r.fcp),
      lcp: pick((r) => r.lcp),
      tbt: pick((r) => r.tbt),
      cls: pick((r) => r.cls),
      speedIndex: pick((r) => r.speedIndex),
      totalBytes: pick((r) => r.totalBytes),
      requests: pick((r) => r.requests),
      benchmarkIndex: pick((r) => r.benchmarkIndex),
    },
    problems: [...new Set(summaries.flatMap((r) => r.problems))],
    // The lowest score each audit got in any run.
    failing: summaries.reduce<Record<string, number>>((all, r) => {
      for (const [id, score] of Object.entries(r.failing)) all[id] = Math.min(all[id] ?? 1, score);
      return all;
    }, {}),
    settings: {
      formFactor: first.configSettings.formFactor,
      throttlingMethod: first.configSettings.throttlingMethod,
      throttling: first.configSettings.throttling,
      lighthouseVersion: first.lighthouseVersion,
      userAgent: first.environment.hostUserAgent,
    },
  };
}
