/**
 * Every check on one edition's content, collected rather than stopping at the
 * first: the data (through the shared loader, as the build loads it), then the
 * chapter files of every language the edition lists — their order, their
 * frontmatter, markup that must never reach a page, and each chapter's own
 * checks (src/rules/chapter.ts) — then translations, teacher notes and glossaries.
 * The build runs buildProblems() once, before any page renders
 * (src/integrations/contentChecks.ts); `npm run validate` runs validateContent().
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ContentError, formatProblem } from '../model/errors.ts';
import { isDraft, listEditionIds, readEdition } from '../data/load.ts';
import type { Edition, Lang } from '../model/schema.ts';
import { chapterProblems, lineOf, type FigurePeriods } from '../rules/chapter.ts';
import { translationProblems, type ChapterLike } from '../rules/translations.ts';
import { headlineLine, headlineProblems } from '../rules/headline.ts';
import { teachProblems } from '../rules/teach.ts';
import { CHART_CATALOG } from '../charts/catalog.ts';

/** What chapter checks need of an edition: its settings (id, languages) and its figures' ids and periods. EditionData is one. */
export interface EditionOutline {
  readonly edition: Edition;
  readonly figures: FigurePeriods;
  /** The edition's source text: quotations are checked against it. */
  readonly sourceText: string;
}

/** NN-slug.mdx: the NN prefix is the reading order. */
const CHAPTER_FILE = /^(\d{2})-([a-z0-9-]+)\.mdx$/;
const FRONTMATTER_FIELDS = ['title', 'kicker', 'summary', 'slug'] as const;

/**
 * Markup an editor must never put in a chapter: it would run code on readers'
 * phones (and break the Content-Security-Policy) or load from another host.
 */
const FORBIDDEN: readonly { pattern: RegExp; problem: string; fix: string }[] = [
  {
    pattern: /<script\b/i,
    problem: 'a raw <script> element',
    fix: 'remove it: chapters hold text and components only; behaviour lives in src/',
  },
  {
    pattern: /<[A-Za-z][^>]*\son[a-z]+\s*=/,
    problem: 'an on…= event-handler attribute',
    fix: 'remove the attribute: chapters carry no behaviour',
  },
  { pattern: /<iframe\b/i, problem: 'an <iframe>', fix: 'remove it: the site embeds nothing from elsewhere' },
  {
    pattern: /<img\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i,
    problem: 'an image from another host',
    fix: 'remove it; the site makes no requests to other hosts (images, if any, go in public/ with their credit)',
  },
  {
    pattern: /!\[[^\]]*\]\(\s*(?:https?:)?\/\//,
    problem: 'a Markdown image from another host',
    fix: 'remove it; the site makes no requests to other hosts (images, if any, go in public/ with their credit)',
  },
];

/** Paths in messages are relative to the project when inside it. */
function rel(path: string): string {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith('..') ? r : path;
}

/** Frontmatter, body, and the problems with either. */
export function checkChapterText(
  text: string,
  file: string,
  data: EditionOutline,
  lang: Lang = data.edition.languages[0]!,
): ContentError[] {
  const problems: ContentError[] = [];
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!front)
    return [
      new ContentError(
        file,
        'frontmatter',
        'the chapter has no frontmatter',
        'start the file with ---, the fields title, kicker, summary and slug, and ---',
        1,
      ),
    ];
  let fields: Record<string, unknown> = {};
  try {
    fields = (parse(front[1]!) as Record<string, unknown>) ?? {};
  } catch (error) {
    problems.push(
      new ContentError(
        file,
        'frontmatter',
        `not valid YAML: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`,
        'fix the YAML between the --- lines',
        2,
      ),
    );
  }
  for (const field of FRONTMATTER_FIELDS)
    if (typeof fields[field] !== 'string' || !(fields[field] as string).trim())
      problems.push(
        new ContentError(
          file,
          `frontmatter.${field}`,
          `the chapter has no ${field}`,
          `add ${field}: … between the --- lines (title, kicker, summary and slug are all required)`,
          1,
        ),
      );
  // The frontmatter starts on line 2 (after the first ---).
  const headlineAt = headlineLine(front[1]!);
  problems.push(...headlineProblems(fields['headline'], file, data.figures, headlineAt && headlineAt + 1));
  const body = source.slice(front[0].length);
  if (!body.replace(/<[^>]+>/g, '').trim())
    problems.push(
      new ContentError(
        file,
        'body',
        'the chapter has no text',
        'write the chapter, or delete the file and renumber the ones after it',
        lineOf(source, front[0].length),
      ),
    );
  for (const rule of FORBIDDEN) {
    const match = rule.pattern.exec(source);
    if (match) problems.push(new ContentError(file, 'body', `${rule.problem} in a chapter`, rule.fix, lineOf(source, match.index)));
  }
  problems.push(...chapterProblems(source, file, data.figures, lang, data.sourceText, CHART_CATALOG));
  return problems;
}

/**
 * The chapter files of one edition: each listed language has chapters, numbered
 * 00, 01, 02… with no gap and no number twice, and each chapter passes
 * checkChapterText. `data` is the loaded edition (its figures and languages); `id`
 * its folder (which is its id, unless edition.yaml says otherwise, a problem of its own).
 */
export function checkChapterFiles(root: string, data: EditionOutline, id = data.edition.id): ContentError[] {
  const problems: ContentError[] = [];
  const dir = join(root, 'editions', id);
  for (const lang of data.edition.languages) {
    const langDir = join(dir, lang);
    const files = existsSync(langDir)
      ? readdirSync(langDir)
          .filter((n) => n.endsWith('.mdx'))
          .sort()
      : [];
    if (!files.length) {
      problems.push(
        new ContentError(
          rel(join(dir, 'edition.yaml')),
          'languages',
          `the edition lists "${lang}" but ${rel(langDir)}/ has no chapters`,
          `add the ${lang} chapters (NN-slug.mdx), or remove "${lang}" from languages`,
        ),
      );
      continue;
    }
    const seen = new Map<number, string>();
    for (const name of files) {
      const file = rel(join(langDir, name));
      const m = CHAPTER_FILE.exec(name);
      if (!m) {
        problems.push(
          new ContentError(
            file,
            '(file name)',
            'a chapter file must be named NN-slug.mdx (two digits, lower-case slug)',
            'rename it, e.g. 02-governance.mdx',
          ),
        );
        continue;
      }
      const order = Number(m[1]);
      const other = seen.get(order);
      if (other)
        problems.push(
          new ContentError(
            file,
            '(file name)',
            `chapter number ${m[1]} is also used by ${other}`,
            'give each chapter its own number; renumber so they run 00, 01, 02…',
          ),
        );
      else seen.set(order, name);
      problems.push(...checkChapterText(readFileSync(join(langDir, name), 'utf8'), file, data, lang));
    }
    const numbers = [...seen.keys()].sort((a, b) => a - b);
    const gap = numbers.findIndex((n, i) => n !== i);
    if (gap >= 0) {
      const missing = String(gap).padStart(2, '0');
      problems.push(
        new ContentError(
          rel(join(langDir, seen.get(numbers[gap]!)!)),
          '(file name)',
          `chapter numbers must run 00, 01, 02… without a gap; ${missing} is missing`,
          `renumber the chapters from ${missing} on`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Every problem with an edition: its data first, then its chapters. Chapters are
 * checked whenever the data files could be read, even with problems in them (a
 * figure with a problem still counts as defined, so its <Fig>s are not reported).
 */
export function checkEdition(root: string, id: string): ContentError[] {
  const read = readEdition(id, root);
  if (!read.edition) return [...read.problems];
  // An edition is read (read.edition) only once its source text was found.
  const sourceText = read.sourceText!;
  return [
    ...read.problems,
    ...checkChapterFiles(root, { edition: read.edition, figures: read.figureIds, sourceText }, id),
    ...teachProblems(root, id, read.edition.languages, read.figureIds, sourceText, CHART_CATALOG),
  ];
}

/** What `npm run validate` reports: every problem of every edition, and what was checked. */
export interface ContentReport {
  readonly problems: readonly ContentError[];
  /** Figures still unconfirmed in draft editions: the editor's worklist, not problems yet. */
  readonly pending: readonly ContentError[];
  readonly editions: readonly string[];
  readonly drafts: readonly string[];
  readonly languages: readonly string[];
  readonly figures: number;
  readonly chapters: number;
}

/** An edition's chapter files as the content collection sees them (id "<edition>/<lang>/<NN-slug>", slug from the frontmatter). */
function chaptersOnDisk(root: string, id: string, languages: readonly string[]): ChapterLike[] {
  const dir = join(root, 'editions', id);
  return languages.flatMap((lang) => {
    const langDir = join(dir, lang);
    if (!existsSync(langDir)) return [];
    return readdirSync(langDir)
      .filter((name) => CHAPTER_FILE.test(name))
      .sort()
      .flatMap((name) => {
        const body = readFileSync(join(langDir, name), 'utf8')
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n');
        const front = /^---\n([\s\S]*?)\n---\n?/.exec(body);
        type Fields = { slug?: unknown; headline?: unknown } | null;
        let fields: Fields;
        try {
          fields = parse(front?.[1] ?? '') as Fields;
        } catch {
          fields = null; // reported by checkChapterText
        }
        const slug = fields?.slug;
        // A headline that is not a list of ids is reported by checkChapterText; here it only has to compare.
        const listed = fields?.headline;
        const headline = Array.isArray(listed) ? listed.map(String) : undefined;
        return typeof slug === 'string'
          ? [{ id: `${id}/${lang}/${name.replace(/\.mdx$/, '')}`, filePath: rel(join(langDir, name)), body, data: { slug, headline } }]
          : [];
      });
  });
}

/**
 * Every edition under a content root, every language: the checks the build runs
 * (data, chapter files, translations), collected. Drafts are checked too.
 */
export function validateContent(root: string, editionIds: readonly string[] = listEditionIds(root)): ContentReport {
  const problems: ContentError[] = [];
  const pending: ContentError[] = [];
  const languages = new Set<string>();
  const drafts: string[] = [];
  let figures = 0;
  let chapters = 0;
  for (const id of editionIds) {
    const read = readEdition(id, root);
    problems.push(...read.problems);
    pending.push(...read.pending);
    if (!read.edition) continue;
    if (read.edition.draft) drafts.push(id);
    figures += read.figureIds.size;
    read.edition.languages.forEach((l) => languages.add(l));
    // An edition is read (read.edition) only once its source text was found.
    const sourceText = read.sourceText!;
    problems.push(...checkChapterFiles(root, { edition: read.edition, figures: read.figureIds, sourceText }, id));
    // Every two-letter folder, listed or not: the content collection publishes any of them, so a
    // chapter in a language edition.yaml does not list must be refused here (translationProblems).
    const folders = readdirSync(join(root, 'editions', id), { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^[a-z]{2}$/.test(e.name))
      .map((e) => e.name);
    const onDisk = chaptersOnDisk(root, id, [...new Set([...read.edition.languages, ...folders])]);
    chapters += onDisk.length;
    // A listed language with no chapters at all is one problem (checkChapterFiles), not one per chapter.
    const listed = read.edition.languages.filter((lang, i) => i === 0 || onDisk.some((c) => c.id.startsWith(`${id}/${lang}/`)));
    problems.push(...translationProblems(onDisk, () => listed));
    // Teacher notes and glossaries: the rules the classroom pages apply when they build.
    problems.push(...teachProblems(root, id, read.edition.languages, read.figureIds, sourceText, CHART_CATALOG));
  }
  return { problems, pending, editions: editionIds, drafts, languages: [...languages], figures, chapters };
}

/**
 * The build's checks: validateContent() on the editions the build publishes (a
 * production build leaves drafts out, and so does not check them; the dev server
 * shows and checks them). src/integrations/contentChecks.ts runs it before any
 * page is rendered, so the build and `npm run validate` stop on the same problems
 * with the same words.
 */
export function buildProblems(root: string, { drafts }: { drafts: boolean }): readonly ContentError[] {
  return validateContent(
    root,
    listEditionIds(root).filter((id) => drafts || !isDraft(id, root)),
  ).problems;
}

/**
 * What `npm run validate` prints for a report: drafts' unconfirmed figures as
 * "draft:" notes, every problem on its own line, then one summary line; `ok` is
 * false when there is any problem.
 */
export function reportLines(report: ContentReport, root: string, seconds: string): { lines: string[]; ok: boolean } {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = report.pending.map((note) => `draft: ${formatProblem(note)}`);
  if (report.problems.length) {
    lines.push(
      ...report.problems.map(formatProblem),
      '',
      `${plural(report.problems.length, 'problem')} in ${root} (checked in ${seconds} s)`,
    );
    return { lines, ok: false };
  }
  const drafts = report.drafts.length
    ? ` (draft: ${report.drafts.join(', ')}; ${plural(report.pending.length, 'figure')} still unconfirmed)`
    : '';
  lines.push(
    `ok: ${plural(report.editions.length, 'edition')}${drafts}, ${plural(report.languages.length, 'language')}, ${plural(report.figures, 'figure')}, ${plural(report.chapters, 'chapter')} checked in ${seconds} s`,
  );
  return { lines, ok: true };
}

export { assertNoProblems, formatProblem } from '../model/errors.ts';
