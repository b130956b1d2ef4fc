/**
 * Byte-identical rebuilds: two clean builds of this working tree, in two
 * different folders, under different time zones and locales, must give the
 * same files with the same bytes, and no build timestamp may leak into them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/integrations/checksums.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const made: string[] = [];

/** A fresh copy of the project (sharing node_modules) built with the given environment; returns its output folder. */
function buildCopy(env: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jinshui-rebuild-'));
  made.push(dir);
  for (const name of SOURCES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const out = join(dir, 'out');
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`build in ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  return out;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('two clean builds of one commit', () => {
  const a = buildCopy({ TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });
  const b = buildCopy({ TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' });

  it('have the same files', () => {
    expect(siteFiles(b)).toEqual(siteFiles(a));
    expect(siteFiles(a).length).toBeGreaterThan(10);
  });

  it('have the same bytes in every file (SHA256SUMS included)', () => {
    const differ = siteFiles(a).filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    expect(differ).toEqual([]);
    expect(readFileSync(join(a, 'SHA256SUMS'), 'utf8')).toBe(readFileSync(join(b, 'SHA256SUMS'), 'utf8'));
  });

  it('hold no trace of when or where they were built', () => {
    const today = new Date().toISOString().slice(0, 10);
    // The editions' own dates (published, change log) may be today's; they are content, not a build stamp.
    const ownDates = new Set(
      readdirSync(join(ROOT, 'content/editions')).flatMap((id) => {
        const file = join(ROOT, 'content/editions', id, 'edition.yaml');
        return existsSync(file) ? (readFileSync(file, 'utf8').match(/\d{4}-\d{2}-\d{2}/g) ?? []) : [];
      }),
    );
    const leaks = siteFiles(a)
      .filter((f) => /\.(html|js|css|json|csv|txt|xml|svg)$/.test(f) || f === 'SHA256SUMS')
      .filter((f) => {
        const text = readFileSync(join(a, f), 'utf8');
        return (!ownDates.has(today) && text.includes(today)) || text.includes(ROOT) || text.includes(tmpdir());
      });
    expect(leaks).toEqual([]);
  });
});
