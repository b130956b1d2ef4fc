/**
 * An Astro integration that writes sitemap.xml and robots.txt after the build,
 * from the pages themselves: every built index.html gives its canonical URL and
 * its hreflang alternates (BaseLayout writes both). So the sitemap lists exactly
 * what was published — every edition and language, no drafts — and never a page
 * the build did not make; no second list of routes is kept.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface SitemapPage {
  readonly loc: string;
  /** hreflang → absolute URL (x-default included). */
  readonly alternates: ReadonlyMap<string, string>;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A page's canonical URL and alternates, read from its <head>; null for a page without a canonical link. */
export function sitemapEntry(html: string): SitemapPage | null {
  const head = html.slice(0, html.indexOf('</head>') >>> 0);
  const links = head.match(/<link\b[^>]*>/g) ?? [];
  const canonical = links.find((l) => attr(l, 'rel') === 'canonical');
  const loc = canonical && attr(canonical, 'href');
  if (!loc) return null;
  const alternates = new Map<string, string>();
  for (const l of links) {
    const lang = attr(l, 'hreflang');
    const href = attr(l, 'href');
    if (attr(l, 'rel') === 'alternate' && lang && href) alternates.set(lang, href);
  }
  return { loc, alternates };
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = [...pages]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map((p) => {
      const alts = [...p.alternates]
        .map(([lang, href]) => `\n    <xhtml:link rel="alternate" hreflang="${xml(lang)}" href="${xml(href)}"/>`)
        .join('');
      return `  <url>\n    <loc>${xml(p.loc)}</loc>${alts}\n  </url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `# Everything here is public: the report, its data and its source.\nUser-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

function indexPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') out.push(path);
    }
  };
  walk(dir);
  return out;
}

export function sitemapIntegration(): AstroIntegration {
  let site = '';
  return {
    name: 'jinshui:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.base ?? '/', config.site ?? 'http://127.0.0.1:4321').href;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = indexPages(root).flatMap((file) => sitemapEntry(readFileSync(file, 'utf8')) ?? []);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(pages));
        writeFileSync(join(root, 'robots.txt'), robotsTxt(new URL('sitemap.xml', site).href));
      },
    },
  };
}
