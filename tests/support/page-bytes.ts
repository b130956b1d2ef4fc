/**
 * Bytes a page ships, read from dist/: the HTML, and every script, stylesheet
 * and font it pulls in (following JS imports), raw and gzipped. Shared by the
 * budget test and the benchmark so both count the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageBytes {
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
}

const sizeOf = (buf: Buffer): Bytes => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Every built HTML page, as a site path ("/2022/zh/prologue/"). */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') out.push('/' + path.slice(dist.length + 1, -'index.html'.length));
    }
  };
  walk(dist);
  return out.sort();
}

export function pageBytes(page: string, dist = 'dist'): PageBytes {
  const html = readFileSync(join(dist, page, 'index.html'));
  const text = html.toString('utf8');
  const assets = new Set<string>();
  for (const m of text.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css|woff2?))"/g)) assets.add(m[1]!);
  // Follow imports between JS chunks, static and dynamic (a chunk loaded after
  // the load event is still fetched on every visit): the browser fetches them all.
  const queue = [...assets].filter((a) => a.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop()!;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      const resolved = new URL(m[1]!, `http://x${file}`).pathname;
      if (!assets.has(resolved)) {
        assets.add(resolved);
        queue.push(resolved);
      }
    }
  }
  let css = ZERO,
    js = ZERO,
    fonts = ZERO;
  // Inline <script> and <style> count too.
  for (const m of text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) if (m[1]) js = add(js, sizeOf(Buffer.from(m[1])));
  for (const m of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) if (m[1]) css = add(css, sizeOf(Buffer.from(m[1])));
  for (const asset of assets) {
    const path = join(dist, asset);
    if (!existsSync(path)) continue;
    const bytes = sizeOf(readFileSync(path));
    if (asset.endsWith('.js')) js = add(js, bytes);
    else if (asset.endsWith('.css')) css = add(css, bytes);
    else fonts = add(fonts, bytes);
  }
  // Fonts referenced from CSS files.
  for (const asset of [...assets].filter((a) => a.endsWith('.css'))) {
    for (const m of readFileSync(join(dist, asset), 'utf8').matchAll(/url\((\/[^)]+\.woff2?)\)/g))
      fonts = add(fonts, sizeOf(readFileSync(join(dist, m[1]!))));
  }
  return { page, html: sizeOf(html), css, js, fonts };
}
