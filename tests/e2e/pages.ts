/** The pages of the built site, read from dist/ so new chapters are tested without editing tests. */
import { builtPages } from '../support/page-bytes.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ALL_PAGES = builtPages('dist');

/** Chapter pages: those with an article of steps or prose under /<edition>/<lang>/<slug>/. */
export const CHAPTER_PAGES = ALL_PAGES.filter(
  (p) => /^\/\d{4}\/(zh|en)\/[a-z0-9-]+\/$/.test(p) && !/\/(sources|teach|data|handout)\/$/.test(p),
);

/** The classroom views of story chapters (issue 12). */
export const PRESENT_PAGES = ALL_PAGES.filter((p) => p.endsWith('/present/'));
export const HANDOUT_PAGES = ALL_PAGES.filter((p) => p.endsWith('/handout/'));

/** Chapter pages with scrolly sections. */
export const SCROLLY_PAGES = CHAPTER_PAGES.filter((p) => readFileSync(join('dist', p, 'index.html'), 'utf8').includes('data-scrolly='));

/**
 * One page of each kind (home, chapter, present, handout, data, teach, sources…), the
 * largest of its kind in any language (English text runs longest): the pages whose
 * markup and styles differ. Checks
 * that repeat across many conditions (axe under text sizes, contrast, motion) run on
 * these; the base conditions still cover ALL_PAGES.
 */
export const SAMPLE_PAGES = (() => {
  const kindOf = (p: string): string => {
    const [, , lang = '', slug = '', view = ''] = p.split('/');
    const kind = view || (CHAPTER_PAGES.includes(p) ? 'chapter' : slug || 'home');
    return lang ? kind : 'root';
  };
  const largest = new Map<string, { path: string; bytes: number }>();
  for (const path of ALL_PAGES) {
    const bytes = readFileSync(join('dist', path, 'index.html')).length;
    const k = kindOf(path);
    if ((largest.get(k)?.bytes ?? -1) < bytes) largest.set(k, { path, bytes });
  }
  return [...largest.values()].map((v) => v.path).sort();
})();

/** A time limit for a test that visits `count` pages: generous on a busy 2-core machine. */
export const perPages = (count: number, msPerPage = 8_000): number => Math.max(120_000, count * msPerPage);
