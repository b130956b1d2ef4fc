/**
 * The built share images (dist/, from `npm run build`): an Open Graph image
 * (1200×630) and a poster (1080×1440) beside every chapter page in every
 * language; each page names its image by absolute URL with its size; each
 * poster's QR code opens exactly that page's canonical address; and the fonts
 * that drew them stayed at build time (no font file in dist/, no page asks for one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const CONTENT = 'content/editions';

/** Every published chapter × language, from the content (not from dist/, so a missing page is noticed). */
function chapters(): { edition: string; lang: string; slug: string }[] {
  return readdirSync(CONTENT).flatMap((edition) => {
    const meta = parse(readFileSync(join(CONTENT, edition, 'edition.yaml'), 'utf8')) as { languages: string[]; draft?: boolean };
    if (meta.draft) return [];
    return meta.languages.flatMap((lang) =>
      readdirSync(join(CONTENT, edition, lang))
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => ({
          edition,
          lang,
          slug: (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, edition, lang, n), 'utf8'))![1]!) as { slug: string }).slug,
        })),
    );
  });
}

const png = (file: string): PNG => PNG.sync.read(readFileSync(file));
const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');
const canonical = (html: string): string => /<link rel="canonical" href="([^"]*)"/.exec(html)![1]!;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('share images in the built site', () => {
  const all = chapters();

  it('there are chapters in both languages', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((c) => c.lang))).toEqual(new Set(['zh', 'en']));
  });

  it.each(all)('$edition/$lang/$slug: og.png is 1200×630 and poster.png 1080×1440', ({ edition, lang, slug }) => {
    const dir = join(DIST, edition, lang, slug);
    for (const name of ['og.png', 'poster.png']) expect(existsSync(join(dir, name)), `${dir}/${name}`).toBe(true);
    const og = png(join(dir, 'og.png'));
    expect([og.width, og.height]).toEqual([1200, 630]);
    const poster = png(join(dir, 'poster.png'));
    expect([poster.width, poster.height]).toEqual([1080, 1440]);
  });

  it.each(all)(
    '$edition/$lang/$slug: the page names its og.png by absolute URL, with its size, as a large card',
    ({ edition, lang, slug }) => {
      const html = readFileSync(join(DIST, edition, lang, slug, 'index.html'), 'utf8');
      const page = canonical(html);
      expect(page).toMatch(/^https?:\/\//);
      expect(meta(html, 'og:image')).toBe(new URL('og.png', page).href);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')?.length).toBeGreaterThan(5);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      // The share link opens the poster beside the page.
      expect(html).toMatch(new RegExp(`<a href="/${edition}/${lang}/${slug}/poster\\.png"[^>]*>[^<]+</a>`));
    },
  );

  it.each(all)("$edition/$lang/$slug: the poster's QR code opens the page's canonical address", ({ edition, lang, slug }) => {
    const html = readFileSync(join(DIST, edition, lang, slug, 'index.html'), 'utf8');
    const poster = png(join(DIST, edition, lang, slug, 'poster.png'));
    const code = jsQR(new Uint8ClampedArray(poster.data), poster.width, poster.height, { inversionAttempts: 'dontInvert' });
    expect(code?.data).toBe(canonical(html));
  });

  it('pages without a share image keep the small card', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(meta(html, 'og:image')).toBeUndefined();
    expect(meta(html, 'twitter:card')).toBe('summary');
  });

  it('no font reaches dist/: no font file, and no page or stylesheet asks for one', () => {
    const files = walk(DIST);
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f)).map((f) => relative(DIST, f))).toEqual([]);
    const text = files.filter((f) => /\.(html|css|js|json|webmanifest)$/.test(f));
    expect(text.length).toBeGreaterThan(10);
    const asking = text
      .filter((f) => /@font-face|\.woff2?\b|\.ttf\b|\.otf\b|fonts\.googleapis/i.test(readFileSync(f, 'utf8')))
      .map((f) => relative(DIST, f));
    expect(asking).toEqual([]);
  });
});
