/** URLs of the classroom views, and the chapters that have them. Build-time only. */
import { getCollection } from 'astro:content';
import { chapterPath, sortedChapters, type Chapter } from '../content/chapters.ts';
import { storySteps } from '../content/steps.ts';
import { editionIds, type Lang } from '../data/index.ts';
import { sitePath } from '../paths.ts';

export const presentPath = (c: Chapter): string => `${chapterPath(c)}present/`;
export const handoutPath = (c: Chapter): string => `${chapterPath(c)}handout/`;
export { teachPath, dataPath, handoutAllPath, sourcesPath, printCssPath, editionFilePath, figureRowId, liveStepUrl } from './urls.ts';

/** A chapter with steps: the story chapters, which get a present view, a handout and teacher notes. */
export function hasSteps(c: Chapter): boolean {
  return storySteps(c.body ?? '').steps.length > 0;
}

/** Every chapter with steps, with its edition, language and siblings: the routes of present and handout views. */
export async function storyChapterPaths() {
  // Only the editions a build publishes (a draft's chapters stay out of a production build).
  const published = editionIds();
  const chapters = sortedChapters(await getCollection('chapters', (c) => published.includes(c.id.split('/')[0]!)));
  return chapters.filter(hasSteps).map((entry) => {
    const [edition, lang] = entry.id.split('/') as [string, Lang];
    const siblings = chapters.filter((c) => c.id.startsWith(`${edition}/${lang}/`) && hasSteps(c));
    // The same chapter in every language of the edition: hreflang alternates and the language switcher.
    const alternates = Object.fromEntries(
      chapters.filter((c) => c.id.startsWith(`${edition}/`) && c.data.slug === entry.data.slug).map((c) => [c.id.split('/')[1], chapterPath(c)]),
    ) as Partial<Record<Lang, string>>;
    return { params: { edition, lang, slug: entry.data.slug }, props: { entry, siblings, alternates } };
  });
}


/** A chapter's alternates (its reading page in each language) turned into one of its views: `present/`, `handout/`. */
export function viewAlternates(alternates: Partial<Record<Lang, string>>, view: string): Partial<Record<Lang, string>> {
  return Object.fromEntries(Object.entries(alternates).map(([l, path]) => [l, `${path}${view}`]));
}

/** An edition-wide page (teach/, data/, handout/) in every language of the edition. */
export function editionAlternates(edition: string, languages: readonly Lang[], page: string): Partial<Record<Lang, string>> {
  return Object.fromEntries(languages.map((l) => [l, sitePath(`/${edition}/${l}/${page}`)]));
}
