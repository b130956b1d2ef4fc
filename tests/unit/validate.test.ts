/**
 * The editor commands. Run as an editor runs them (a separate Node process, as
 * `npm run validate` / `npm run edition:new` do) on a few roots, and in process
 * (validateContent + reportLines, which is all the CLI prints) on the whole bad
 * corpus: validate prints every problem of the content it is pointed at, one
 * line each, in the words of the checks the build runs; edition:new makes a
 * draft that validates until draft: true is removed with figures unconfirmed.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEdition, formatProblem, reportLines, validateContent } from '../../src/validate/index.ts';

const run = promisify(execFile);
const NODE = [process.execPath, '--experimental-strip-types', '--no-warnings=ExperimentalWarning'] as const;

/** Runs a CLI script; resolves with its exit code and output, whatever the code. */
async function cli(script: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(NODE[0], [...NODE.slice(1), script, ...args], { encoding: 'utf8' });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}
const validate = (root: string) => cli('src/cli/validate.ts', '--root', root);
const editionNew = (...args: string[]) => cli('src/cli/editionNew.ts', ...args);

const BAD = 'tests/fixtures/bad';
const GOOD = 'tests/fixtures/good';
const MULTI = 'tests/fixtures/multi';
const OK = /^ok: (\d+) editions?(?: \(draft: [^)]*\))?, (\d+) languages?, (\d+) figures?, (\d+) chapters? checked in \d+\.\d\d s$/m;

describe('npm run validate', () => {
  it('validate --root good/basic exits 0 with one ok line', async () => {
    const { code, out } = await validate(join(GOOD, 'basic'));
    expect(code, out).toBe(0);
    expect(out.trim()).toMatch(OK);
    expect(OK.exec(out)!.slice(1)).toEqual(['1', '1', '4', '2']);
  });

  it.each(readdirSync(GOOD))('reportLines(validateContent(good/%s)) is one ok line', (name) => {
    const { lines, ok } = reportLines(validateContent(join(GOOD, name)), name, '0.10');
    expect(ok).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(OK);
  });

  it('a chapter in a language folder edition.yaml does not list is refused (the collection would publish it)', () => {
    const root = mkdtempSync(join(tmpdir(), 'jinshui-unlisted-'));
    try {
      cpSync(join(GOOD, 'basic'), root, { recursive: true });
      const zh = join(root, 'editions/2022/zh');
      const [first] = readdirSync(zh).filter((f) => f.endsWith('.mdx'));
      cpSync(join(zh, first!), join(root, 'editions/2022/en', first!));
      const lines = validateContent(root).problems.map(formatProblem);
      expect(lines).toEqual([
        expect.stringMatching(/editions\/2022\/en\/[\s\S]*a chapter in "en", which content\/editions\/2022\/edition\.yaml does not list/),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('validate on the real content exits 0 and counts every edition, language, figure and chapter', async () => {
    const { code, out } = await validate('content');
    expect(code, out).toBe(0);
    const [, editions, languages, , chapters] = OK.exec(out)!;
    expect([editions, languages, chapters]).toEqual(['1', '2', '12']);
  });

  it.each(readdirSync(BAD))(
    "reportLines(validateContent(bad/%s)) fails with every problem the build's checks find, one per line",
    (name) => {
      const root = join(BAD, name);
      const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as {
        file: string;
        line?: number;
        field: string;
        problem: string;
        fix: string;
      };
      const { lines, ok } = reportLines(validateContent(root), root, '0.10');
      expect(ok).toBe(false);
      // The same text as the checks the build runs (checkEdition → loadEdition, chapter files, chapters).
      const problems = checkEdition(root, '2022').map(formatProblem);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(lines, problem).toContain(problem);
      for (const line of lines) expect(line).not.toContain('\n');
      const first = lines.find((l) => l.includes(`${expected.file}${expected.line ? `:${expected.line}` : ''}: ${expected.field}`));
      expect(first, lines.join('\n')).toBeDefined();
      const [said, fix] = first!.split(' — ');
      expect(said).toContain(expected.problem);
      expect(fix).toContain(expected.fix);
      expect(lines.at(-1)).toBe(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root} (checked in 0.10 s)`);
    },
  );

  it('validate --root bad/quote-not-in-source exits 1 and prints the problem line', async () => {
    const root = join(BAD, 'quote-not-in-source');
    const { code, out } = await validate(root);
    expect(code, out).toBe(1);
    expect(out.split('\n')).toContain(formatProblem(checkEdition(root, '2022')[0]!));
    expect(out).toMatch(/^1 problem in tests\/fixtures\/bad\/quote-not-in-source \(checked in \d+\.\d\d s\)$/m);
  });

  it.each(readdirSync(MULTI))('validate --root multi/%s prints all its problems, in order, then their count', async (name) => {
    const root = join(MULTI, name);
    const { problems } = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as {
      problems: { file: string; line: number; field: string; problem: string; fix: string }[];
    };
    const { code, out } = await validate(root);
    expect(code, out).toBe(1);
    const lines = out.split('\n').filter((l) => / — /.test(l));
    expect(lines, out).toHaveLength(problems.length);
    problems.forEach((p, i) => {
      expect(lines[i]).toContain(`${p.file}:${p.line}: ${p.field}: `);
      expect(lines[i]).toContain(p.problem);
      expect(lines[i]).toContain(p.fix);
    });
    expect(out).toContain(`${problems.length} problems in ${root}`);
  });

  it('validate refuses a folder that holds no editions', async () => {
    const { code, out } = await validate('tests/fixtures');
    expect(code).toBe(2);
    expect(out).toContain('has no editions/ folder');
  });
});

describe('npm run edition:new', () => {
  const root = mkdtempSync(join(tmpdir(), 'jinshui-new-'));
  cpSync(join(GOOD, 'basic'), root, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const edition = join(root, 'editions/2023');

  it('edition:new --from 2022 --id 2023 makes a draft that validates, with every figure unconfirmed', async () => {
    const made = await editionNew('--from', '2022', '--id', '2023', '--root', root);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toContain('Created draft edition 2023');
    expect(made.out).toContain('4 figures marked status: unconfirmed');
    expect(made.out).toMatch(/Next steps:[\s\S]*npm run validate[\s\S]*npm run dev[\s\S]*draft: true/);
    const yaml = readFileSync(join(edition, 'edition.yaml'), 'utf8');
    expect(yaml).toMatch(/^id: "2023"\ndraft: true\n/m);
    // The chapters and source text are copied unchanged; each figure gains one line and nothing else changes.
    for (const file of ['zh/00-prologue.mdx', 'zh/01-epilogue.mdx', 'source.zh.txt'])
      expect(readFileSync(join(edition, file), 'utf8')).toBe(readFileSync(join(root, 'editions/2022', file), 'utf8'));
    const data = readFileSync(join(edition, 'data/prologue.yaml'), 'utf8');
    expect(data.match(/^ {4}status: unconfirmed$/gm)).toHaveLength(4);
    expect(data.replace(/^ {4}status: unconfirmed\n/gm, '')).toBe(readFileSync(join(root, 'editions/2022/data/prologue.yaml'), 'utf8'));

    const checked = await validate(root);
    expect(checked.code, checked.out).toBe(0);
    expect(checked.out).toMatch(
      /^ok: 2 editions \(draft: 2023; 4 figures still unconfirmed\), 1 language, 8 figures, 4 chapters checked in/m,
    );
    expect(checked.out.match(/^draft: .*figures\[id=[a-z0-9-]+\]\.status: figure "[a-z0-9-]+" is still unconfirmed/gm)).toHaveLength(4);
  });

  it('edition:new: removing draft: true with figures unconfirmed fails validation, naming file, line, figure and fix', async () => {
    const file = join(edition, 'edition.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const { code, out } = await validate(root);
    expect(code, out).toBe(1);
    for (const [id, line] of [
      ['gdp-2012', 3],
      ['gdp-2021', 14],
      ['gdp-2012-doubled', 25],
    ] as const)
      expect(out).toContain(
        `${edition}/data/prologue.yaml:${line}: figures[id=${id}].status: figure "${id}" is still unconfirmed (copied from an earlier edition), but edition 2023 is not a draft — confirm its quote, written form and value against this edition's source.zh.txt and delete the line status: unconfirmed; or keep draft: true in edition.yaml until every figure is confirmed`,
      );
    expect(out).toContain(`4 problems in ${root}`);
  });

  it('edition:new refuses a target that exists, an unknown source edition and an id that is not a year', async () => {
    const exists = await editionNew('--from', '2022', '--id', '2023', '--root', root);
    expect(exists.code).toBe(1);
    expect(exists.out).toContain(`edition:new: ${edition} already exists`);
    const unknown = await editionNew('--from', '2019', '--id', '2024', '--root', root);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('there is no edition "2019"');
    expect(unknown.out).toContain('(editions: 2022, 2023)');
    expect(existsSync(join(root, 'editions/2024'))).toBe(false);
    const notYear = await editionNew('--from', '2022', '--id', 'next', '--root', root);
    expect(notYear.code).toBe(1);
    expect(notYear.out).toContain('"next" is not an edition id');
  });
});
