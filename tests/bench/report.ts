/**
 * Targets from the performance issue, and the three ways results are shown:
 * a table per page on stdout, bench-results/bench.json, bench-results/summary.md.
 */
import type { PageBytes } from '../support/page-bytes.ts';
import type { GrowthResult } from './build-growth.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { ScrollResult } from './scroll.ts';

const KB = 1024;

export interface PageResult {
  page: string;
  url: string;
  bytes: PageBytes;
  lighthouse?: LighthouseResult;
  scroll?: ScrollResult;
  error?: string;
}

export interface BenchResults {
  meta: Record<string, unknown>;
  pages: Array<PageResult & { checks: Check[] }>;
  build: {
    site: { seconds: number; pages: number };
    growth?: GrowthResult;
    checks: Check[];
  };
  unmet: string[];
  seconds: number;
}

/** A figure next to its target. `met` is null when the figure was not measured. */
export interface Check {
  id: string;
  label: string;
  value: number | null;
  shown: string;
  target: string;
  met: boolean | null;
}

const ms = (v: number): string => `${Math.round(v)} ms`;
const s = (v: number): string => `${v.toFixed(2)} s`;
const kb = (v: number): string => `${(v / KB).toFixed(1)} KB`;

function check(
  id: string,
  label: string,
  value: number | undefined,
  shown: (v: number) => string,
  target: string,
  ok: (v: number) => boolean,
): Check {
  if (value === undefined || Number.isNaN(value)) return { id, label, value: null, shown: 'n/a', target, met: null };
  return { id, label, value, shown: shown(value), target, met: ok(value) };
}

function info(id: string, label: string, value: number | undefined, shown: (v: number) => string): Check {
  const c = check(id, label, value, shown, '', () => true);
  return { ...c, met: null };
}

/**
 * `plain` is the control page of the same run (a chapter's text, no scripts or
 * charts): a page's TBT and LCP are also given relative to it, so a busy or slow
 * machine shifts both sides alike.
 */
export function pageChecks(r: PageResult, plain?: PageResult): Check[] {
  const lh = r.lighthouse?.median;
  const sc = r.scroll?.median;
  const base = plain?.lighthouse?.median;
  const score = (v: number): string => String(Math.round(v));
  const relative =
    base && lh && r !== plain
      ? [
          check('perf-98', 'Lighthouse performance (issue 9)', lh.scores.performance, score, '≥ 98', (v) => v >= 98),
          check('tbt-over-plain', 'TBT minus plain page TBT', lh.tbt - base.tbt, ms, '≤ 50 ms', (v) => v <= 50),
          check(
            'lcp-ratio',
            'LCP ÷ plain page LCP',
            lh.lcp / base.lcp,
            (v) => `${v.toFixed(2)}×`,
            '≤ 1.3×',
            (v) => v <= 1.3,
          ),
          info('plain-tbt', 'Plain page TBT (same run)', base.tbt, ms),
          info('plain-lcp', 'Plain page LCP (same run)', base.lcp, ms),
        ]
      : [];
  return [
    ...relative,
    check('lh-performance', 'Lighthouse performance', lh?.scores.performance, score, '100', (v) => v >= 100),
    check('lh-accessibility', 'Lighthouse accessibility', lh?.scores.accessibility, score, '100', (v) => v >= 100),
    check('lh-best-practices', 'Lighthouse best practices', lh?.scores['best-practices'], score, '100', (v) => v >= 100),
    check('lh-seo', 'Lighthouse SEO', lh?.scores.seo, score, '100', (v) => v >= 100),
    info('fcp', 'First Contentful Paint', lh?.fcp, ms),
    check('lcp', 'Largest Contentful Paint', lh?.lcp, ms, '≤ 1200 ms', (v) => v <= 1200),
    check('tbt', 'Total Blocking Time', lh?.tbt, ms, '≤ 50 ms', (v) => v <= 50),
    check(
      'cls',
      'Cumulative Layout Shift',
      lh?.cls,
      (v) => v.toFixed(3),
      '≤ 0.01',
      (v) => v <= 0.01,
    ),
    info('speed-index', 'Speed Index', lh?.speedIndex, ms),
    info('total-bytes', 'Lighthouse total bytes', lh?.totalBytes, kb),
    info('requests', 'Lighthouse requests', lh?.requests, (v) => String(v)),
    // Lighthouse's CPU benchmark during the runs: far below ~2000 here means the machine was busy and TBT is inflated.
    info('cpu-index', 'Lighthouse CPU index', lh?.benchmarkIndex, (v) => String(Math.round(v))),
    info('html-raw', 'HTML raw', r.bytes.html.raw, kb),
    info('html-gzip', 'HTML gzipped', r.bytes.html.gzip, kb),
    info('css-raw', 'CSS raw', r.bytes.css.raw, kb),
    check('css-gzip', 'CSS gzipped', r.bytes.css.gzip, kb, '≤ 15 KB', (v) => v <= 15 * KB),
    info('js-raw', 'JS raw', r.bytes.js.raw, kb),
    check('js-gzip', 'JS gzipped', r.bytes.js.gzip, kb, '≤ 40 KB', (v) => v <= 40 * KB),
    // Fonts go over the wire as they are (woff2 is compressed; the server does not gzip fonts).
    check('fonts', 'Fonts', r.bytes.fonts.raw, kb, '≤ 120 KB', (v) => v <= 120 * KB),
    info('frames', 'Scroll frames recorded', sc?.frames, (v) => String(v)),
    check(
      'frames-over-20',
      'Frames > 20 ms (share)',
      sc?.over20Pct,
      (v) => `${v.toFixed(2)} %`,
      '≤ 2 %',
      (v) => v <= 2,
    ),
    check(
      'frames-over-50',
      'Frames > 50 ms (count)',
      sc?.over50,
      (v) => String(v),
      '0',
      (v) => v === 0,
    ),
    info('worst-frame', 'Worst frame (median run)', sc?.worstMs, (v) => `${v.toFixed(1)} ms`),
  ];
}

export function buildChecks(site: { seconds: number }, growth: GrowthResult | undefined): Check[] {
  return [
    info('build-site', 'Build, real site', site.seconds, s),
    check('build-marginal', 'Build time per extra edition', growth?.marginalSeconds, s, '≤ 3 s', (v) => v <= 3),
  ];
}

const mark = (met: boolean | null): string => (met === null ? '' : met ? 'met' : 'UNMET');
const emoji = (met: boolean | null): string => (met === null ? '' : met ? ' ✅' : ' ❌');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    '  ' +
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), line(widths.map((w) => '─'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

export function printPage(p: BenchResults['pages'][number]): string {
  const head = `\n${p.page}  (${p.url})`;
  const rows = [['figure', 'value', 'target', ''], ...p.checks.map((c) => [c.label, c.shown, c.target, mark(c.met)])];
  const notes: string[] = [];
  if (p.error) notes.push(`  error: ${p.error}`);
  for (const problem of p.lighthouse?.problems ?? []) notes.push(`  lighthouse: ${problem}`);
  const failing = Object.entries(p.lighthouse?.failing ?? {});
  if (failing.length) notes.push(`  audits below full score (lowest over the runs): ${failing.map(([id, v]) => `${id} ${v}`).join(', ')}`);
  if (p.scroll)
    notes.push(
      `  scroll runs: ${p.scroll.runs.map((r) => `${r.frames} frames/${r.over20Pct.toFixed(1)} %/${r.over50}×>50/${r.worstMs.toFixed(0)} ms`).join('; ')}`,
    );
  return [head, table(rows), ...notes].join('\n');
}

export function printBuild(b: BenchResults['build']): string {
  const out = ['\nbuild', `  real site: ${s(b.site.seconds)} (${b.site.pages} pages)`];
  if (b.growth) {
    const rows = [
      ['editions', 'pages', 'seconds (median)', 'rounds', 's per edition', 'marginal s / extra edition'],
      ...b.growth.points.map((p, i) => [
        String(p.editions),
        String(p.pages),
        p.seconds.toFixed(2),
        p.rounds.map((t) => t.toFixed(2)).join(' / '),
        p.secondsPerEdition.toFixed(2),
        i ? b.growth!.steps[i - 1]!.secondsPerExtraEdition.toFixed(2) : '',
      ]),
    ];
    out.push(table(rows));
    out.push(
      `  least-squares fit: ${b.growth.fixedSeconds.toFixed(2)} s + ${b.growth.marginalSeconds.toFixed(2)} s × editions (target ≤ 3 s per extra edition: ${mark(b.checks[1]!.met)})`,
    );
  } else {
    out.push('  build growth skipped (BENCH_SKIP_BUILD_GROWTH)');
  }
  return out.join('\n');
}

export function markdown(r: BenchResults): string {
  const pages = r.pages;
  const lines: string[] = [];
  lines.push('# Benchmark summary', '');
  lines.push(
    `Run ${String(r.meta['date'])} on ${String(r.meta['commit'])}, Lighthouse ${String(r.meta['lighthouse'])} (mobile preset, simulated throttling), ` +
      `${String(r.meta['chromium'])}, ${String(r.meta['runs'])} run(s) per page, figures are per-metric medians. Full run: ${s(r.seconds)}.`,
    '',
  );
  const machine = r.meta['machine'] as { cpus: number; loadAtStart: number; loadAtEnd: number } | undefined;
  if (machine && Math.max(machine.loadAtStart, machine.loadAtEnd) > machine.cpus)
    lines.push(
      `> The machine was busy with other work (load ${machine.loadAtStart.toFixed(1)} at start, ${machine.loadAtEnd.toFixed(1)} at end, on ${machine.cpus} cores): ` +
        'frame times, TBT and build times are pessimistic; compare runs made on an idle machine.',
      '',
    );
  lines.push(`| figure | target | ${pages.map((p) => `\`${p.page}\``).join(' | ')} |`);
  lines.push(`| --- | --- | ${pages.map(() => '---').join(' | ')} |`);
  const ids = pages[0]?.checks.map((c) => c.id) ?? [];
  for (const id of ids) {
    const first = pages[0]!.checks.find((c) => c.id === id)!;
    const cells = pages.map((p) => {
      const c = p.checks.find((x) => x.id === id);
      return c ? `${c.shown}${emoji(c.met)}` : '';
    });
    lines.push(`| ${first.label} | ${first.target} | ${cells.join(' | ')} |`);
  }
  lines.push('', '## Build time', '');
  lines.push(`Real site: ${s(r.build.site.seconds)} (${r.build.site.pages} pages).`, '');
  if (r.build.growth) {
    const g = r.build.growth;
    lines.push(
      '| editions (copies of 2022) | pages | seconds (median) | rounds | s per edition | marginal s per extra edition |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    g.points.forEach((p, i) =>
      lines.push(
        `| ${p.editions} | ${p.pages} | ${p.seconds.toFixed(2)} | ${p.rounds.map((t) => t.toFixed(2)).join(' / ')} | ${p.secondsPerEdition.toFixed(2)} | ${i ? g.steps[i - 1]!.secondsPerExtraEdition.toFixed(2) : ''} |`,
      ),
    );
    lines.push(
      '',
      `Least-squares fit: ${g.fixedSeconds.toFixed(2)} s + **${g.marginalSeconds.toFixed(2)} s per edition** (target ≤ 3 s${emoji(r.build.checks[1]!.met)}).`,
    );
  } else {
    lines.push('Build growth skipped (BENCH_SKIP_BUILD_GROWTH).');
  }
  lines.push('', '## Targets not met', '');
  lines.push(...(r.unmet.length ? r.unmet.map((u) => `- ${u}`) : ['None.']));
  const problems = pages.flatMap((p) => [
    ...(p.error ? [`${p.page}: ${p.error}`] : []),
    ...(p.lighthouse?.problems ?? []).map((x) => `${p.page}: ${x}`),
  ]);
  if (problems.length) lines.push('', '## Problems reported during the run', '', ...problems.map((x) => `- ${x}`));
  const failing = pages.flatMap((p) => Object.entries(p.lighthouse?.failing ?? {}).map(([id, v]) => `${p.page}: ${id} (score ${v})`));
  if (failing.length)
    lines.push('', '## Lighthouse audits below full score (lowest score over the runs)', '', ...failing.map((x) => `- ${x}`));
  return lines.join('\n') + '\n';
}
