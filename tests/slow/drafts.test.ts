/**
 * Drafts in a production build (`astro build`, the command `npm run build`
 * runs), on a temporary content root (CONTENT_DIR): a copy of the real 2022
 * edition plus a draft 2023 made from it by `npm run edition:new` (nothing is
 * added to content/). The draft is left out of every page, link and download;
 * once its draft: true is removed with figures still unconfirmed, the build
 * stops with the same problem lines validate prints.
 *
 * The builds run in a copy of the project whose node_modules is a folder of
 * links to the real packages, so their caches (.astro/, node_modules/.astro,
 * node_modules/.vite) are their own and never mix the temporary content into
 * the caches of the real project; output goes to temporary folders, and dist/
 * is not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, buildSite, filesIn as files, workspace } from '../support/fixture-build.ts';

const ws = workspace('jinshui-drafts-');
const { content } = ws;
const work = ws.dir;
afterAll(() => ws.remove());
const build = (outDir: string) => buildSite(ws, outDir);

describe('astro build with a draft edition', () => {
  cpSync(join(ROOT, 'content/editions/2022'), join(content, 'editions/2022'), { recursive: true });
  const made = spawnSync(NODE[0], [...NODE.slice(1), 'src/cli/editionNew.ts', '--from', '2022', '--id', '2023', '--root', content], {
    cwd: ROOT,
    encoding: 'utf8',
  });

  it('a production build leaves the draft out of every page, link and download', () => {
    expect(made.status, made.stderr).toBe(0);
    expect(existsSync(join(content, 'editions/2023/zh/00-prologue.mdx'))).toBe(true);
    const out = join(work, 'dist');
    const { status, output } = build(out);
    expect(status, output.slice(-3000)).toBe(0);
    const built = files(out);
    expect(built).toContain('2022/zh/prologue/index.html');
    expect(built).toContain('2022/figures.json');
    expect(built.filter((f) => f.startsWith('2023'))).toEqual([]);
    for (const file of built.filter((f) => /\.(html|json|csv|txt)$/.test(f) || f === 'SHA256SUMS'))
      expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/\/2023\/|2023年版|draft-banner"/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/2022/zh/prologue/"');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/2022/en/"');
  });

  it('with draft: true removed and figures unconfirmed, the build stops with the line validate prints', () => {
    const yaml = join(content, 'editions/2023/edition.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('draft: true\n', ''));
    const validate = spawnSync(NODE[0], [...NODE.slice(1), 'src/cli/validate.ts', '--root', content], { cwd: ROOT, encoding: 'utf8' });
    expect(validate.status, validate.stdout).toBe(1);
    const lines = validate.stdout.split('\n').filter((l) => l.includes('].status: '));
    // One line per figure: edition:new marks every figure of the edition it copies unconfirmed.
    const figureCount = readdirSync(join(ROOT, 'content/editions/2022/data')).reduce(
      (n, f) =>
        n + ((parse(readFileSync(join(ROOT, 'content/editions/2022/data', f), 'utf8')) as { figures?: unknown[] }).figures?.length ?? 0),
      0,
    );
    expect(figureCount).toBeGreaterThan(0);
    expect(lines).toHaveLength(figureCount);
    const out = join(work, 'dist-published');
    const { status, output } = build(out);
    expect(status, output.slice(-3000)).not.toBe(0);
    expect(output).toContain(`${figureCount} problems in the content:`);
    for (const line of lines) expect(output).toContain(line);
    expect(existsSync(join(out, '2023'))).toBe(false);
  });
});
