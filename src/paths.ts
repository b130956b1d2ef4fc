/**
 * The one place that knows where the site is mounted. Astro's `base` (set from
 * BASE_PATH in astro.config.mjs, '/' by default) reaches every module Vite
 * compiles as import.meta.env.BASE_URL; every internal link, download, script
 * URL and service-worker scope is built through sitePath(), so the whole site
 * follows the prefix and a default build keeps its root-relative paths.
 */

/** '/x', 'x/', '/x/' → '/x/'; '' and '/' → '/'. */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

// Vite replaces import.meta.env in everything it compiles; under plain Node (scripts, some tests) it is undefined.
const BASE = normaliseBase(import.meta.env?.BASE_URL ?? '/');

/** The deployment's base path, always with a slash at each end. */
export const basePath = (): string => BASE;

/** A site path ('/2022/zh/', '/favicon.svg') under the deployment's base: '/jinshui-decade/2022/zh/'. */
export function sitePath(path: string, base: string = BASE): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, '')}`;
}
