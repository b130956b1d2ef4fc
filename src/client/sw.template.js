/*
 * The service worker of one edition, <base>/<edition>/sw.js (scope <base>/<edition>/), written
 * at build by src/integrations/precache.mjs, which replaces the placeholders below (<base> is
 * astro.config's `base`: '/' by default, '/jinshui-decade/' for a site under that path).
 * - Precaches the edition's pages, downloads and the shared /_astro/ assets into a cache
 *   named by the build's content hash; on activation deletes this edition's older caches.
 * - HTML: network first, the cache when the network fails (never stale HTML forever).
 *   Everything else it precached: the cache first.
 * - Never answers for other origins or other editions' paths: those go to the network untouched.
 */
const CACHE = '__CACHE_NAME__';
const PREFIX = '__CACHE_PREFIX__';
const BASE = '__BASE__';
const SCOPE = new URL('./', self.location.href).pathname;
const URLS = __PRECACHE_URLS__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(URLS.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

const mine = (url) =>
  url.origin === self.location.origin &&
  (url.pathname.startsWith(SCOPE) || url.pathname.startsWith(`${BASE}_astro/`) || url.pathname === `${BASE}favicon.svg`);

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!mine(url)) return;
  const key = url.origin + url.pathname;
  const isHtml = request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html');
  if (isHtml) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && url.pathname.startsWith(SCOPE)) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
          }
          return response;
        })
        .catch(() =>
          caches
            .open(CACHE)
            .then((cache) => cache.match(key))
            .then((hit) => hit || Response.error()),
        ),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((hit) => hit || fetch(request)),
  );
});
