/**
 * Interface text in English. Same shape as zh.ts (typed as Strings): a key
 * missing here, or one zh.ts does not have, fails `astro check`. Written for a
 * reader with no Chinese; proper names follow src/i18n/glossary.ts.
 */
import type { Strings } from './zh.ts';

export const en: Strings = {
  htmlLang: 'en',
  languageName: 'English',
  switchTo: 'Read this page in English',
  skipLink: 'Skip to content',
  editionLabel: (edition: string) => `${edition} edition`,
  pageTitle: (page: string, site: string) => `${page} | ${site}`,
  chapterTitle: (kicker: string, title: string) => `${kicker}: ${title}`,
  draft: {
    banner: (edition: string) => `Draft: the ${edition} edition is not published, and some of its figures are not yet confirmed against its new source. Only the local preview (npm run dev) shows drafts; the production build leaves this edition out.`,
  },
  footer: {
    credit: (publisher: string, title: string, year: string, byline: string) => `Every figure and fact on this site comes from “${title}”, ${publisher} (${year}), ${byline}.`,
    vintage: (vintage: string, published: string) => `Data as of the ${vintage} report; this edition was published on ${published}.`,
  },
  reading: {
    settings: 'Reading settings',
    textSize: 'Text size',
    textSizeStandard: 'Standard',
    textSizeLarge: 'Large',
    textSizeExtraLarge: 'Extra large',
    highContrast: 'High contrast',
    readChapter: 'Read this chapter aloud',
    readStep: 'Read this step aloud',
    stopReading: 'Stop reading',
  },
  nav: {
    chapters: 'Chapters',
    position: (n: number, of: number) => `${n} of ${of}`,
    sources: 'Data and sources',
    pager: 'Previous and next chapter',
    prev: 'Previous: ',
    next: 'Next: ',
  },
  fig: {
    derived: 'Derived: ',
    source: (publisher: string) => `Source (${publisher}): `,
  },
  step: {
    copyLink: 'Copy a link to this step',
    linkCopied: 'Link copied',
  },
  resume: {
    region: 'Continue reading',
    youWereReading: 'You were reading: ',
    go: 'Continue',
    restart: 'Start over',
  },
  chart: {
    source: 'Source: ',
    sourceName: (publisher: string, title: string, year: string) => `“${title}”, ${publisher} (${year})`,
    derivedNote: '. Values marked * are derived; the table shows how.',
    details: 'Text description and data table',
    join: ' ',
  },
  table: {
    head: ['Measure', 'Period', 'Value', 'Where it comes from'],
    derived: 'Derived: ',
  },
  sources: {
    title: 'Data and sources',
    description: 'Every number on this site and the sentence of the source that states it',
    kicker: 'Appendix',
    deck: (total: number, derived: number) =>
      `This edition holds ${total} figures; ${derived} are derived (marked *), and every other one is quoted word for word from the source, in Chinese.`,
    theSource: 'The source',
    cite: (publisher: string, title: string, year: string, byline: string) => `“${title}”, ${publisher} (${year}), by ${byline}.`,
    downloadText: 'Download the full source text (TXT, in Chinese)',
    downloadCsv: 'Download all figures (CSV, Chinese and English labels)',
    downloadJson: 'Download all figures (JSON, Chinese and English labels)',
    groups: { prologue: 'Prologue: A decade', economy: 'Chapter 1: The economy', governance: 'Chapter 2: Governance', livelihood: "Chapter 3: People's livelihood" },
    derivedGroup: (name: string) => `${name} (derived)`,
  },
  home: {
    contents: 'Contents',
    editions: 'Editions',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is nothing at this address. ',
    home: 'Back to the contents',
    or: ', or start reading at the ',
    start: 'prologue',
    end: '.',
  },
  showOriginal: true,
  originalOpen: ' (',
  originalClose: ')',
  charts: {
    'gdp-doubling': { title: "Jinshui's GDP (billion yuan)", moreThan: '▲ “over” in the source: the true value is higher', doubled: 'Doubled' },
    'share-of-zhengzhou': { title: (period: string) => `Jinshui's share of Zhengzhou (${period})` },
    'economy-scale': { title: "The size of Jinshui's economy" },
    'building-economy': { title: "Jinshui's building economy" },
    'rank-climb': { title: "Jinshui's rank among China's top 100 districts" },
    'tech-transactions': { title: (start: string, current: string) => `Technology transactions: from ${start} to ${current}` },
    'innovation-multipliers': {
      title: 'Research centres and tech enterprises: derived start* and count grown to',
    },
    'city-brain-records': { title: 'Records collected for the “Digital Jinshui” City Brain' },
    'grid-hierarchy': { title: "Jinshui's grassroots governance grids and the people in them" },
    'jobs-income': { title: 'New jobs and urban disposable income', growth: 'Growth' },
    'elderly-childcare': { title: 'Care for the old and the very young' },
    education: { title: 'Schools close to home: investment, classes, after-school care' },
  },
};
