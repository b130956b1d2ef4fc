/**
 * The corpus of bad content (tests/fixtures/bad/, remade by make-bad.mjs): each
 * fixture is the good fixture with one thing broken, and the checks the build
 * runs (the data loader, then the chapter files) must stop it with a message
 * that names the file, the field and the fix in the words expected.json gives.
 * The good fixtures (a plain one, one with a BOM and CRLF line ends, one with
 * full-width punctuation inside a quote) must pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEdition, formatProblem } from '../../src/content/validateEdition.ts';

const BAD = 'tests/fixtures/bad';
const GOOD = 'tests/fixtures/good';

interface Expected {
  what: string;
  file: string;
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
    expect(first!.field, line).toContain(expected.field);
    expect(first!.problem, line).toContain(expected.problem);
    expect(first!.fix, line).toContain(expected.fix);
    // A fix is always said, in words an editor can act on.
    expect(first!.fix.length).toBeGreaterThan(5);
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
