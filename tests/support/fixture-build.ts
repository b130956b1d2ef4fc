/**
 * Builds the site on a temporary content root (CONTENT_DIR) without touching the
 * real project: a copy of the project whose node_modules is a folder of links to
 * the real packages, so its caches (.astro/, node_modules/.astro, node_modules/.vite)
 * are its own and never mix fixture content into the real project's caches. Output
 * goes to the folder given; dist/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Runs the project's TypeScript CLIs the way npm scripts do. */
export const NODE = [process.execPath, '--experimental-strip-types', '--no-warnings=ExperimentalWarning'] as const;

export interface Workspace {
  /** The temporary folder holding everything below; remove() deletes it. */
  readonly dir: string;
  /** An empty content root: copy editions into content/editions/. */
  readonly content: string;
  readonly project: string;
  remove(): void;
}

export function workspace(prefix: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const content = join(dir, 'content');
  const project = join(dir, 'project');
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((n) => n !== '.astro' && n !== '.vite'))
    symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
  mkdirSync(join(content, 'editions'), { recursive: true });
  return { dir, content, project, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function buildSite(ws: Workspace, outDir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ws.project,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: ws.content, ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Every file under a folder, as paths relative to it. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}
