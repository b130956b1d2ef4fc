/**
 * Bad content stops the real build (`npm run build`, with CONTENT_DIR pointing
 * at a fixture from the corpus), with the same message the corpus test expects,
 * and a failed build leaves the last good dist/ byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm run build on bad content', () => {
  const before = readFileSync(join(ROOT, 'dist/SHA256SUMS'), 'utf8');

  it.each([
    'quote-not-in-source',
    'raw-script',
    'unknown-state',
    'chart-figure-missing',
    'headline-too-long',
    // Words checked like numbers (issue 35): one fixture per rule, the build's message the same as validate's.
    'quotation-not-verbatim',
    'hanzi-count-unbound',
    'doubled-hedge',
    'multiple-as-count',
    'typed-number-in-note',
    'bounded-ratio-too-precise',
    'bounded-ratio-without-about',
    'id-year-not-in-period',
    'subject-unstated-named',
    'published-not-first-release',
    'glossary-term-absent',
    'translated-quote-without-source',
    'translated-quote-not-verbatim',
  ])('%s: the build stops, names file, field and fix, and dist/ is untouched', (name) => {
    const fixture = join(ROOT, 'tests/fixtures/bad', name);
    const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
      file: string;
      field: string;
      problem: string;
      fix: string;
    };
    const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: fixture } });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output.slice(-2000)).not.toBe(0);
    for (const part of [expected.file.replace(/:$/, ''), expected.field, expected.problem, expected.fix]) expect(output).toContain(part);
    expect(output).toContain('dist/ was left as it was');
    expect(readFileSync(join(ROOT, 'dist/SHA256SUMS'), 'utf8')).toBe(before);
    expect(existsSync(join(ROOT, '.dist-staging'))).toBe(false);
  });
});
