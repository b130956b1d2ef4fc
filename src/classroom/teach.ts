/**
 * Teacher notes and glossary, read from content/ and checked like chapters: every
 * story chapter of every language the edition lists has notes with 3–5 discussion
 * questions, each bound to the chapter's figures through <Fig>; the glossary holds
 * no statistics (its definitions are explanatory text, not source figures).
 * A gap stops the build with the file, the field and the fix. Build-time only.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import { z } from 'zod';
import { ContentError, getEdition, type Lang } from '../data/index.ts';
import { contentRoot } from '../data/load.ts';
import { bareNumbers, validateChapter } from '../content/validateChapter.ts';
import { chaptersOf, type Chapter } from '../content/chapters.ts';
import { hasSteps } from './paths.ts';

export type TeachEntry = CollectionEntry<'teach'>;

export { MIN_QUESTIONS, MAX_QUESTIONS, questionsOf, notesFileFor, checkNotes } from './teachRules.ts';
import { checkNotes } from './teachRules.ts';

/** The story chapters of an edition and language with their teacher notes, checked. */
export async function teacherNotes(edition: string, lang: Lang): Promise<{ chapter: Chapter; note: TeachEntry }[]> {
  const chapters = (await chaptersOf(edition, lang)).filter(hasSteps);
  const notes = await getCollection('teach', (n) => n.id.startsWith(`${edition}/${lang}/teach/`));
  checkNotes(chapters, notes);
  const { figures } = getEdition(edition);
  // The list numbers of the questions are not statistics: blank them (keeping columns) before the number check.
  for (const note of notes) validateChapter((note.body ?? '').replace(/^(\s*)(\d+)\.(?=\s)/gm, (_, sp: string, n: string) => `${sp}${' '.repeat(n.length)} `), note.filePath ?? note.id, figures, lang);
  return chapters.map((chapter) => ({ chapter, note: notes.find((n) => n.data.chapter === chapter.data.slug)! }));
}

const GlossaryFile = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        /** The term as students meet it in the chapter. */
        term: z.string().min(1),
        /** Slugs of the chapters whose handouts list it. */
        chapters: z.array(z.string()).min(1),
        /** A short, general definition: explanatory text, not a figure from the source. */
        definition: z.string().min(1),
      }),
    )
    .min(1),
});
export type GlossaryTerm = z.infer<typeof GlossaryFile>['terms'][number];

/** The glossary of an edition and language: content/editions/<edition>/<lang>/teach/glossary.yaml. */
export function glossary(edition: string, lang: Lang, chapterSlugs: readonly string[]): GlossaryTerm[] {
  const rel = `content/editions/${edition}/${lang}/teach/glossary.yaml`;
  const path = join(contentRoot(), 'editions', edition, lang, 'teach', 'glossary.yaml');
  if (!existsSync(path))
    throw new ContentError(rel, '(file)', `the edition lists the language "${lang}" but has no glossary for it`, `add ${rel} with "terms:", each with term, chapters and definition`);
  const parsed = GlossaryFile.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(rel, issue.path.join('.') || '(file)', issue.message, 'each term needs term, chapters (chapter slugs) and definition');
  }
  for (const [i, t] of parsed.data.terms.entries()) {
    const unknown = t.chapters.find((c) => !chapterSlugs.includes(c));
    if (unknown) throw new ContentError(rel, `terms.${i}.chapters`, `"${t.term}" names an unknown chapter "${unknown}"`, `use one of: ${chapterSlugs.join(', ')}`);
    const bare = bareNumbers(t.definition);
    if (bare.length)
      throw new ContentError(rel, `terms.${i}.definition`, `"${t.term}" has a number in its definition (${bare.map((b) => b.text).join(', ')})`, 'a definition is general explanatory text: write it without statistics, which belong in the data files');
  }
  return parsed.data.terms;
}

/** Notes and glossary for every language an edition lists: what the teacher page and the handouts show. */
export async function classroomNotes(edition: string, lang: Lang) {
  const notes = await teacherNotes(edition, lang);
  // A language with no story chapters yet needs no glossary either.
  const terms = notes.length === 0 ? [] : glossary(edition, lang, notes.map((n) => n.chapter.data.slug));
  return { notes, terms };
}
