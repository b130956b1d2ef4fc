/**
 * Load one edition: read its YAML files, validate them against the schema (with
 * messages an editor can act on), run the figure rules (src/rules/figures.ts:
 * quotes against the source text, derived values against their inputs), and
 * return frozen, typed data. Runs at build time and in tests; never in the browser.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, assertNoProblems, nearest } from '../model/errors.ts';
import { formatFigure } from '../model/format.ts';
import { NOTE_TOKEN, figureProblems, noteProblems, referenceProblems, unconfirmed, type Loaded } from '../rules/figures.ts';
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

/** Loads one edition, stopping on its problems (every one of them, listed, when there are several). */
export function loadEdition(id: string, root = contentRoot()): EditionData {
  const { data, problems } = readEdition(id, root);
  assertNoProblems(problems);
  return data!;
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
