/** The pages of the built site, read from dist/ so new chapters are tested without editing tests. */
import { builtPages } from '../support/page-bytes.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ALL_PAGES = builtPages('dist');

/** Chapter pages: those with an article of steps or prose under /<edition>/<lang>/<slug>/. */
export const CHAPTER_PAGES = ALL_PAGES.filter((p) => /^\/\d{4}\/(zh|en)\/[a-z0-9-]+\/$/.test(p) && !/\/(sources|teach|data|handout)\/$/.test(p));

/** The classroom views of story chapters (issue 12). */
export const PRESENT_PAGES = ALL_PAGES.filter((p) => p.endsWith('/present/'));
export const HANDOUT_PAGES = ALL_PAGES.filter((p) => p.endsWith('/handout/'));

/** Chapter pages with scrolly sections. */
export const SCROLLY_PAGES = CHAPTER_PAGES.filter((p) => readFileSync(join('dist', p, 'index.html'), 'utf8').includes('data-scrolly='));
