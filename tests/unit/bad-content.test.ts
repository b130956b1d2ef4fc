/**
 * The corpus of bad content (tests/fixtures/bad/, remade by make-bad.mjs): each
 * fixture is the good fixture with one thing broken, and the checks the build
 * runs (the data loader, then the chapter files) must stop it with a message
 * that names the file, the field and the fix in the words expected.json gives.
 * The good fixtures (a plain one, one with a BOM and CRLF line ends, one with
 * full-width punctuation inside a quote) must pass. An edition broken in several
 * independent ways (tests/fixtures/multi/) reports every problem, each once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEdition, formatProblem } from '../../src/validate/index.ts';

const BAD = 'tests/fixtures/bad';
const GOOD = 'tests/fixtures/good';

interface Expected {
  what: string;
  file: string;
  /** The line the problem is on, for problems that have one. */
  line?: number;
  field: string;
  problem: string;
  fix: string;
}
const cases = readdirSync(BAD)
  .filter((name) => existsSync(join(BAD, name, 'expected.json')))
  .map((name) => [name, JSON.parse(readFileSync(join(BAD, name, 'expected.json'), 'utf8')) as Expected] as const);

describe('checkEdition() on the corpus of bad content', () => {
  it('has at least 25 broken editions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s: stops with a message naming file, field and fix', (name, expected) => {
    const problems = checkEdition(join(BAD, name), '2022');
    expect(problems.length, `${expected.what}: no problem reported`).toBeGreaterThan(0);
    const [first] = problems;
    const line = formatProblem(first!);
    expect(first!.file, line).toContain(expected.file);
    expect(first!.line, line).toBe(expected.line);
    expect(first!.field, line).toContain(expected.field);
    expect(first!.problem, line).toContain(expected.problem);
    expect(first!.fix, line).toContain(expected.fix);
    // A fix is always said, in words an editor can act on.
    expect(first!.fix.length).toBeGreaterThan(5);
  });
});

const MULTI = 'tests/fixtures/multi';
const multi = readdirSync(MULTI).map(
  (name) => [name, JSON.parse(readFileSync(join(MULTI, name, 'expected.json'), 'utf8')) as { what: string; problems: Expected[] }] as const,
);

describe('checkEdition() on content with several problems', () => {
  it.each(multi)('%s: reports every problem, in order, each once', (name, expected) => {
    const problems = checkEdition(join(MULTI, name), '2022');
    const lines = problems.map(formatProblem);
    expect(problems, lines.join('\n')).toHaveLength(expected.problems.length);
    expected.problems.forEach((want, i) => {
      const got = problems[i]!;
      expect(got.file, lines[i]).toContain(want.file);
      expect(got.line, lines[i]).toBe(want.line);
      expect(got.field, lines[i]).toBe(want.field);
      expect(got.problem, lines[i]).toContain(want.problem);
      expect(got.fix, lines[i]).toContain(want.fix);
      expect(lines[i]).toMatch(new RegExp(`${want.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${want.line}: `));
    });
  });
});

describe('checkEdition() on good content', () => {
  it.each(readdirSync(GOOD))('%s passes', (name) => {
    expect(checkEdition(join(GOOD, name), '2022').map(formatProblem)).toEqual([]);
  });

  it('the real 2022 edition passes', () => {
    expect(checkEdition('content', '2022').map(formatProblem)).toEqual([]);
  });
});
