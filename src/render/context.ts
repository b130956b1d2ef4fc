/**
 * MDX components (<Fig>, <Scrolly>, charts) need the edition and language of
 * the chapter they are in. The chapter page puts them in Astro.locals so
 * editors never have to pass them by hand.
 */
import type { Lang } from '../data/index.ts';

export interface ChapterContext {
  edition: string;
  lang: Lang;
  /** The chapter file, for error messages. */
  file: string;
}

export function chapterContext(locals: App.Locals): ChapterContext {
  // Outside a chapter (component tests, the home page) default to the primary edition language.
  return locals.chapter ?? { edition: '2022', lang: 'zh', file: '(no chapter)' };
}

/** Per-build counter for ids that must be unique on a page (tooltips, tables). */
let serial = 0;
export function uniqueId(prefix: string): string {
  serial += 1;
  return `${prefix}-${serial}`;
}
