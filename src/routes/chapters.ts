/** Chapter order and URLs, shared by chapter pages, navigation and the table of contents. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { editionIds, getEdition, latestEditionId, type Lang } from '../data/index.ts';
import { archivePath } from './urls.ts';
import { sitePath } from './sitePath.ts';
import { chapterKey } from '../model/chapterId.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** Reading order is the file name's NN- prefix within an edition and language. */
export function sortedChapters(chapters: Chapter[]): Chapter[] {
  return [...chapters].sort((a, b) => a.id.localeCompare(b.id));
}

export function chapterPath(entry: Chapter): string {
  const { edition, lang } = chapterKey(entry.id);
  return sitePath(`/${edition}/${lang}/${entry.data.slug}/`);
}

/** Every chapter of the editions this build publishes (a draft's stay out of a production build), in reading order. */
export async function publishedChapters(): Promise<Chapter[]> {
  const published = editionIds();
  return sortedChapters(await getCollection('chapters', (c) => published.includes(chapterKey(c.id).edition)));
}

/** A chapter's route: its edition and language, typed, with the chapters of the same edition and language among `chapters`. */
export function chapterRoute(entry: Chapter, chapters: readonly Chapter[]) {
  const { edition, lang } = chapterKey(entry.id);
  const sameEdition = chapters.filter((c) => chapterKey(c.id).edition === edition);
  const siblings = sameEdition.filter((c) => chapterKey(c.id).lang === lang);
  // The same chapter in every language of the edition: hreflang alternates and the language switcher.
  const alternates = Object.fromEntries(
    sameEdition.filter((c) => c.data.slug === entry.data.slug).map((c) => [chapterKey(c.id).lang, chapterPath(c)]),
  ) as Partial<Record<Lang, string>>;
  return { edition, lang: lang as Lang, siblings, alternates };
}

/** An edition's table of contents in a language: the site root for the newest edition's first language, else /<edition>/<lang>/ (under the base). */
export function homePath(edition: string, lang: Lang): string {
  return edition === latestEditionId() && getEdition(edition).edition.languages[0] === lang
    ? sitePath('/')
    : editionHomePath(edition, lang);
}

/** /<edition>/<lang>/ under the base: an edition's contents page in a language, never the site root. */
export function editionHomePath(edition: string, lang: Lang): string {
  return sitePath(`/${edition}/${lang}/`);
}

/** The archive of every edition in a language (/editions/ in the newest edition's first language). */
export function archivePathIn(lang: Lang): string {
  return archivePath(lang, getEdition(latestEditionId()).edition.languages[0]!);
}

/**
 * The routes of a page that exists once per published edition and language (its
 * contents, sources, data page…): params, and the page in every language of its
 * edition as `alternates` when `pathOf` gives its address.
 */
export function editionLanguagePaths(pathOf?: (edition: string, lang: Lang) => string) {
  return editionIds().flatMap((edition) => {
    const { languages } = getEdition(edition).edition;
    const alternates: Partial<Record<Lang, string>> = pathOf ? Object.fromEntries(languages.map((l) => [l, pathOf(edition, l)])) : {};
    return languages.map((lang) => ({ params: { edition, lang }, props: { alternates } }));
  });
}

/** The chapters of one edition in one language, in reading order. */
export async function chaptersOf(edition: string, lang: Lang): Promise<Chapter[]> {
  return sortedChapters(await getCollection('chapters', (c) => c.id.startsWith(`${edition}/${lang}/`)));
}
