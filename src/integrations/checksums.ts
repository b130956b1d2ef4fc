/**
 * An Astro integration that writes SHA256SUMS at the root of the built site:
 * one line per file, "<sha256>  <path>", sorted by path, in the format
 * `sha256sum -c` reads. An office can check what it deploys against what was
 * built, and two builds of one commit can be compared by one file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const CHECKSUMS_FILE = 'SHA256SUMS';

/** Every file under `dir` (but the checksum file itself), as sorted '/'-separated paths. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  // Plain code-unit order, not the locale's: the file must not depend on LANG.
  return out.filter((p) => p !== CHECKSUMS_FILE).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function checksums(dir: string): string {
  return siteFiles(dir)
    .map(
      (path) =>
        `${createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex')}  ${path}\n`,
    )
    .join('');
}

export function checksumsIntegration(): AstroIntegration {
  return {
    name: 'jinshui:checksums',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, CHECKSUMS_FILE), checksums(root));
      },
    },
  };
}
