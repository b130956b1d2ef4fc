/**
 * Load one edition: read its YAML files, validate them, check every quote
 * against the source text and every derived value against its inputs, and
 * return frozen, typed data. Runs at build time and in tests; never in the browser.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './errors.ts';
import { computeDerived, maxDecimals, roundTo, significantFigures, writtenNumber } from './derive.ts';
import { SCALE, clean, formatZh, periodYears } from './format.ts';
import { SOURCE_LANG, dataFileSchema, editionSchema, type Edition, type Figure, type Series } from './schema.ts';

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

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(rel(path), '(whole file)', `not valid YAML: ${(error as Error).message}`, 'fix the YAML syntax at the line shown');
  }
}

function validate<T extends z.ZodType>(schema: T, data: unknown, file: string, describe: (path: PropertyKey[]) => string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const message = issue.code === 'invalid_union' && issue.path.at(-1) === 'period' ? `"${JSON.stringify(valueAt(data, issue.path))}" is not a period` : issue.message;
  throw new ContentError(file, describe(issue.path), message, fixFor(issue));
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'period')
    return 'write the year or span the source states, e.g. period: "2021" or "2012–2021", or period: { stated: false } if it gives none (add says: { zh: 目前, en: currently } for the source\'s own time word)';
  if (issue.code === 'unrecognized_keys') return `remove or rename ${issue.keys.join(', ')}; see src/data/schema.ts for the allowed fields`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    const field = String(issue.path.at(-1));
    if (issue.path.at(-2) === 'label' || issue.path.at(-2) === 'note' || issue.path.at(-2) === 'title')
      return `add the ${field} text: ${String(issue.path.at(-2))}: { zh: …, en: … } (every language needs its own; nothing falls back to another language)`;
    return `add ${field}: it is required (see the field descriptions in src/data/schema.ts)`;
  }
  if (issue.code === 'invalid_type') return `give it a value of type ${issue.expected}`;
  if (issue.code === 'invalid_value') return `use one of: ${issue.values.map(String).join(', ')}`;
  return 'see the problem above and the field descriptions in src/data/schema.ts';
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
export function checkLanguages(edition: Edition, file: string): void {
  for (const lang of edition.languages) {
    if (!edition.title[lang]) throw new ContentError(file, `title.${lang}`, `the edition lists "${lang}" but has no title in it`, `add title.${lang}, or remove "${lang}" from languages`);
    if (!edition.deck[lang]) throw new ContentError(file, `deck.${lang}`, `the edition lists "${lang}" but has no deck in it`, `add deck.${lang}, or remove "${lang}" from languages`);
    edition.changelog.forEach((entry, i) => {
      if (!entry.note[lang]) throw new ContentError(file, `changelog[${i}].note.${lang}`, `the change-log entry of ${entry.date} has no "${lang}" note`, `add changelog[${i}].note.${lang}`);
    });
    if (lang !== SOURCE_LANG && !edition.source.translations[lang as 'en'])
      throw new ContentError(file, `source.translations.${lang}`, `the edition lists "${lang}" but the source's title, publisher and byline are not given in it`, `add source.translations.${lang} with title, publisher and byline (and photoCredit if the source has one)`);
    if (lang !== SOURCE_LANG && edition.source.photoCredit && !edition.source.translations[lang as 'en']?.photoCredit)
      throw new ContentError(file, `source.translations.${lang}.photoCredit`, `the photo credit has no "${lang}" version`, `add source.translations.${lang}.photoCredit`);
  }
}

export function loadEdition(id: string, root = contentRoot()): EditionData {
  const dir = join(root, 'editions', id);
  const editionFile = join(dir, 'edition.yaml');
  if (!existsSync(editionFile))
    throw new ContentError(rel(editionFile), '(file)', `edition "${id}" has no edition.yaml`, `create ${rel(editionFile)} (copy the 2022 one and edit it)`);
  const edition = validate(editionSchema, readYaml(editionFile), rel(editionFile), (p) => p.join('.'));
  if (edition.id !== id)
    throw new ContentError(rel(editionFile), 'id', `id "${edition.id}" does not match its folder "${id}"`, `set id: "${id}" or rename the folder`);

  checkLanguages(edition, rel(editionFile));

  const sourcePath = join(dir, edition.source.file);
  if (!existsSync(sourcePath))
    throw new ContentError(rel(editionFile), 'source.file', `${edition.source.file} not found beside edition.yaml`, 'copy the source article into the edition folder');
  const sourceText = readFileSync(sourcePath, 'utf8');

  const figures = new Map<string, Figure & { file: string }>();
  const series = new Map<string, Series & { file: string }>();
  const dataDir = join(dir, 'data');
  for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = rel(join(dataDir, name));
    const raw = readYaml(join(dataDir, name));
    const parsed = validate(dataFileSchema, raw, file, (path) => {
      // "figures.3.quote" is useless to an editor; name the figure by its id.
      const [list, index, ...rest] = path;
      const item = (raw as Record<string, { id?: string }[]>)?.[String(list)]?.[Number(index)];
      return item?.id ? `${String(list)}[id=${item.id}]${rest.length ? '.' + rest.join('.') : ''}` : path.join('.');
    });
    for (const fig of parsed.figures) {
      const where = `figures[id=${fig.id}]`;
      const other = figures.get(fig.id);
      if (other) throw new ContentError(file, `${where}.id`, `id "${fig.id}" is already used in ${other.file}`, 'give each figure a unique id');
      if (fig.quote && !sourceText.includes(fig.quote))
        throw new ContentError(file, `${where}.quote`, `the quote is not a verbatim part of ${edition.source.file}: "${fig.quote}"`, `copy the sentence exactly from ${edition.source.file} (punctuation included)`);
      if (fig.written && fig.quote && !fig.quote.includes(fig.written))
        throw new ContentError(file, `${where}.written`, `"${fig.written}" does not appear in the quote`, 'quote the clause that contains the figure as written');
      if (fig.periodQuote !== undefined) {
        if (fig.derived)
          throw new ContentError(file, `${where}.periodQuote`, 'a derived figure has no quote to date', 'remove periodQuote; a derived figure takes its period from its inputs');
        if (!sourceText.includes(fig.periodQuote))
          throw new ContentError(file, `${where}.periodQuote`, `the periodQuote is not a verbatim part of ${edition.source.file}: "${fig.periodQuote}"`, `copy the passage exactly from ${edition.source.file} (punctuation included)`);
        if (fig.quote && !fig.periodQuote.includes(fig.quote))
          throw new ContentError(file, `${where}.periodQuote`, 'the periodQuote does not contain the quote, so it cannot show when the quoted figure holds', 'quote the whole passage from the words that date it through the quote');
      }
      if (!fig.derived) checkStatedPeriod(fig, file);
      if (fig.written && formatZh(fig) !== fig.written)
        throw new ContentError(file, `${where}.value`, `value/unit/scale/qualifier format as "${formatZh(fig)}" but the source writes "${fig.written}"`, 'correct value (base units), scale, qualifier or measure so they reproduce the source');
      figures.set(fig.id, { ...fig, file });
    }
    for (const s of parsed.series) {
      if (series.has(s.id)) throw new ContentError(file, `series[id=${s.id}].id`, `series id "${s.id}" is used twice`, 'give each series a unique id');
      series.set(s.id, { ...s, file });
    }
  }

  checkReferences(figures, series);
  for (const fig of figures.values()) Object.freeze(fig);
  for (const s of series.values()) Object.freeze(s);
  return Object.freeze({ edition: Object.freeze(edition), figures, series, sourceText, dir: rel(dir) });
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
        throw new ContentError(file, where, `period "${fig.period}" names ${year}, which is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`, `add periodQuote: the verbatim passage of the source that dates the figure (containing ${year} and the quote), or write period: { stated: false } — shown as 原文未注明年份 — if the source gives no year`);
  } else if (fig.period.says && !passage.includes(fig.period.says.zh))
    throw new ContentError(file, `${where}.says`, `the time word "${fig.period.says.zh}" is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`, 'add periodQuote: the verbatim passage of the source from that word through the quote, or remove says');
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
  const from = fig.derived ? `none of its inputs (${fig.derived.inputs.join(', ')}) has that year in its period` : `it is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`;
  if (fig.derived) {
    const where = `figures[id=${fig.id}].period`;
    for (const year of periodYears(fig.period))
      if (!allowed.has(year))
        throw new ContentError(fig.file, where, `period "${fig.period as string}" names ${year}, but ${from}`, `use the period of its inputs, or period: { stated: false } (shown as 原文未注明年份) when they state none`);
    if (typeof fig.period !== 'string' && fig.period.says) {
      const says = fig.period.says.zh;
      if (!fig.derived.inputs.some((id) => { const p = figures.get(id)?.period; return typeof p === 'object' && p.says?.zh === says; }))
        throw new ContentError(fig.file, `${where}.says`, `the time word "${says}" is not the time word of any of its inputs (${fig.derived.inputs.join(', ')})`, 'use the time word of an input, or remove says');
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
        throw new ContentError(fig.file, `figures[id=${fig.id}].${field}`, `names ${year}, but ${from}`, `remove the year, or say what the source says (起点 / 原文未注明年份 / “近年来”) instead of a year it does not give`);
}

/** Significant figures of a figure as it is stated: its written number, or for a derived figure its value at its precision. */
function statedFigures(fig: Figure): { sf: number; shown: string } {
  if (fig.derived) {
    const unit = fig.scale ? SCALE[fig.scale] : 1;
    const shown = (fig.value / unit).toFixed(fig.precision ?? 0);
    return { sf: significantFigures(shown), shown };
  }
  const shown = writtenNumber(fig.written ?? '');
  return shown === undefined ? { sf: Infinity, shown: fig.written ?? '' } : { sf: significantFigures(shown), shown };
}

/** Rule (c), the precision rule of derive.ts: a derived value has no more significant figures than its least precise input. */
function checkPrecision(fig: Loaded, computed: number, figures: Map<string, Loaded>): void {
  if (!fig.derived) return;
  const inputs = fig.derived.inputs.map((id) => ({ id, ...statedFigures(figures.get(id)!) }));
  const least = inputs.reduce((a, b) => (b.sf < a.sf ? b : a));
  const unit = fig.scale ? SCALE[fig.scale] : 1;
  const allowed = maxDecimals(computed / unit, least.sf);
  const precision = fig.precision ?? 0;
  // Below the units digit (allowed < 0) a value is fine if it is already a round number: 1400 to 3 figures.
  const stated = fig.value / unit;
  if (precision > Math.max(0, allowed) || (allowed < 0 && clean(roundTo(stated, allowed)) !== clean(stated))) {
    const fix = allowed >= 0
      ? `set precision: ${allowed} and value: ${clean(roundTo(computed / unit, allowed) * unit)}`
      : `state it in a larger scale (万 or 亿) so it can be rounded to ${least.sf} significant figures`;
    throw new ContentError(fig.file, `figures[id=${fig.id}].precision`, `stated to ${precision} decimal place(s), which is more significant figures than its least precise input, ${least.id} (written ${least.shown}: ${least.sf} significant figure(s)), supports`, fix);
  }
}

/** A multiple of a bound is a bound: twice "突破700亿元" is more than 1400亿元, so the derived figure must say so. */
function checkBounds(fig: Loaded, figures: Map<string, Loaded>): void {
  if (fig.derived?.method !== 'scale') return;
  const input = figures.get(fig.derived.inputs[0])!;
  const meaning = input.qualifier?.meaning;
  if (meaning && meaning !== 'about' && fig.qualifier?.meaning !== meaning)
    throw new ContentError(fig.file, `figures[id=${fig.id}].qualifier`, `it scales ${input.id}, which is a bound ("${input.qualifier!.zh}", ${meaning}), so it is a bound too`, `add qualifier: { zh: …, meaning: ${meaning} } (for example 超过 for more-than) and say in its label and note that it is a bound`);
}

function checkReferences(figures: Map<string, Loaded>, series: Map<string, Series & { file: string }>): void {
  const valueOf = (owner: Figure & { file: string }) => (id: string) => {
    const input = figures.get(id);
    if (!input) throw new ContentError(owner.file, `figures[id=${owner.id}].derived.inputs`, `unknown figure "${id}"`, 'use the id of a figure defined in this edition');
    return input.value;
  };
  for (const fig of figures.values()) {
    if (fig.derived) for (const id of fig.derived.inputs) valueOf(fig)(id);
    checkNamedYears(fig, figures);
    if (!fig.derived) continue;
    const computed = computeDerived(fig.derived, valueOf(fig));
    // Precision counts decimals as the figure is written: 0.945亿元 is 3 decimals of 亿, not of yuan.
    const unit = fig.scale ? SCALE[fig.scale] : 1;
    const expected = clean(roundTo(computed / unit, fig.precision ?? 0) * unit);
    if (Math.abs(expected - fig.value) > 1e-9 * Math.max(1, Math.abs(expected)))
      throw new ContentError(fig.file, `figures[id=${fig.id}].value`, `stated ${fig.value}, but ${fig.derived.method} of ${fig.derived.inputs.join(', ')} gives ${computed}`, `set value: ${expected}`);
    checkPrecision(fig, computed, figures);
    checkBounds(fig, figures);
  }
  for (const s of series.values()) {
    const units = new Set<string>();
    for (const id of s.points) {
      const point = figures.get(id);
      if (!point) throw new ContentError(s.file, `series[id=${s.id}].points`, `unknown figure "${id}"`, 'list ids of figures defined in this edition');
      units.add(point.unit);
    }
    if (units.size > 1) throw new ContentError(s.file, `series[id=${s.id}].points`, `points mix units (${[...units].join(', ')})`, 'a series holds figures of one unit');
  }
}
