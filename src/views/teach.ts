/**
 * Teacher notes and glossary, read from content/ for the classroom views. Their
 * rules (src/rules/teach.ts: 3–5 questions bound to the chapter's figures, a
 * glossary without statistics) run before any page renders, with the other
 * content checks (src/integrations/contentChecks.ts). Build-time only.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { getEdition, type Lang } from '../data/index.ts';
import { SOURCE_LANG } from '../model/schema.ts';
import { contentRoot } from '../data/load.ts';
import { assertNoProblems } from '../model/errors.ts';
import { chaptersOf, type Chapter } from '../routes/chapters.ts';
import { hasSteps } from '../routes/views.ts';

export type TeachEntry = CollectionEntry<'teach'>;

import { glossaryContext, glossaryProblems, type GlossaryTerm } from '../rules/teach.ts';

/** The story chapters of an edition and language with their teacher notes (checked before the build renders). */
export async function teacherNotes(edition: string, lang: Lang): Promise<{ chapter: Chapter; note: TeachEntry }[]> {
  const chapters = (await chaptersOf(edition, lang)).filter(hasSteps);
  const notes = await getCollection('teach', (n) => n.id.startsWith(`${edition}/${lang}/teach/`));
  return chapters.map((chapter) => ({ chapter, note: notes.find((n) => n.data.chapter === chapter.data.slug)! }));
}

export type { GlossaryTerm } from '../rules/teach.ts';

/** The glossary of an edition and language: content/editions/<edition>/<lang>/teach/glossary.yaml. */
/**
 * Glossaries already checked: every handout page asks for one. Keyed by what the check reads (the
 * file and the chapters), so an edit in the dev server is checked again.
 */
const glossaries = new Map<string, GlossaryTerm[]>();

export function glossary(edition: string, lang: Lang, chapters: readonly { slug: string; body: string }[]): GlossaryTerm[] {
  const path = (l: Lang) => join(contentRoot(), 'editions', edition, l, 'teach', 'glossary.yaml');
  const read = (l: Lang) => (existsSync(path(l)) ? readFileSync(path(l), 'utf8') : null);
  const key = [edition, lang, read(lang), read(SOURCE_LANG), ...chapters.map((c) => c.body)].join('\u0000');
  const known = glossaries.get(key);
  if (known) return known;
  const { figures, sourceText } = getEdition(edition);
  // A translation is checked against the source-language glossary's terms (parsed only, not checked again here).
  const original =
    lang === SOURCE_LANG
      ? undefined
      : glossaryProblems(
          read(SOURCE_LANG),
          '',
          SOURCE_LANG,
          chapters.map((c) => c.slug),
        ).terms;
  const context = glossaryContext(chapters, lang, figures, sourceText, original);
  const { terms, problems } = glossaryProblems(
    read(lang),
    `content/editions/${edition}/${lang}/teach/glossary.yaml`,
    lang,
    chapters.map((c) => c.slug),
    context,
  );
  assertNoProblems(problems);
  glossaries.set(key, terms);
  return terms;
}

/** Notes and glossary for every language an edition lists: what the teacher page and the handouts show. */
export async function classroomNotes(edition: string, lang: Lang) {
  const notes = await teacherNotes(edition, lang);
  // A language with no story chapters yet needs no glossary either.
  const terms =
    notes.length === 0
      ? []
      : glossary(
          edition,
          lang,
          notes.map((n) => ({ slug: n.chapter.data.slug, body: n.chapter.body ?? '' })),
        );
  return { notes, terms };
}
