/** URLs of the classroom pages that need no content collection (pure, for tests too). */
import type { Lang } from '../data/index.ts';

export const teachPath = (edition: string, lang: Lang): string => `/${edition}/${lang}/teach/`;
export const dataPath = (edition: string, lang: Lang): string => `/${edition}/${lang}/data/`;
export const handoutAllPath = (edition: string, lang: Lang): string => `/${edition}/${lang}/handout/`;
/** The data page's row of a figure: /<edition>/<lang>/data/#fig-<id>. */
export const figureRowId = (figureId: string): string => `fig-${figureId}`;

/**
 * The address of a step on the live site: Astro's `site` plus `base`, so a QR
 * code on paper opens the published page, not the machine that built it.
 */
export function liveStepUrl(site: URL | undefined, base: string, path: string, stepId: string): string {
  return `${livePageUrl(site, base, path)}#${stepId}`;
}

/** The address of a page (or file) on the live site: `site` plus `base` plus the site path. */
export function livePageUrl(site: URL | string | undefined, base: string, path: string): string {
  if (!site) throw new Error('astro.config: `site` is not set; QR codes and share images need the live address of each page');
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return new URL(path.replace(/^\//, ''), root).href;
}

/** The archive of every edition: /editions/ in the first language, /editions/<lang>/ in the others. */
export const archivePath = (lang: Lang, primary: Lang): string => (lang === primary ? '/editions/' : `/editions/${lang}/`);
/** What changed in an edition since the one before it. */
export const changesPath = (edition: string, lang: Lang): string => `/${edition}/${lang}/changes/`;
