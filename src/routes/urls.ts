/** URLs of the classroom pages that need no content collection (pure, for tests too). */
import type { Lang } from '../data/index.ts';
import { sitePath } from './sitePath.ts';

export const teachPath = (edition: string, lang: Lang): string => sitePath(`/${edition}/${lang}/teach/`);
export const dataPath = (edition: string, lang: Lang): string => sitePath(`/${edition}/${lang}/data/`);
export const handoutAllPath = (edition: string, lang: Lang): string => sitePath(`/${edition}/${lang}/handout/`);
export const sourcesPath = (edition: string, lang: Lang): string => sitePath(`/${edition}/${lang}/sources/`);
/** The print stylesheet of one language (src/pages/[edition]/[lang]/print.css.ts). */
export const printCssPath = (edition: string, lang: Lang): string => sitePath(`/${edition}/${lang}/print.css`);
/** A file of the edition's folder: a download (figures.csv, source.zh.txt) or its service worker (sw.js). */
export const editionFilePath = (edition: string, file: string): string => sitePath(`/${edition}/${file}`);
/** The data page's row of a figure: /<edition>/<lang>/data/#fig-<id>. */
export const figureRowId = (figureId: string): string => `fig-${figureId}`;

/**
 * The address of a step on the live site: Astro's `site` plus the page's site
 * path (which already carries `base`, see src/routes/sitePath.ts), so a QR code on paper
 * opens the published page, not the machine that built it.
 */
export function liveStepUrl(site: URL | undefined, path: string, stepId: string): string {
  return `${livePageUrl(site, path)}#${stepId}`;
}

/** The address of a page (or file) on the live site: `site` plus the site path (which already carries `base`). */
export function livePageUrl(site: URL | string | undefined, path: string): string {
  if (!site) throw new Error('astro.config: `site` is not set; QR codes and share images need the live address of each page');
  return new URL(path, new URL('/', site)).href;
}

/** The archive of every edition: /editions/ in the first language, /editions/<lang>/ in the others. */
export const archivePath = (lang: Lang, primary: Lang): string => sitePath(lang === primary ? '/editions/' : `/editions/${lang}/`);
/** What changed in an edition since the one before it. */
export const changesPath = (edition: string, lang: Lang): string => sitePath(`/${edition}/${lang}/changes/`);
