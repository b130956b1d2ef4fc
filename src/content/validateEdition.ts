/**
 * Every check on one edition's content, collected rather than stopping at the
 * first: the data (through the shared loader, as the build loads it), then the
 * chapter files of every language the edition lists — their order, their
 * frontmatter, markup that must never reach a page, and each chapter's own
 * checks (validateChapter, which the build also runs as it renders a chapter).
 * The build calls checkChapterFiles() for every edition; tests and editor
 * commands call checkEdition().
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ContentError } from '../data/errors.ts';
import { loadEdition, type EditionData } from '../data/load.ts';
import type { Lang } from '../data/schema.ts';
import { validateChapter } from './validateChapter.ts';

/** NN-slug.mdx: the NN prefix is the reading order. */
const CHAPTER_FILE = /^(\d{2})-([a-z0-9-]+)\.mdx$/;
const FRONTMATTER_FIELDS = ['title', 'kicker', 'summary', 'slug'] as const;

/**
 * Markup an editor must never put in a chapter: it would run code on readers'
 * phones (and break the Content-Security-Policy) or load from another host.
 */
const FORBIDDEN: readonly { pattern: RegExp; problem: string; fix: string }[] = [
  { pattern: /<script\b/i, problem: 'a raw <script> element', fix: 'remove it: chapters hold text and components only; behaviour lives in src/' },
  { pattern: /<[A-Za-z][^>]*\son[a-z]+\s*=/, problem: 'an on…= event-handler attribute', fix: 'remove the attribute: chapters carry no behaviour' },
  { pattern: /<iframe\b/i, problem: 'an <iframe>', fix: 'remove it: the site embeds nothing from elsewhere' },
  { pattern: /<img\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, problem: 'an image from another host', fix: 'remove it; the site makes no requests to other hosts (images, if any, go in public/ with their credit)' },
  { pattern: /!\[[^\]]*\]\(\s*(?:https?:)?\/\//, problem: 'a Markdown image from another host', fix: 'remove it; the site makes no requests to other hosts (images, if any, go in public/ with their credit)' },
];

/** Paths in messages are relative to the project when inside it. */
function rel(path: string): string {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith('..') ? r : path;
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Frontmatter, body, and the problems with either. */
export function checkChapterText(text: string, file: string, data: EditionData, lang: Lang = data.edition.languages[0]!): ContentError[] {
  const problems: ContentError[] = [];
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!front) return [new ContentError(`${file}:1`, 'frontmatter', 'the chapter has no frontmatter', 'start the file with ---, the fields title, kicker, summary and slug, and ---')];
  let fields: Record<string, unknown> = {};
  try {
    fields = (parse(front[1]!) as Record<string, unknown>) ?? {};
  } catch (error) {
    problems.push(new ContentError(`${file}:2`, 'frontmatter', `not valid YAML: ${(error as Error).message}`, 'fix the YAML between the --- lines'));
  }
  for (const field of FRONTMATTER_FIELDS)
    if (typeof fields[field] !== 'string' || !(fields[field] as string).trim())
      problems.push(new ContentError(`${file}:1`, `frontmatter.${field}`, `the chapter has no ${field}`, `add ${field}: … between the --- lines (title, kicker, summary and slug are all required)`));
  const body = source.slice(front[0].length);
  if (!body.replace(/<[^>]+>/g, '').trim())
    problems.push(new ContentError(`${file}:${lineOf(source, front[0].length)}`, 'body', 'the chapter has no text', 'write the chapter, or delete the file and renumber the ones after it'));
  for (const rule of FORBIDDEN) {
    const match = rule.pattern.exec(source);
    if (match) problems.push(new ContentError(`${file}:${lineOf(source, match.index)}`, 'body', `${rule.problem} in a chapter`, rule.fix));
  }
  try {
    validateChapter(source, file, data.figures, lang);
  } catch (error) {
    if (error instanceof ContentError) problems.push(error);
    else throw error;
  }
  return problems;
}

/**
 * The chapter files of one edition: each listed language has chapters, numbered
 * 00, 01, 02… with no gap and no number twice, and each chapter passes
 * checkChapterText. `data` is the loaded edition (its figures and languages).
 */
export function checkChapterFiles(root: string, data: EditionData): ContentError[] {
  const problems: ContentError[] = [];
  const dir = join(root, 'editions', data.edition.id);
  for (const lang of data.edition.languages) {
    const langDir = join(dir, lang);
    const files = existsSync(langDir) ? readdirSync(langDir).filter((n) => n.endsWith('.mdx')).sort() : [];
    if (!files.length) {
      problems.push(new ContentError(rel(join(dir, 'edition.yaml')), 'languages', `the edition lists "${lang}" but ${rel(langDir)}/ has no chapters`, `add the ${lang} chapters (NN-slug.mdx), or remove "${lang}" from languages`));
      continue;
    }
    const seen = new Map<number, string>();
    for (const name of files) {
      const file = rel(join(langDir, name));
      const m = CHAPTER_FILE.exec(name);
      if (!m) {
        problems.push(new ContentError(file, '(file name)', 'a chapter file must be named NN-slug.mdx (two digits, lower-case slug)', 'rename it, e.g. 02-governance.mdx'));
        continue;
      }
      const order = Number(m[1]);
      const other = seen.get(order);
      if (other) problems.push(new ContentError(file, '(file name)', `chapter number ${m[1]} is also used by ${other}`, 'give each chapter its own number; renumber so they run 00, 01, 02…'));
      else seen.set(order, name);
      problems.push(...checkChapterText(readFileSync(join(langDir, name), 'utf8'), file, data, lang));
    }
    const numbers = [...seen.keys()].sort((a, b) => a - b);
    const gap = numbers.findIndex((n, i) => n !== i);
    if (gap >= 0) {
      const missing = String(gap).padStart(2, '0');
      problems.push(new ContentError(rel(join(langDir, seen.get(numbers[gap]!)!)), '(file name)', `chapter numbers must run 00, 01, 02… without a gap; ${missing} is missing`, `renumber the chapters from ${missing} on`));
    }
  }
  return problems;
}

/** Every problem with an edition: its data first (chapters cannot be checked without it), then its chapters. */
export function checkEdition(root: string, id: string): ContentError[] {
  let data: EditionData;
  try {
    data = loadEdition(id, root);
  } catch (error) {
    if (error instanceof ContentError) return [error];
    throw error;
  }
  return checkChapterFiles(root, data);
}

/** One line per problem, as editors and tools read them: file:line: field: problem — fix. */
export function formatProblem(error: ContentError): string {
  return `${error.file}: ${error.field}: ${error.problem} — ${error.fix}`;
}

/** Throws one error listing every problem (the build stops on it). */
export function assertNoProblems(problems: readonly ContentError[]): void {
  if (!problems.length) return;
  if (problems.length === 1) throw problems[0]!;
  throw new Error(`${problems.length} problems in the content:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
}
