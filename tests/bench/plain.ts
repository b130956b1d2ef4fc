/**
 * The control page: a chapter's own text with nothing else, measured in the same
 * run as the real pages so their figures can be read as ratios to "plain text"
 * on whatever machine and load the run gets. Built from the chapter's built HTML
 * by removing every script, every chart and every drawing; the head (inline
 * stylesheet, CSP) and all prose and step text stay as they are.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Site path of the control page inside the measured copy of dist/. */
export const PLAIN_PAGE = '/bench-plain/';

export function plainText(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    .replace(/<figure\b[^>]*\bdata-chart-root\b[^>]*>[\s\S]*?<\/figure>/g, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg>/g, '');
}

/** Writes the control page for `chapter` (a site path) into `site` and returns its site path. */
export function writePlainPage(site: string, chapter: string): string {
  const html = plainText(readFileSync(join(site, chapter, 'index.html'), 'utf8'));
  if (/<script\b|data-chart-root|<svg\b/.test(html)) throw new Error(`the plain copy of ${chapter} still has a script, chart or drawing`);
  mkdirSync(join(site, PLAIN_PAGE), { recursive: true });
  writeFileSync(join(site, PLAIN_PAGE, 'index.html'), html);
  return PLAIN_PAGE;
}
