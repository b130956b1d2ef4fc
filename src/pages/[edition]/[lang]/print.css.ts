/**
 * /<edition>/<lang>/print.css — print rules every page links (media="print", so it
 * never blocks the screen): A4 portrait, the edition's title and date and the
 * page number in the margins (Chromium's @page margin boxes), no chart cut across
 * a page break, no navigation or controls. A stylesheet, not a <style>, because the
 * running title is the edition's data and the CSP allows same-origin stylesheets.
 */
import type { APIRoute } from 'astro';
import { getEdition, type Lang } from '../../../data/index.ts';
import { editionLanguagePaths } from '../../../routes/chapters.ts';
import { strings } from '../../../i18n/index.ts';

export const getStaticPaths = () => editionLanguagePaths();

const cssString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

export function printCss(title: string, date: string, lang: Lang): string {
  const page = strings(lang).print.pageCounter;
  return `@page {
  size: A4 portrait;
  margin: 16mm 14mm 18mm;
  @top-left { content: ${cssString(title)}; font: 8pt system-ui, sans-serif; color: #4a5160; }
  @top-right { content: ${cssString(date)}; font: 8pt system-ui, sans-serif; color: #4a5160; }
  @bottom-center { content: ${page}; font: 8pt system-ui, sans-serif; color: #4a5160; }
}
@media print {
  .site-header, .site-nav, .skip-link, .chapter__nav, .reading-progress, .resume, .offline-note, .step__link, .deck__bar, button.deck__btn, .newer-banner { display: none !important; }
  .chart, .chart__svg, .handout-step, .figure-table tr { break-inside: avoid; }
  .scrolly__graphic { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  a { color: inherit; }
}
`;
}

export const GET: APIRoute = ({ params }) => {
  const edition = params['edition']!;
  const lang = params['lang'] as Lang;
  const { title, published } = getEdition(edition).edition;
  const name = `${title[lang]} · ${strings(lang).editionLabel(edition)}`;
  return new Response(printCss(name, published, lang), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
