/**
 * The one place that knows where the site is mounted. Astro's `base` (set from
 * BASE_PATH in astro.config.mjs, '/' by default) is read from astro:config/client;
 * every internal link, download, script URL and service-worker scope is built
 * through sitePath(), so the whole site
 * follows the prefix and a default build keeps its root-relative paths.
 */
import { base } from 'astro:config/client';
import { normaliseBase } from './deploy.ts';

// astro:config/client is Astro's own view of its config, compiled into this module: unlike
// import.meta.env.BASE_URL, a BASE_URL variable in the build's environment (vitest sets one) cannot override it.
const BASE = normaliseBase(base);

/** A site path ('/2022/zh/', '/favicon.svg') under the deployment's base: '/jinshui-decade/2022/zh/'. */
export function sitePath(path: string, under: string = BASE): string {
  return `${normaliseBase(under)}${path.replace(/^\/+/, '')}`;
}
