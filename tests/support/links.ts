/**
 * A small link checker for the built site: every href and src in every HTML
 * page that points into the site (relative, root-relative, or absolute on the
 * site's own origin) must name a file that exists, and every #fragment must
 * name an id on its target page. Other origins are reported separately (the
 * site should link to none it loads from).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './page-bytes.ts';

export interface LinkReport {
  pages: number;
  links: number;
  broken: string[];
  external: string[];
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;
const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** The file a site path is served from, or null. */
function fileFor(dist: string, path: string): string | null {
  const direct = join(dist, decodeURIComponent(path));
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : null;
}

export function checkLinks(dist: string, siteOrigin: string): LinkReport {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const pages = builtPages(dist);
  const report: LinkReport = { pages: pages.length, links: 0, broken: [], external: [] };
  for (const page of pages) {
    const file = join(dist, page, 'index.html');
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(ATTR)) {
      const raw = decode(m[1]!);
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, `${siteOrigin}${page}`);
      if (url.origin !== siteOrigin) {
        report.external.push(`${page}: ${raw}`);
        continue;
      }
      report.links++;
      const target = fileFor(dist, url.pathname);
      if (!target) {
        report.broken.push(`${page}: ${raw} → no file for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        report.broken.push(`${page}: ${raw} → no id "${fragment}" on ${url.pathname}`);
    }
  }
  return report;
}

/** The site's origin as the build wrote it into canonical links (astro.config's `site`). */
export function siteOriginOf(dist: string): string {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  return canonical ? new URL(canonical).origin : 'http://localhost';
}
