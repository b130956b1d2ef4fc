/** URLs of the classroom views, and the chapters that have them. Build-time only. */
import { getCollection } from 'astro:content';
import { chapterPath, sortedChapters, type Chapter } from '../content/chapters.ts';
import { storySteps } from '../content/steps.ts';
import type { Lang } from '../data/index.ts';

export const presentPath = (c: Chapter): string => `${chapterPath(c)}present/`;
export const handoutPath = (c: Chapter): string => `${chapterPath(c)}handout/`;
export { teachPath, dataPath, handoutAllPath, figureRowId, liveStepUrl } from './urls.ts';

/** A chapter with steps: the story chapters, which get a present view, a handout and teacher notes. */
export function hasSteps(c: Chapter): boolean {
  return storySteps(c.body ?? '').steps.length > 0;
}

/** Every chapter with steps, with its edition, language and siblings: the routes of present and handout views. */
export async function storyChapterPaths() {
  const chapters = sortedChapters(await getCollection('chapters'));
  return chapters.filter(hasSteps).map((entry) => {
    const [edition, lang] = entry.id.split('/') as [string, Lang];
    const siblings = chapters.filter((c) => c.id.startsWith(`${edition}/${lang}/`) && hasSteps(c));
    return { params: { edition, lang, slug: entry.data.slug }, props: { entry, siblings } };
  });
}

