/**
 * The site's security and cache headers, in one place:
 * - CSP_DIRECTIVES: the Content-Security-Policy astro.config.mjs puts in every
 *   page's <meta> tag (Astro adds each page's script and style hashes to it).
 * - At build, an integration writes the same policy as HTTP headers for the host:
 *   `_headers` (Netlify / Cloudflare Pages format) and `security-headers.conf`
 *   (nginx `add_header` lines, for the server block in docs/deploying.md). A header
 *   policy and the meta policy are both enforced, so the header must allow every
 *   hash any page's meta allows: its script-src and style-src are the union of
 *   all built pages' hashes — the same directives, generated, never typed by hand.
 * Paths in `_headers` carry the base (BASE_PATH), so they are written at build too.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../routes/deploy.ts';
import { builtEditions } from './precache.mjs';

/** The policy of every page (astro.config.mjs `security.csp.directives`). Charts use no inline style, images are local or data: URLs. */
// `as const`: Astro types each directive by its name ("img-src …"), which plain strings would not satisfy.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
] as const;

/** Headers a <meta> tag cannot carry, the same on every response. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  // A link out tells the other site only this origin, never the page read.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The report may be framed by its own portal only.
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/** Hashed file names (/_astro/) never change content: cache a year. HTML, sw.js and downloads revalidate. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

export const HEADERS_FILE = '_headers';
export const NGINX_FILE = 'security-headers.conf';

const decode = (s: string): string =>
  s
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The content of a page's <meta http-equiv="content-security-policy">, or null. */
export function metaPolicy(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv="content-security-policy"/i.test(tag)) continue;
    const content = /\bcontent="([^"]*)"/i.exec(tag)?.[1];
    if (content !== undefined) return decode(content);
  }
  return null;
}

/** One policy for every page: each directive (in first-seen order) with the union of its sources across pages, sorted. */
export function unionPolicy(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies)
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  return [...merged].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

/** `_headers` for Netlify and Cloudflare Pages: security headers on every path, a year's cache on the hashed assets. */
export function headersFile(base: string, policy: string, editions: readonly string[]): string {
  const root = normaliseBase(base);
  const lines = [
    "# Written by the build (src/integrations/securityHeaders.ts): the pages' Content-Security-Policy as a header, with every page's hashes.",
    `${root}*`,
    `  Content-Security-Policy: ${policy}`,
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    // Cache-Control is set on two disjoint kinds of path: hosts join the values of one header matched twice.
    `${root}_astro/*`,
    `  Cache-Control: ${CACHE_IMMUTABLE}`,
    // Each edition's service worker by name: a splat inside a path is not read alike by every host.
    ...editions.flatMap((edition) => [`${root}${edition}/sw.js`, `  Cache-Control: ${CACHE_REVALIDATE}`]),
  ];
  return `${lines.join('\n')}\n`;
}

/** nginx `add_header` lines: included in each location of the server block in docs/deploying.md (add_header is not inherited once a location sets its own). */
export function nginxSnippet(policy: string): string {
  const quote = (v: string): string => `"${v.replace(/"/g, '\\"')}"`;
  const lines = [
    '# Written by the build (src/integrations/securityHeaders.ts); include it in each location (docs/deploying.md).',
    `add_header Content-Security-Policy ${quote(policy)} always;`,
    ...SECURITY_HEADERS.map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every built HTML page under `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

export function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'jinshui:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).map((file) => metaPolicy(readFileSync(file, 'utf8')));
        if (policies.some((p) => p === null)) throw new Error('security headers: a built page has no Content-Security-Policy meta tag');
        const policy = unionPolicy(policies as string[]);
        writeFileSync(join(root, HEADERS_FILE), headersFile(base, policy, builtEditions(root)));
        writeFileSync(join(root, NGINX_FILE), nginxSnippet(policy));
        logger.info(`${HEADERS_FILE} and ${NGINX_FILE}: the pages' policy as headers (${policies.length} pages)`);
      },
    },
  };
}
