/** Chapter order and URLs, shared by the chapter pages and the table of contents. */
import type { CollectionEntry } from 'astro:content';

type Chapter = CollectionEntry<'chapters'>;

/** Reading order is the file name's NN- prefix within an edition and language. */
export function sortedChapters(chapters: Chapter[]): Chapter[] {
  return [...chapters].sort((a, b) => a.id.localeCompare(b.id));
}

export function chapterPath(entry: Chapter): string {
  const [edition, lang] = entry.id.split('/');
  return `/${edition}/${lang}/${entry.data.slug}/`;
}
