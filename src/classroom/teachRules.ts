/** The rules teacher notes must meet, as pure functions (the build and the unit tests share them). */
import type { CollectionEntry } from 'astro:content';
import type { Chapter } from '../content/chapters.ts';
import { ContentError } from '../data/errors.ts';

type TeachEntry = CollectionEntry<'teach'>;

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;

/** The numbered list items of a notes file: its discussion questions. */
export function questionsOf(body: string): string[] {
  return body.split('\n').filter((line) => /^\s*\d+\.\s/.test(line));
}

/** Where a chapter's notes belong: content/editions/<edition>/<lang>/teach/<same file name as the chapter>.mdx */
export function notesFileFor(chapter: Chapter): string {
  const [edition, lang, name] = chapter.id.split('/');
  return `content/editions/${edition}/${lang}/teach/${name}.mdx`;
}

/**
 * Checks one language's notes against its story chapters (pure, for tests):
 * a missing or stray notes file, or a wrong number of questions, or a question
 * without a figure, is a ContentError.
 */
export function checkNotes(chapters: readonly Chapter[], notes: readonly Pick<TeachEntry, 'id' | 'data' | 'body' | 'filePath'>[]): void {
  const slugs = new Set(chapters.map((c) => c.data.slug));
  for (const note of notes) {
    if (!slugs.has(note.data.chapter))
      throw new ContentError(note.filePath ?? note.id, 'chapter', `no story chapter has the slug "${note.data.chapter}"`, `use one of: ${[...slugs].join(', ')}`);
  }
  for (const chapter of chapters) {
    const note = notes.find((n) => n.data.chapter === chapter.data.slug);
    if (!note)
      throw new ContentError(
        notesFileFor(chapter),
        'chapter',
        `chapter "${chapter.data.slug}" (${chapter.filePath ?? chapter.id}) has no teacher notes`,
        `add ${notesFileFor(chapter)} with frontmatter "chapter: ${chapter.data.slug}" and ${MIN_QUESTIONS}–${MAX_QUESTIONS} numbered discussion questions, each binding a figure with <Fig id="…"/>`,
      );
    const questions = questionsOf(note.body ?? '');
    const file = note.filePath ?? note.id;
    if (questions.length < MIN_QUESTIONS || questions.length > MAX_QUESTIONS)
      throw new ContentError(file, 'questions', `${questions.length} discussion question(s)`, `write ${MIN_QUESTIONS}–${MAX_QUESTIONS} questions as a numbered list (1. … 2. …)`);
    const bare = questions.findIndex((q) => !q.includes('<Fig '));
    if (bare >= 0) throw new ContentError(file, `question ${bare + 1}`, 'a question that binds no figure', 'ground each question in the chapter: bind at least one figure with <Fig id="…"/>');
  }
}

