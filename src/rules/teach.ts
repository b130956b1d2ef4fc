/**
 * The rules teacher notes and glossaries must meet, as pure functions over
 * their text. teachProblems() reads the files and runs them; the build (before
 * any page renders) and `npm run validate` both call it, through src/validate/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ContentError } from '../model/errors.ts';
import { SOURCE_LANG, type Lang } from '../model/schema.ts';
import { storySteps } from '../model/steps.ts';
import { chapterKey } from '../model/chapterId.ts';
import { normaliseQuoted } from './claims.ts';
import { bareNumbers, chapterProblems, readerText, type ChartCatalog, type FigurePeriods } from './chapter.ts';

export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;

/** A story chapter as the rules need it (a content-collection entry is one). */
export interface StoryChapterLike {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: { readonly slug: string };
}
/** A teacher-notes file as the rules need it (a content-collection entry is one). */
export interface NoteLike {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly body?: string | undefined;
  readonly data: { readonly chapter: string };
}

/** The numbered list items of a notes file: its discussion questions. */
export function questionsOf(body: string): string[] {
  return body.split('\n').filter((line) => /^\s*\d+\.\s/.test(line));
}

/** Where a chapter's notes belong: <edition>/<lang>/teach/<same file name as the chapter>.mdx */
export function notesFileFor(chapter: StoryChapterLike): string {
  if (chapter.filePath) return join(dirname(chapter.filePath), 'teach', basename(chapter.filePath));
  const { edition, lang, name } = chapterKey(chapter.id);
  return `content/editions/${edition}/${lang}/teach/${name}.mdx`;
}

/** The question numbers are not statistics: blank them (keeping columns) before the number check. */
export function notesBodyForFigureCheck(body: string): string {
  return body.replace(/^(\s*)(\d+)\.(?=\s)/gm, (_, sp: string, n: string) => `${sp}${' '.repeat(n.length)} `);
}

/**
 * Every problem with one language's notes against its story chapters: a missing
 * or stray notes file, a wrong number of questions, a question without a figure.
 */
export function notesProblems(chapters: readonly StoryChapterLike[], notes: readonly NoteLike[]): ContentError[] {
  const problems: ContentError[] = [];
  const slugs = new Set(chapters.map((c) => c.data.slug));
  for (const note of notes) {
    if (!slugs.has(note.data.chapter))
      problems.push(
        new ContentError(
          note.filePath ?? note.id,
          'chapter',
          `no story chapter has the slug "${note.data.chapter}"`,
          `use one of: ${[...slugs].join(', ')}`,
        ),
      );
  }
  for (const chapter of chapters) {
    const note = notes.find((n) => n.data.chapter === chapter.data.slug);
    if (!note) {
      problems.push(
        new ContentError(
          notesFileFor(chapter),
          'chapter',
          `chapter "${chapter.data.slug}" (${chapter.filePath ?? chapter.id}) has no teacher notes`,
          `add ${notesFileFor(chapter)} with frontmatter "chapter: ${chapter.data.slug}" and ${MIN_QUESTIONS}–${MAX_QUESTIONS} numbered discussion questions, each binding a figure with <Fig id="…"/>`,
        ),
      );
      continue;
    }
    const questions = questionsOf(note.body ?? '');
    const file = note.filePath ?? note.id;
    if (questions.length < MIN_QUESTIONS || questions.length > MAX_QUESTIONS)
      problems.push(
        new ContentError(
          file,
          'questions',
          `${questions.length} discussion question(s)`,
          `write ${MIN_QUESTIONS}–${MAX_QUESTIONS} questions as a numbered list (1. … 2. …)`,
        ),
      );
    const bare = questions.findIndex((q) => !q.includes('<Fig '));
    if (bare >= 0)
      problems.push(
        new ContentError(
          file,
          `question ${bare + 1}`,
          'a question that binds no figure',
          'ground each question in the chapter: bind at least one figure with <Fig id="…"/>',
        ),
      );
  }
  return problems;
}

/** The first problem, thrown (the build stops on it); see notesProblems. */
export function checkNotes(chapters: readonly StoryChapterLike[], notes: readonly NoteLike[]): void {
  const [first] = notesProblems(chapters, notes);
  if (first) throw first;
}

export const GlossaryFile = z.strictObject({
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

/**
 * What a glossary term is checked against: the text a reader sees in each story chapter (by slug), the
 * source, and, for a translated glossary, the source-language glossary (its terms in the same order).
 */
export interface GlossaryContext {
  readonly chapterText: ReadonlyMap<string, string>;
  readonly source: string;
  readonly original?: readonly GlossaryTerm[];
}

/** A term without its gloss: 地区生产总值（GDP） → 地区生产总值, "Gross domestic product (GDP)" → "gross domestic product". */
const termCore = (term: string): string => plain(term.replace(/（[^）]*）|\s*\([^)]*\)/g, '').trim());
/** Text compared for a term: lower case, quotation marks dropped (the source writes “四上”企业). */
const plain = (text: string): string => text.replace(/[“”‘’]/g, '').toLowerCase();

/**
 * A handout shows a chapter's glossary terms: each must be a word the reader meets, in that chapter or
 * in the source. A translated term counts as met in the source when its original (same position in the
 * source-language glossary) is there. A term from nowhere teaches a subject the story never raises.
 */
function presenceProblems(terms: readonly GlossaryTerm[], file: string, context: GlossaryContext): ContentError[] {
  const source = plain(normaliseQuoted(context.source));
  // A translated glossary keeps the original's terms in step, term for term: that is how a term finds its original.
  if (context.original && context.original.length !== terms.length)
    return [
      new ContentError(
        file,
        'terms',
        `${terms.length} terms, but the ${SOURCE_LANG} glossary has ${context.original.length}`,
        `translate the ${SOURCE_LANG} glossary term for term, in its order`,
      ),
    ];
  return terms.flatMap((t, i) => {
    const core = termCore(t.term);
    const stem = core.replace(/s$/, '');
    const original = context.original?.[i];
    const inSource = source.includes(core) || (original !== undefined && source.includes(termCore(original.term)));
    const missing = t.chapters.filter((slug) => !inSource && !plain(context.chapterText.get(slug) ?? '').includes(stem));
    return missing.length
      ? [
          new ContentError(
            file,
            `terms.${i}.chapters`,
            `"${t.term}" is on the ${missing.join(', ')} handout but appears in neither ${missing.length > 1 ? 'those chapters' : 'that chapter'} nor the source`,
            "use the word the chapter or the source uses, or take the chapter off the term's chapters list",
          ),
        ]
      : [];
  });
}

/** The context a glossary is checked in: what a reader sees of each story chapter, the source, and for a translation the source-language glossary's terms. */
export function glossaryContext(
  chapters: readonly { slug: string; body: string }[],
  lang: Lang,
  figures: FigurePeriods,
  source: string,
  original?: readonly GlossaryTerm[],
): GlossaryContext {
  const chapterText = new Map(chapters.map((c) => [c.slug, readerText(c.body, figures, lang)]));
  return lang === SOURCE_LANG || !original ? { chapterText, source } : { chapterText, source, original };
}

/** A glossary file's terms and every problem with it (`text` null: the file is missing). */
export function glossaryProblems(
  text: string | null,
  file: string,
  lang: string,
  chapterSlugs: readonly string[],
  context?: GlossaryContext,
): { terms: GlossaryTerm[]; problems: ContentError[] } {
  if (text === null)
    return {
      terms: [],
      problems: [
        new ContentError(
          file,
          '(file)',
          `the edition lists the language "${lang}" but has no glossary for it`,
          `add ${file} with "terms:", each with term, chapters and definition`,
        ),
      ],
    };
  let raw: unknown;
  try {
    raw = parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      terms: [],
      problems: [new ContentError(file, '(file)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`, 'fix the YAML syntax')],
    };
  }
  const parsed = GlossaryFile.safeParse(raw);
  if (!parsed.success)
    return {
      terms: [],
      problems: parsed.error.issues.map(
        (issue) =>
          new ContentError(
            file,
            issue.path.join('.') || '(file)',
            issue.message,
            'each term needs term, chapters (chapter slugs) and definition',
          ),
      ),
    };
  const problems: ContentError[] = [];
  for (const [i, t] of parsed.data.terms.entries()) {
    const unknown = t.chapters.find((c) => !chapterSlugs.includes(c));
    if (unknown)
      problems.push(
        new ContentError(
          file,
          `terms.${i}.chapters`,
          `"${t.term}" names an unknown chapter "${unknown}"`,
          `use one of: ${chapterSlugs.join(', ')}`,
        ),
      );
    const bare = bareNumbers(t.definition);
    if (bare.length)
      problems.push(
        new ContentError(
          file,
          `terms.${i}.definition`,
          `"${t.term}" has a number in its definition (${bare.map((b) => b.text).join(', ')})`,
          'a definition is general explanatory text: write it without statistics, which belong in the data files',
        ),
      );
  }
  if (context) problems.push(...presenceProblems(parsed.data.terms, file, context));
  return { terms: parsed.data.terms, problems };
}

const frontmatterOf = (text: string): Record<string, unknown> => {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.replace(/^\uFEFF/, ''));
  try {
    return ((front && parse(front[1]!)) as Record<string, unknown> | null) ?? {};
  } catch {
    return {}; // a broken frontmatter is reported by the chapter checks
  }
};

/**
 * Every problem with an edition's teacher notes and glossaries, read from disk
 * (what `npm run validate` runs; the build runs the same rules on its collections).
 */
export function teachProblems(
  root: string,
  id: string,
  languages: readonly Lang[],
  figures: FigurePeriods,
  source: string,
  charts: ChartCatalog,
): ContentError[] {
  const rel = (path: string): string => {
    const r = relative(process.cwd(), path);
    return r && !r.startsWith('..') ? r : path;
  };
  const problems: ContentError[] = [];
  /** The source-language glossary's terms, once read: translations are checked against them. */
  let originalTerms: GlossaryTerm[] | undefined;
  for (const lang of languages) {
    const dir = join(root, 'editions', id, lang);
    if (!existsSync(dir)) continue; // a listed language without chapters is a chapter problem
    const chapters: (StoryChapterLike & { body: string })[] = readdirSync(dir)
      .filter((name) => /^\d{2}-[a-z0-9-]+\.mdx$/.test(name))
      .sort()
      .flatMap((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        const slug = frontmatterOf(text)['slug'];
        return typeof slug === 'string' && storySteps(text).steps.length > 0
          ? [{ id: `${id}/${lang}/${name.replace(/\.mdx$/, '')}`, filePath: rel(join(dir, name)), data: { slug }, body: text }]
          : [];
      });
    if (!chapters.length) continue;
    const teachDir = join(dir, 'teach');
    const notes: NoteLike[] = (existsSync(teachDir) ? readdirSync(teachDir) : [])
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(teachDir, name), 'utf8');
        const chapter = frontmatterOf(text)['chapter'];
        return {
          id: `${id}/${lang}/teach/${name}`,
          filePath: rel(join(teachDir, name)),
          body: text.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, ''),
          data: { chapter: typeof chapter === 'string' ? chapter : '' },
        };
      });
    problems.push(...notesProblems(chapters, notes));
    for (const note of notes)
      problems.push(...chapterProblems(notesBodyForFigureCheck(note.body ?? ''), note.filePath!, figures, lang, source, charts));
    const glossaryPath = join(teachDir, 'glossary.yaml');
    const text = existsSync(glossaryPath) ? readFileSync(glossaryPath, 'utf8') : null;
    const context = glossaryContext(
      chapters.map((c) => ({ slug: c.data.slug, body: c.body })),
      lang,
      figures,
      source,
      originalTerms,
    );
    const glossary = glossaryProblems(
      text,
      rel(glossaryPath),
      lang,
      chapters.map((c) => c.data.slug),
      context,
    );
    problems.push(...glossary.problems);
    if (lang === SOURCE_LANG) originalTerms = glossary.terms;
  }
  return problems;
}
