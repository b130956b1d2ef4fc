/**
 * The share images' routes mirror the chapter pages': one og.png and one poster.png
 * per published chapter and language, beside the page. The chapter checks (unknown
 * headline ids included) have run before any page renders (src/integrations/contentChecks.ts).
 */
import { chapterPath, chapterRoute, publishedChapters } from '../../routes/chapters.ts';
import type { ChapterFacts } from './chapterCard.ts';

export interface ShareProps {
  readonly facts: ChapterFacts;
  /** The chapter page's site path, e.g. /2022/zh/economy/. */
  readonly path: string;
}

export async function shareStaticPaths(): Promise<{ params: { edition: string; lang: string; slug: string }; props: ShareProps }[]> {
  const chapters = await publishedChapters();
  return chapters.map((entry) => {
    const { edition, lang } = chapterRoute(entry, chapters);
    const facts: ChapterFacts = { edition, lang, kicker: entry.data.kicker, title: entry.data.title, headline: entry.data.headline };
    return { params: { edition, lang, slug: entry.data.slug }, props: { facts, path: chapterPath(entry) } };
  });
}
