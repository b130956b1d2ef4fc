/** URLs of the classroom views, and the chapters that have them. Build-time only. */
import { chapterPath, chapterRoute, publishedChapters, type Chapter } from './chapters.ts';
import { storySteps } from '../model/steps.ts';
import type { Lang } from '../data/index.ts';
import { sitePath } from './sitePath.ts';

export const presentPath = (c: Chapter): string => `${chapterPath(c)}present/`;
export const handoutPath = (c: Chapter): string => `${chapterPath(c)}handout/`;
export { teachPath, dataPath, handoutAllPath, sourcesPath, printCssPath, editionFilePath, figureRowId, liveStepUrl } from './urls.ts';

/** A chapter with steps: the story chapters, which get a present view, a handout and teacher notes. */
export function hasSteps(c: Chapter): boolean {
  return storySteps(c.body ?? '').steps.length > 0;
}

/** Every chapter with steps, with its edition, language and siblings: the routes of present and handout views. */
export async function storyChapterPaths() {
  const chapters = await publishedChapters();
  return chapters.filter(hasSteps).map((entry) => {
    const { edition, lang, siblings, alternates } = chapterRoute(entry, chapters.filter(hasSteps));
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
