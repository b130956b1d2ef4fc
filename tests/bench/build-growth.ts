/**
 * Build time as editions are added: 1, 2, 4 and 8 copies of the 2022 edition
 * (ids 2101, 2102, …) generated in a temporary folder, never inside content/,
 * and built through CONTENT_DIR (read by src/data/load.ts and by the chapters
 * collection in src/content.config.ts) into a temporary outDir, so dist/ stays.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages } from '../support/page-bytes.ts';
import { median, timed } from './util.ts';

export const GROWTH_COUNTS = [1, 2, 4, 8] as const;
const SOURCE_EDITION = '2022';

export interface GrowthPoint {
  editions: number;
  /** Median over the rounds. */
  seconds: number;
  /** Every round's time, in order. */
  rounds: number[];
  secondsPerEdition: number;
  pages: number;
}

export interface GrowthResult {
  points: GrowthPoint[];
  /** Least-squares slope of seconds against editions: the cost of one more edition. */
  marginalSeconds: number;
  /** Least-squares intercept: the cost of a build with no edition content. */
  fixedSeconds: number;
  /** Marginal cost between consecutive sizes: (t[b] − t[a]) / (b − a). */
  steps: Array<{ from: number; to: number; secondsPerExtraEdition: number }>;
}

/** Copy the 2022 edition `count` times under `<root>/editions/21NN`. */
export function makeFixture(root: string, count: number): string[] {
  const source = join('content', 'editions', SOURCE_EDITION);
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = String(2100 + i);
    const dir = join(root, 'editions', id);
    mkdirSync(dir, { recursive: true });
    cpSync(source, dir, { recursive: true });
    const file = join(dir, 'edition.yaml');
    const text = readFileSync(file, 'utf8').replace(/^id:\s*["']?\d{4}["']?\s*$/m, `id: "${id}"`);
    const parsed = parse(text) as { id?: unknown };
    if (parsed.id !== id) throw new Error(`could not set the id of fixture edition ${id} in ${file}`);
    writeFileSync(file, text);
    ids.push(id);
  }
  return ids;
}

export function slope(points: ReadonlyArray<{ x: number; y: number }>): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const b = sxx ? sxy / sxx : Number.NaN;
  return { slope: b, intercept: my - b * mx };
}

/**
 * Each size is built `rounds` times, the sizes interleaved (1, 2, 4, 8, 1, 2, …) so that other
 * work on the machine weighs on all sizes alike; a size's time is the median of its rounds.
 */
export async function measureGrowth(tmp: string, logDir: string, rounds: number): Promise<GrowthResult> {
  const fixtures = GROWTH_COUNTS.map((count) => ({
    count,
    contentDir: join(tmp, `content-${count}`),
    ids: [] as string[],
    pages: 0,
    times: [] as number[],
  }));
  for (const f of fixtures) f.ids = makeFixture(f.contentDir, f.count);
  for (let round = 1; round <= rounds; round++) {
    for (const f of fixtures) {
      const outDir = join(tmp, `out-${f.count}`);
      const log = join(logDir, `build-growth-${f.count}.log`);
      const { seconds, code } = await timed('npx', ['astro', 'build', '--outDir', outDir], log, {
        ...process.env,
        CONTENT_DIR: f.contentDir,
      });
      if (code !== 0) throw new Error(`fixture build with ${f.count} edition(s) failed (exit ${code}); see ${log}`);
      const built = builtPages(outDir);
      // The build must have read the fixtures, not ./content.
      const missing = f.ids.filter((id) => !built.some((p) => p.startsWith(`/${id}/`)));
      const stray = built.filter((p) => p.startsWith(`/${SOURCE_EDITION}/`));
      if (missing.length || stray.length)
        throw new Error(
          `fixture build with ${f.count} edition(s) did not build the fixtures (missing ${missing.join(', ') || 'none'}, stray ${stray.join(', ') || 'none'}); see ${log}`,
        );
      f.pages = built.length;
      f.times.push(seconds);
      process.stdout.write(`  round ${round}/${rounds}, ${f.count} edition(s): ${seconds.toFixed(2)} s, ${f.pages} pages\n`);
    }
  }
  const points: GrowthPoint[] = fixtures.map((f) => {
    const seconds = median(f.times);
    return { editions: f.count, seconds, secondsPerEdition: seconds / f.count, pages: f.pages, rounds: f.times };
  });
  const fit = slope(points.map((p) => ({ x: p.editions, y: p.seconds })));
  const steps = points.slice(1).map((p, i) => {
    const prev = points[i]!;
    return { from: prev.editions, to: p.editions, secondsPerExtraEdition: (p.seconds - prev.seconds) / (p.editions - prev.editions) };
  });
  return { points, marginalSeconds: fit.slope, fixedSeconds: fit.intercept, steps };
}
