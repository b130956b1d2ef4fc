/**
 * Load one edition: read its YAML files, validate them, check every quote
 * against the source text and every derived value against its inputs, and
 * return frozen, typed data. Runs at build time and in tests; never in the browser.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, assertNoProblems, nearest, problemOf } from '../model/errors.ts';
import { computeDerived, maxDecimals, roundTo, significantFigures, writtenNumber } from '../model/derive.ts';
import { SCALE, clean, formatFigure, formatZh, periodText, periodYears } from '../model/format.ts';
import { quotationFindings } from '../rules/claims.ts';
import {
  SOURCE_LANG,
  dataFileSchema,
  editionSchema,
  figureSchema,
  periodSchema,
  seriesSchema,
  type Edition,
  type Figure,
  type Lang,
  type Series,
} from '../model/schema.ts';

export interface EditionData {
  readonly edition: Edition;
  readonly figures: ReadonlyMap<string, Readonly<Figure> & { readonly file: string }>;
  readonly series: ReadonlyMap<string, Readonly<Series> & { readonly file: string }>;
  /** The source article's text, as published. */
  readonly sourceText: string;
  /** Folder of the edition, relative to the project root. */
  readonly dir: string;
}

/** Where editions live. CONTENT_DIR lets benchmarks build generated fixture editions. */
export function contentRoot(): string {
  return process.env['CONTENT_DIR'] ?? join(process.cwd(), 'content');
}

/** Paths in errors are relative to the project when inside it, absolute otherwise. */
function rel(path: string): string {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith('..') ? r : path;
}

/** A YAML file's value, and the line of any node in it (for messages that point at a figure or a field). */
interface YamlFile {
  readonly file: string;
  readonly value: unknown;
  /** The line of the node at `path`, or of its closest ancestor in the file. */
  lineAt(path: readonly PropertyKey[]): number | undefined;
}

function readYaml(path: string, problems: ContentError[]): YamlFile | undefined {
  const file = rel(path);
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length) {
    // The first syntax error only: the parser's later ones usually follow from it.
    const error = doc.errors[0]!;
    // Its first line: the rest of the parser's message is a picture of the line, and a problem is one line.
    problems.push(
      new ContentError(
        file,
        '(whole file)',
        `not valid YAML: ${error.message.split('\n')[0]!.replace(/:$/, '')}`,
        'fix the YAML syntax at the line shown',
        error.linePos?.[0].line,
      ),
    );
    return undefined;
  }
  return {
    file,
    value: doc.toJS() as unknown,
    lineAt(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/**
 * The line a message's field names: "figures[id=gdp-2021].quote" → the line of
 * that figure's quote in the file (or of the figure, when it has no quote).
 */
function lineOfField(yaml: YamlFile, field: string): number | undefined {
  const path: PropertyKey[] = [];
  let node: unknown = yaml.value;
  for (const m of field.matchAll(/\[id=([^\]]+)\]|\[(\d+)\]|([^.[\]]+)/g)) {
    let key: PropertyKey;
    if (m[1] !== undefined) {
      const index = Array.isArray(node) ? node.findIndex((item) => (item as { id?: unknown } | null)?.id === m[1]) : -1;
      if (index < 0) break;
      key = index;
    } else key = m[2] !== undefined ? Number(m[2]) : m[3]!;
    path.push(key);
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
  }
  return yaml.lineAt(path);
}

/** The same problem, pointing at its line in the file when it has none yet. */
function located(problem: ContentError, files: ReadonlyMap<string, YamlFile>): ContentError {
  const yaml = files.get(problem.file);
  if (problem.line || !yaml) return problem;
  return new ContentError(problem.file, problem.field, problem.problem, problem.fix, lineOfField(yaml, problem.field));
}

/** Every schema problem of a YAML file, each naming its field (through `describe`) and line; the parsed value when there is none. */
function validate<T extends z.ZodType>(
  schema: T,
  yaml: YamlFile,
  describe: (path: PropertyKey[]) => string,
  problems: ContentError[],
): z.infer<T> | undefined {
  const result = schema.safeParse(yaml.value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const key = (path: readonly PropertyKey[]) => path.map(String).join('.');
  // A misspelt field is one mistake, not two ("peroid" unknown, "period" missing): say it once, with the rename.
  const missing = (parent: readonly PropertyKey[]) =>
    issues.filter(
      (i) => i.path.length === parent.length + 1 && key(i.path.slice(0, -1)) === key(parent) && valueAt(yaml.value, i.path) === undefined,
    );
  const merged = new Set<z.core.$ZodIssue>();
  const renames = new Map<z.core.$ZodIssue, ContentError[]>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const absent = missing(issue.path);
    renames.set(
      issue,
      issue.keys.map((name) => {
        const target = nearest(
          name,
          absent.map((i) => String(i.path.at(-1))),
        )[0];
        const wanted = absent.find((i) => String(i.path.at(-1)) === target);
        if (!wanted || merged.has(wanted))
          return new ContentError(
            yaml.file,
            describe([...issue.path, name]),
            `unknown field "${name}"`,
            fixFor(issue),
            yaml.lineAt([...issue.path, name]),
          );
        merged.add(wanted);
        return new ContentError(
          yaml.file,
          describe([...issue.path, name]),
          `unknown field "${name}", and the required field "${target}" is missing`,
          `rename ${name} to ${target}`,
          yaml.lineAt([...issue.path, name]),
        );
      }),
    );
  }
  for (const issue of issues) {
    const renamed = renames.get(issue);
    if (renamed) {
      problems.push(...renamed);
      continue;
    }
    if (merged.has(issue)) continue;
    const message =
      issue.code === 'invalid_union' && issue.path.at(-1) === 'period'
        ? `"${JSON.stringify(valueAt(yaml.value, issue.path))}" is not a period`
        : issue.message;
    problems.push(new ContentError(yaml.file, describe(issue.path), message, fixFor(issue), yaml.lineAt(issue.path)));
  }
  return undefined;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'period')
    return 'write the year or span the source states, e.g. period: "2021" or "2012–2021", or period: { stated: false } if it gives none (add says: { zh: 目前, en: currently } for the source\'s own time word)';
  if (issue.code === 'unrecognized_keys')
    return `remove or rename ${issue.keys.join(', ')}; see src/model/schema.ts for the allowed fields`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    const field = String(issue.path.at(-1));
    if (issue.path.at(-2) === 'label' || issue.path.at(-2) === 'note' || issue.path.at(-2) === 'title')
      return `add the ${field} text: ${String(issue.path.at(-2))}: { zh: …, en: … } (every language needs its own; nothing falls back to another language)`;
    return `add ${field}: it is required (see the field descriptions in src/model/schema.ts)`;
  }
  if (issue.code === 'invalid_type') return `give it a value of type ${issue.expected}`;
  if (issue.code === 'invalid_value') return `use one of: ${issue.values.map(String).join(', ')}`;
  return 'see the problem above and the field descriptions in src/model/schema.ts';
}

export function listEditionIds(root = contentRoot()): string[] {
  const editions = join(root, 'editions');
  return readdirSync(editions, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(editions, d.name, 'edition.yaml')))
    .map((d) => d.name)
    .sort();
}

/**
 * Every language the edition lists needs its own title, deck, change-log notes and
 * (beyond the source's own language, zh) the source's credit in that language: an
 * English page never shows Chinese in place of a missing translation.
 */
/** A run of Han characters. */
const HAN = /\p{Script=Han}+/u;

export function languageProblems(edition: Edition, file: string): ContentError[] {
  const problems: ContentError[] = [];
  for (const lang of edition.languages) {
    if (!edition.title[lang])
      problems.push(
        new ContentError(
          file,
          `title.${lang}`,
          `the edition lists "${lang}" but has no title in it`,
          `add title.${lang}, or remove "${lang}" from languages`,
        ),
      );
    if (!edition.deck[lang])
      problems.push(
        new ContentError(
          file,
          `deck.${lang}`,
          `the edition lists "${lang}" but has no deck in it`,
          `add deck.${lang}, or remove "${lang}" from languages`,
        ),
      );
    edition.changelog.forEach((entry, i) => {
      if (!entry.note[lang])
        problems.push(
          new ContentError(
            file,
            `changelog[${i}].note.${lang}`,
            `the change-log entry of ${entry.date} has no "${lang}" note`,
            `add changelog[${i}].note.${lang}`,
          ),
        );
      // The archive shows each note as text of its language: Chinese left in a translation would be read as untranslated.
      else if (lang !== SOURCE_LANG && HAN.test(entry.note[lang]!))
        problems.push(
          new ContentError(
            file,
            `changelog[${i}].note.${lang}`,
            `the "${lang}" note of ${entry.date} has Chinese in it: "${HAN.exec(entry.note[lang]!)![0]}"`,
            `translate it (describe the source's word in ${lang} instead of quoting it)`,
          ),
        );
    });
    if (lang !== SOURCE_LANG && !edition.source.translations[lang as 'en'])
      problems.push(
        new ContentError(
          file,
          `source.translations.${lang}`,
          `the edition lists "${lang}" but the source's title, publisher and byline are not given in it`,
          `add source.translations.${lang} with title, publisher and byline (and photoCredit if the source has one)`,
        ),
      );
    else if (lang !== SOURCE_LANG && edition.source.photoCredit && !edition.source.translations[lang as 'en']?.photoCredit)
      problems.push(
        new ContentError(
          file,
          `source.translations.${lang}.photoCredit`,
          `the photo credit has no "${lang}" version`,
          `add source.translations.${lang}.photoCredit`,
        ),
      );
  }
  return problems;
}

/** Stops on the first language problem (see languageProblems). */
export function checkLanguages(edition: Edition, file: string): void {
  const [first] = languageProblems(edition, file);
  if (first) throw first;
}

/** Whether an edition is a draft, read straight from its edition.yaml (a file that cannot be read is not a draft: loading it reports why). */
export function isDraft(id: string, root = contentRoot()): boolean {
  try {
    const value = parseDocument(readFileSync(join(root, 'editions', id, 'edition.yaml'), 'utf8')).toJS() as { draft?: unknown } | null;
    return value?.draft === true;
  } catch {
    return false;
  }
}

export type { FigureOutline } from '../model/schema.ts';
import type { FigureOutline } from '../model/schema.ts';

/** The result of reading an edition: every problem found, and the data when there are none. */
export interface EditionRead {
  readonly data: EditionData | undefined;
  readonly problems: readonly ContentError[];
  /** The edition's settings, once edition.yaml and its data files could be read (with or without problems): enough to check its chapters. */
  readonly edition: Edition | undefined;
  /** In a draft, the figures still marked unconfirmed: not problems yet, but what stands between the draft and publishing. */
  readonly pending: readonly ContentError[];
  /**
   * Every figure id the data files define with its period (when it has a valid one),
   * including figures that failed their checks, so chapter checks can go on without
   * reporting their <Fig>s as unknown.
   */
  readonly figureIds: ReadonlyMap<string, FigureOutline>;
  /** The source text, once found: quotations in chapters are checked against it. */
  readonly sourceText?: string;
}

/**
 * Reads one edition and collects every problem rather than stopping at the first:
 * each YAML syntax error, each schema issue, each figure's quote, written form,
 * period and value, each derived value and series. Problems that follow from
 * another (a reference to a figure that failed its schema) are not reported twice.
 */
export function readEdition(id: string, root = contentRoot()): EditionRead {
  const problems: ContentError[] = [];
  const figureIds = new Map<string, FigureOutline>();
  const pending: ContentError[] = [];
  const done = (): EditionRead => ({ data: undefined, problems, figureIds, edition: undefined, pending });
  const dir = join(root, 'editions', id);
  const editionFile = join(dir, 'edition.yaml');
  if (!existsSync(editionFile)) {
    problems.push(
      new ContentError(
        rel(editionFile),
        '(file)',
        `edition "${id}" has no edition.yaml`,
        `create ${rel(editionFile)} (copy the 2022 one and edit it)`,
      ),
    );
    return done();
  }
  const files = new Map<string, YamlFile>();
  const editionYaml = readYaml(editionFile, problems);
  if (!editionYaml) return done();
  files.set(editionYaml.file, editionYaml);
  const edition = validate(editionSchema, editionYaml, (p) => p.join('.'), problems);
  if (!edition) return done();
  if (edition.id !== id)
    problems.push(
      new ContentError(
        editionYaml.file,
        'id',
        `id "${edition.id}" does not match its folder "${id}"`,
        `set id: "${id}" or rename the folder`,
      ),
    );
  problems.push(...languageProblems(edition, editionYaml.file));
  // The edition's date is the site's own: its first release in the change log, never the source's date.
  const firstRelease = edition.changelog.map((c) => c.date).sort()[0]!;
  if (edition.published !== firstRelease)
    problems.push(
      new ContentError(
        editionYaml.file,
        'published',
        `published is ${edition.published}, but the change log's first entry is dated ${firstRelease}`,
        `set published: "${firstRelease}" (the day this site first published the edition; the source's own date goes in source.date); in a new edition, replace the change log copied from the previous one with this edition's first release`,
      ),
    );
  const sourcePath = join(dir, edition.source.file);
  if (!existsSync(sourcePath)) {
    problems.push(
      new ContentError(
        editionYaml.file,
        'source.file',
        `${edition.source.file} not found beside edition.yaml`,
        'copy the source article into the edition folder',
      ),
    );
    return { ...done(), problems: problems.map((p) => located(p, files)) };
  }
  const sourceText = readFileSync(sourcePath, 'utf8');

  const figures = new Map<string, Figure & { file: string }>();
  const series = new Map<string, Series & { file: string }>();
  /** Ids of figures that failed their schema: references to them are not reported again. */
  const unchecked = new Set<string>();
  /** False when a data file is not even YAML: its figures are unknown, so chapters cannot be checked against them. */
  let allRead = true;
  const dataDir = join(dir, 'data');
  for (const name of readdirSync(dataDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const yaml = readYaml(join(dataDir, name), problems);
    if (!yaml) {
      allRead = false;
      continue;
    }
    const { file } = yaml;
    files.set(file, yaml);
    const raw = yaml.value as { figures?: unknown; series?: unknown } | null;
    const parsed = validate(
      dataFileSchema,
      yaml,
      (path) => {
        // "figures.3.quote" is useless to an editor; name the figure by its id.
        const [list, index, ...rest] = path;
        const item = (raw as Record<string, { id?: string }[]> | null)?.[String(list)]?.[Number(index)];
        return item?.id ? `${String(list)}[id=${item.id}]${rest.length ? '.' + rest.join('.') : ''}` : path.join('.');
      },
      problems,
    ) ?? {
      // The file has problems (reported above): go on with the figures and series that are valid on their own.
      figures: salvage(raw?.figures, figureSchema, unchecked),
      series: salvage(raw?.series, seriesSchema, new Set()),
    };
    for (const fig of parsed.figures) {
      const where = `figures[id=${fig.id}]`;
      const other = figures.get(fig.id);
      if (other) {
        const index = (raw?.figures as { id?: string }[]).findLastIndex((item) => item?.id === fig.id);
        problems.push(
          new ContentError(
            file,
            `${where}.id`,
            `id "${fig.id}" is already used in ${other.file}`,
            'give each figure a unique id',
            yaml.lineAt(['figures', index, 'id']),
          ),
        );
        continue;
      }
      problems.push(...figureProblems(fig, file, edition, sourceText));
      if (fig.status === 'unconfirmed' && edition.draft) pending.push(unconfirmed(fig, file, edition));
      figures.set(fig.id, { ...fig, file });
    }
    for (const s of parsed.series) {
      if (series.has(s.id)) {
        problems.push(new ContentError(file, `series[id=${s.id}].id`, `series id "${s.id}" is used twice`, 'give each series a unique id'));
        continue;
      }
      series.set(s.id, { ...s, file });
    }
    for (const item of Array.isArray(raw?.figures) ? (raw.figures as { id?: unknown; period?: unknown; derived?: unknown }[]) : [])
      if (typeof item?.id === 'string' && !figureIds.has(item.id))
        figureIds.set(item.id, {
          period: periodSchema.safeParse(item.period).data ?? { stated: false },
          derived: item.derived !== undefined,
        });
  }

  // Chapter checks read what a reader sees: the figure itself, where it passed its schema.
  for (const fig of figures.values()) figureIds.set(fig.id, fig);
  problems.push(...referenceProblems(figures, series, unchecked), ...noteProblems(figures, sourceText));
  if (!problems.length) resolveNotes(figures);
  const notes = pending.map((p) => located(p, files));
  if (problems.length)
    return {
      data: undefined,
      problems: problems.map((p) => located(p, files)),
      figureIds,
      edition: allRead ? edition : undefined,
      pending: notes,
      sourceText,
    };
  for (const fig of figures.values()) Object.freeze(fig);
  for (const s of series.values()) Object.freeze(s);
  return {
    data: Object.freeze({ edition: Object.freeze(edition), figures, series, sourceText, dir: rel(dir) }),
    problems,
    figureIds,
    edition,
    pending: notes,
    sourceText,
  };
}

/** The items of a list that pass their schema on their own; the ids of those that do not go into `failed`. */
function salvage<T extends z.ZodType>(list: unknown, schema: T, failed: Set<string>): z.infer<T>[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const result = schema.safeParse(item);
    if (result.success) return [result.data as z.infer<T>];
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string') failed.add(id);
    return [];
  });
}

/** One figure's own checks against the source: quote, written form, periodQuote, stated period, value, and whether it may be published. */
function figureProblems(fig: Figure, file: string, edition: Edition, sourceText: string): ContentError[] {
  const problems: ContentError[] = [];
  const where = `figures[id=${fig.id}]`;
  const problem = (field: string, text: string, fix: string) => problems.push(new ContentError(file, `${where}.${field}`, text, fix));
  // What is checked against the quote waits until the quote itself is right.
  const quoteOk = !fig.quote || sourceText.includes(fig.quote);
  if (!quoteOk)
    problem(
      'quote',
      `the quote is not a verbatim part of ${edition.source.file}: "${fig.quote}"`,
      `copy the sentence exactly from ${edition.source.file} (punctuation included)`,
    );
  else if (fig.written && fig.quote && !fig.quote.includes(fig.written))
    problem('written', `"${fig.written}" does not appear in the quote`, 'quote the clause that contains the figure as written');
  let periodQuoteOk = true;
  if (fig.periodQuote !== undefined) {
    periodQuoteOk = false;
    if (fig.derived)
      problem(
        'periodQuote',
        'a derived figure has no quote to date',
        'remove periodQuote; a derived figure takes its period from its inputs',
      );
    else if (!sourceText.includes(fig.periodQuote))
      problem(
        'periodQuote',
        `the periodQuote is not a verbatim part of ${edition.source.file}: "${fig.periodQuote}"`,
        `copy the passage exactly from ${edition.source.file} (punctuation included)`,
      );
    else if (quoteOk && fig.quote && !fig.periodQuote.includes(fig.quote))
      problem(
        'periodQuote',
        'the periodQuote does not contain the quote, so it cannot show when the quoted figure holds',
        'quote the whole passage from the words that date it through the quote',
      );
    else periodQuoteOk = true;
  }
  // The stated period is looked for in the quote and periodQuote: only once they are right.
  if (!fig.derived && quoteOk && periodQuoteOk) {
    const period = problemOf(() => checkStatedPeriod(fig, file));
    if (period) problems.push(period);
  }
  if (fig.written && formatZh(fig) !== fig.written)
    problem(
      'value',
      `value/unit/scale/qualifier format as "${formatZh(fig)}" but the source writes "${fig.written}"`,
      'correct value (base units), scale, qualifier or measure so they reproduce the source',
    );
  if (fig.status === 'unconfirmed' && !edition.draft) problems.push(unconfirmed(fig, file, edition));
  // Readers see ids in the data page and the downloads: an id may not date a figure its period does not.
  const stray = yearsIn(fig.id).filter((year) => !periodYears(fig.period).includes(year));
  if (stray.length)
    problem(
      'id',
      `the id names ${stray.join(', ')}, which is not in the figure's period (${periodText(fig.period, 'en')})`,
      `rename it without the year${stray.length > 1 ? 's' : ''}, in the data file and wherever it is used`,
    );
  return problems;
}

/** A figure still to confirm: a problem in a published edition, a note (the editor's worklist) in a draft. */
function unconfirmed(fig: Figure, file: string, edition: Edition): ContentError {
  return new ContentError(
    file,
    `figures[id=${fig.id}].status`,
    edition.draft
      ? `figure "${fig.id}" is still unconfirmed (allowed while edition ${edition.id} is a draft)`
      : `figure "${fig.id}" is still unconfirmed (copied from an earlier edition), but edition ${edition.id} is not a draft`,
    `confirm its quote, written form and value against this edition's ${edition.source.file} and delete the line status: unconfirmed; or keep draft: true in edition.yaml until every figure is confirmed`,
  );
}

/** Loads one edition, stopping on its problems (every one of them, listed, when there are several). */
export function loadEdition(id: string, root = contentRoot()): EditionData {
  const { data, problems } = readEdition(id, root);
  assertNoProblems(problems);
  return data!;
}

type Loaded = Figure & { file: string };

const YEAR = /(?<![\d])(?:19|20)\d{2}(?![\d])/g;

/** The years a text names: "2021年国庆消费报告" → ["2021"]. */
export function yearsIn(text: string): string[] {
  return [...new Set(text.match(YEAR) ?? [])];
}

/** Rule (a), for quoted figures: a stated period appears verbatim in the quote or periodQuote; so does the source's own time word. */
function checkStatedPeriod(fig: Figure, file: string): void {
  const where = `figures[id=${fig.id}].period`;
  const passage = `${fig.quote ?? ''}\n${fig.periodQuote ?? ''}`;
  if (typeof fig.period === 'string') {
    for (const year of periodYears(fig.period))
      if (!passage.includes(year))
        throw new ContentError(
          file,
          where,
          `period "${fig.period}" names ${year}, which is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`,
          `add periodQuote: the verbatim passage of the source that dates the figure (containing ${year} and the quote), or write period: { stated: false } — shown as 原文未注明年份 — if the source gives no year`,
        );
  } else if (fig.period.says && !passage.includes(fig.period.says.zh))
    throw new ContentError(
      file,
      `${where}.says`,
      `the time word "${fig.period.says.zh}" is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`,
      'add periodQuote: the verbatim passage of the source from that word through the quote, or remove says',
    );
}

/** The years a figure may name in its label and note: its quote's and periodQuote's, or for a derived figure, its inputs' periods. */
function yearsAllowed(fig: Loaded, figures: Map<string, Loaded>): Set<string> {
  if (!fig.derived) return new Set([...yearsIn(fig.quote ?? ''), ...yearsIn(fig.periodQuote ?? '')]);
  return new Set(fig.derived.inputs.flatMap((id) => (figures.has(id) ? periodYears(figures.get(id)!.period) : [])));
}

/**
 * Rule (a) for derived figures and rule (b) for all: a derived figure's period
 * comes from its inputs, and no label or note names a year or span that the
 * figure (through its quote, or its inputs' periods) does not have.
 */
function checkNamedYears(fig: Loaded, figures: Map<string, Loaded>): void {
  const allowed = yearsAllowed(fig, figures);
  const from = fig.derived
    ? `none of its inputs (${fig.derived.inputs.join(', ')}) has that year in its period`
    : `it is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`;
  if (fig.derived) {
    const where = `figures[id=${fig.id}].period`;
    for (const year of periodYears(fig.period))
      if (!allowed.has(year))
        throw new ContentError(
          fig.file,
          where,
          `period "${fig.period as string}" names ${year}, but ${from}`,
          `use the period of its inputs, or period: { stated: false } (shown as 原文未注明年份) when they state none`,
        );
    if (typeof fig.period !== 'string' && fig.period.says) {
      const says = fig.period.says.zh;
      if (
        !fig.derived.inputs.some((id) => {
          const p = figures.get(id)?.period;
          return typeof p === 'object' && p.says?.zh === says;
        })
      )
        throw new ContentError(
          fig.file,
          `${where}.says`,
          `the time word "${says}" is not the time word of any of its inputs (${fig.derived.inputs.join(', ')})`,
          'use the time word of an input, or remove says',
        );
    }
  }
  const texts: [string, string | undefined][] = [
    ['label.zh', fig.label.zh],
    ['label.en', fig.label.en],
    ['note.zh', fig.note?.zh],
    ['note.en', fig.note?.en],
  ];
  for (const [field, text] of texts)
    for (const year of yearsIn(text ?? ''))
      if (!allowed.has(year))
        throw new ContentError(
          fig.file,
          `figures[id=${fig.id}].${field}`,
          `names ${year}, but ${from}`,
          `remove the year, or say what the source says (起点 / 原文未注明年份 / “近年来”) instead of a year it does not give`,
        );
}

/** Which way a bound points: a figure known to be above (more-than, at-least) or below (less-than) its value; undefined when exact or approximate (约). */
function direction(fig: Figure): 1 | -1 | undefined {
  const meaning = fig.qualifier?.meaning;
  return meaning === 'more-than' || meaning === 'at-least' ? 1 : meaning === 'less-than' ? -1 : undefined;
}

/** A qualifier that makes a figure a bound (突破700: more than 700), as opposed to an approximate value (约). */
const isBound = (fig: Figure): boolean => direction(fig) !== undefined;

/** Two values the same but for float noise. */
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Significant figures of a figure as it is stated: its written number (a hedged one as derive.ts reads it), or for a derived figure its value at its precision. */
function statedFigures(fig: Figure): { sf: number; shown: string } {
  if (fig.derived) {
    const unit = fig.scale ? SCALE[fig.scale] : 1;
    const shown = (fig.value / unit).toFixed(fig.precision ?? 0);
    // A whole number put in place of a computed count (236 for 236.4) is exact: it is a supposition, not a measurement.
    return { sf: fig.derived.method === 'whole-number' ? Infinity : significantFigures(shown), shown };
  }
  const shown = writtenNumber(fig.written ?? '');
  if (shown === undefined) return { sf: Infinity, shown: fig.written ?? '' };
  return { sf: significantFigures(shown, fig.qualifier !== undefined), shown };
}

/**
 * Rule (c), the precision rule of derive.ts: a derived value has no more significant figures than its
 * least precise input. A multiple by an exact factor is exempt: it keeps its input's precision, and
 * twice "more than 700" is exactly "more than 1400" (checkBounds makes it say so).
 */
function checkPrecision(fig: Loaded, computed: number, figures: Map<string, Loaded>): void {
  if (!fig.derived || fig.derived.method === 'scale') return;
  const inputs = fig.derived.inputs.map((id) => ({ id, ...statedFigures(figures.get(id)!) }));
  const least = inputs.reduce((a, b) => (b.sf < a.sf ? b : a));
  const unit = fig.scale ? SCALE[fig.scale] : 1;
  const allowed = maxDecimals(computed / unit, least.sf);
  const precision = fig.precision ?? 0;
  // Below the units digit (allowed < 0) a value is fine if it is already a round number: 1400 to 3 figures.
  const stated = fig.value / unit;
  if (precision > Math.max(0, allowed) || (allowed < 0 && clean(roundTo(stated, allowed)) !== clean(stated))) {
    const fix =
      allowed >= 0
        ? `set precision: ${allowed} and value: ${clean(roundTo(computed / unit, allowed) * unit)}`
        : `state it in a larger scale (万 or 亿) so it can be rounded to ${least.sf} significant figures`;
    const hedged = least.sf < significantFigures(least.shown) ? `; a hedged round number's trailing zeros are not significant` : '';
    throw new ContentError(
      fig.file,
      `figures[id=${fig.id}].precision`,
      `stated to ${precision} decimal place(s), which is more significant figures than its least precise input, ${least.id} (written ${least.shown}: ${least.sf} significant figure(s)${hedged}), supports`,
      fix,
    );
  }
}

/**
 * The direction a ratio-like derivation (a ÷ b, current ÷ (1 + rate)) inherits from bounded inputs:
 * a lower-bound numerator over an exact or upper-bound denominator is a lower bound, and so on. Two
 * lower bounds (突破700, 超越1800) give a ratio bounded in neither direction: null.
 */
function derivedDirection(derived: NonNullable<Figure['derived']>, figures: Map<string, Loaded>): 1 | -1 | undefined | null {
  const [top, bottom] = derived.inputs.map((id) => direction(figures.get(id)!));
  if (derived.method === 'scale') return top;
  if (derived.method === 'whole-number') return undefined;
  const fromBottom = bottom === undefined ? undefined : (-bottom as 1 | -1);
  if (top === undefined) return fromBottom;
  if (fromBottom === undefined || fromBottom === top) return top;
  return null;
}

/**
 * A derived figure says how exact it is. A multiple of a bound is a bound: twice "突破700亿元" is more
 * than 1400亿元. A ratio of bounded inputs with no derivable direction is only an approximation, and
 * so is a value rounded from its computation (214 ÷ 17 = 12.59… shown as 13): each carries 约/about
 * (or, where the direction is known, that bound).
 */
function checkBounds(fig: Loaded, computed: number, figures: Map<string, Loaded>): void {
  if (!fig.derived) return;
  const where = `figures[id=${fig.id}].qualifier`;
  const meaning = fig.qualifier?.meaning;
  if (fig.derived.method === 'scale') {
    const input = figures.get(fig.derived.inputs[0])!;
    if (isBound(input) && meaning !== input.qualifier!.meaning)
      throw new ContentError(
        fig.file,
        where,
        `it scales ${input.id}, which is a bound ("${input.qualifier!.zh}", ${input.qualifier!.meaning}), so it is a bound too`,
        `add qualifier: { zh: …, meaning: ${input.qualifier!.meaning} } (for example 超过 for more-than) and say in its label and note that it is a bound`,
      );
  }
  const way = derivedDirection(fig.derived, figures);
  const bounded = fig.derived.inputs.filter((id) => isBound(figures.get(id)!));
  if (way === null && meaning !== 'about')
    throw new ContentError(
      fig.file,
      where,
      `it is computed from ${bounded.join(' and ')}, bounds that leave the result bounded in neither direction, so it is only an approximation`,
      'add qualifier: { zh: 约, meaning: about } (shown as 约 / about), and keep no more significant figures than its inputs',
    );
  // From bounds that agree, the result is a bound that way: it may say so, or say 约, but not point the other way or say nothing.
  if ((way === 1 || way === -1) && (meaning === undefined || (meaning !== 'about' && direction(fig) !== way)))
    throw new ContentError(
      fig.file,
      where,
      `it is computed from ${bounded.join(' and ')}, so it is ${way === 1 ? 'a lower' : 'an upper'} bound, but its qualifier ${meaning ? `says ${meaning}` : 'says nothing'}`,
      `add qualifier: { zh: …, meaning: ${way === 1 ? 'more-than' : 'less-than'} }, or { zh: 约, meaning: about } when it is rounded`,
    );
  const unit = fig.scale ? SCALE[fig.scale] : 1;
  if (!sameValue(computed / unit, fig.value / unit) && !meaning)
    throw new ContentError(
      fig.file,
      where,
      `its shown value ${clean(fig.value / unit)} is rounded from the computed ${clean(computed / unit)}, but nothing says so`,
      'add qualifier: { zh: 约, meaning: about } (or the bound it is, if its inputs give one)',
    );
}

/** A figure put into a note: {id} as the data module writes it, {id:number} without its hedge word (for arithmetic). */
const NOTE_TOKEN = /\{([a-z0-9-]+)(:number)?\}/g;

/** Digits typed in a note. */
const TYPED_NUMBER = /[\d０-９]+(?:[.,]\d+)*/g;

/**
 * Notes state computed relations ("236家 gives 891.1%") with numbers the build puts in, never typed
 * ones: each {id} names a figure. What is left may hold no digit but a year (checked by
 * checkNamedYears) or, in a Chinese note, the source's own words in quotation marks, which must be
 * verbatim. Every problem is reported, whatever else fails in the edition.
 */
function noteProblems(figures: Map<string, Loaded>, sourceText: string): ContentError[] {
  const problems: ContentError[] = [];
  for (const fig of figures.values()) {
    for (const lang of fig.note ? (['zh', 'en'] as const) : []) {
      const where = `figures[id=${fig.id}].note.${lang}`;
      const text = fig.note![lang];
      for (const m of text.matchAll(NOTE_TOKEN))
        if (!figures.has(m[1]!))
          problems.push(
            new ContentError(
              fig.file,
              where,
              `{${m[1]}} names no figure`,
              `use a figure id of this edition (closest: ${nearest(m[1]!, figures.keys()).join(', ')})`,
            ),
          );
      if (lang === SOURCE_LANG)
        for (const finding of quotationFindings(text, sourceText))
          problems.push(new ContentError(fig.file, where, finding.problem, finding.fix));
      const typed = text
        .replace(NOTE_TOKEN, '')
        .replace(/“[^”]*”/g, (q) => (lang === SOURCE_LANG ? '' : q))
        .replace(YEAR, '')
        .match(TYPED_NUMBER);
      if (typed)
        problems.push(
          new ContentError(
            fig.file,
            where,
            `a number typed into a note: ${typed.map((n) => `"${n}"`).join(', ')}`,
            "write {figure-id} (or {figure-id:number} inside a calculation) so the build puts the figure in; a computed relation gets a derived figure of its own; only years and, in Chinese, the source's own words in “…” may hold digits",
          ),
        );
    }
  }
  return problems;
}

/** Puts the figures into every note ({id} as the figure reads, {id:number} without its hedge); run once noteProblems() found nothing. */
function resolveNotes(figures: Map<string, Loaded>): void {
  const shown = (lang: Lang, text: string) =>
    text.replace(NOTE_TOKEN, (_token, id: string, bare?: string) => {
      const other = figures.get(id)!;
      return formatFigure(bare ? { ...other, qualifier: undefined } : other, lang);
    });
  for (const fig of [...figures.values()])
    if (fig.note) figures.set(fig.id, { ...fig, note: { zh: shown('zh', fig.note.zh), en: shown('en', fig.note.en) } });
}

/**
 * Every problem across figures: derived figures' inputs, recomputed values,
 * precision and bounds; named years; series. A figure whose inputs are unknown
 * is not recomputed; inputs that failed their own schema are not reported again.
 */
function referenceProblems(
  figures: Map<string, Loaded>,
  series: Map<string, Series & { file: string }>,
  unchecked: ReadonlySet<string>,
): ContentError[] {
  const problems: ContentError[] = [];
  for (const fig of figures.values()) {
    const missing = fig.derived?.inputs.filter((id) => !figures.has(id)) ?? [];
    for (const id of missing.filter((m) => !unchecked.has(m)))
      problems.push(
        new ContentError(
          fig.file,
          `figures[id=${fig.id}].derived.inputs`,
          `unknown figure "${id}"`,
          'use the id of a figure defined in this edition',
        ),
      );
    if (missing.length) continue;
    const named = problemOf(() => checkNamedYears(fig, figures));
    if (named) problems.push(named);
    if (!fig.derived) continue;
    const computed = computeDerived(fig.derived, (id) => figures.get(id)!.value);
    // Precision counts decimals as the figure is written: 0.945亿元 is 3 decimals of 亿, not of yuan.
    const unit = fig.scale ? SCALE[fig.scale] : 1;
    const expected = clean(roundTo(computed / unit, fig.precision ?? 0) * unit);
    if (!sameValue(expected, fig.value)) {
      problems.push(
        new ContentError(
          fig.file,
          `figures[id=${fig.id}].value`,
          `stated ${fig.value}, but ${fig.derived.method} of ${fig.derived.inputs.join(', ')} gives ${computed}`,
          `set value: ${expected}`,
        ),
      );
      continue;
    }
    for (const check of [() => checkPrecision(fig, computed, figures), () => checkBounds(fig, computed, figures)]) {
      const problem = problemOf(check);
      if (problem) problems.push(problem);
    }
  }
  for (const s of series.values()) {
    const units = new Set<string>();
    for (const id of s.points) {
      const point = figures.get(id);
      if (point) units.add(point.unit);
      else if (!unchecked.has(id))
        problems.push(
          new ContentError(s.file, `series[id=${s.id}].points`, `unknown figure "${id}"`, 'list ids of figures defined in this edition'),
        );
    }
    if (units.size > 1)
      problems.push(
        new ContentError(
          s.file,
          `series[id=${s.id}].points`,
          `points mix units (${[...units].join(', ')})`,
          'a series holds figures of one unit',
        ),
      );
  }
  return problems;
}
