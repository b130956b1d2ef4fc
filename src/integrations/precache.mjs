/**
 * Writes /<edition>/sw.js for every edition in a built site (every URL under the
 * deployment's base, astro.config `base`, so a site under /jinshui-decade/ precaches
 * /jinshui-decade/2022/… and the worker's scope is /jinshui-decade/2022/): the precache list comes
 * from workbox-build's getManifest (every file of the edition plus the shared /_astro/
 * assets, each with a content revision); the cache is named by a hash of that list,
 * so any changed file makes a new cache and the worker deletes the old one.
 * Plain JS so the build (astro.config.mjs) and the tests run the same code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getManifest } from 'workbox-build';

const TEMPLATE = new URL('../client/sw.template.js', import.meta.url);

/** '/x', 'x' → '/x/'; '' or '/' → '/' (as normaliseBase in src/routes/deploy.ts; plain JS for the build's Node side). */
const normaliseBase = (base) => {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
};

/** "2022/zh/economy/index.html" → "<base>2022/zh/economy/": pages are requested by their directory URL. */
export function pageUrl(file, base = '/') {
  const url = `${normaliseBase(base)}${file}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

export async function writeServiceWorker(dist, edition, base = '/') {
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: [`${edition}/**/*.{html,css,csv,json,xlsx,txt}`, '_astro/**/*.{js,css}', 'favicon.svg'],
    globIgnores: [`${edition}/sw.js`],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`service worker for ${edition}: ${warnings.join('; ')}`);
  const entries = manifestEntries
    .map((e) => ({ url: pageUrl(e.url, base), revision: e.revision ?? '' }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const hash = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
  // The base in the cache name: two deployments on one origin (/a/ and /b/) never delete each other's caches.
  const mount = normaliseBase(base).slice(1).replace(/\//g, '-');
  const prefix = `jinshui-${mount}${edition}-`;
  const cache = `${prefix}${hash}`;
  const sw = readFileSync(TEMPLATE, 'utf8')
    .replace('__CACHE_NAME__', cache)
    .replace('__CACHE_PREFIX__', prefix)
    .replace('__BASE__', normaliseBase(base))
    .replace('__PRECACHE_URLS__', JSON.stringify(entries.map((e) => e.url)));
  writeFileSync(join(dist, edition, 'sw.js'), sw);
  return { cache, urls: entries.map((e) => e.url) };
}

/** Every edition folder of a built site (four-digit names). */
export function builtEditions(dist) {
  return readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name) && existsSync(join(dist, d.name)))
    .map((d) => d.name);
}

/** The Astro integration: after the build, one service worker per edition. */
export function offline() {
  let base = '/';
  return {
    name: 'jinshui-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base ?? '/';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = dir instanceof URL ? dir.pathname : String(dir);
        for (const edition of builtEditions(dist)) {
          const { cache, urls } = await writeServiceWorker(dist, edition, base);
          logger.info(`${normaliseBase(base)}${edition}/sw.js: ${urls.length} files precached in ${cache}`);
        }
      },
    },
  };
}
