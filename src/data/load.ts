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
import { computeDerived, roundTo } from './derive.ts';
import { SCALE, clean, formatZh } from './format.ts';
import { dataFileSchema, editionSchema, type Edition, type Figure, type Series } from './schema.ts';

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
  throw new ContentError(file, describe(issue.path), issue.message, fixFor(issue));
}

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `remove or rename ${issue.keys.join(', ')}; see src/data/schema.ts for the allowed fields`;
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

export function loadEdition(id: string, root = contentRoot()): EditionData {
  const dir = join(root, 'editions', id);
  const editionFile = join(dir, 'edition.yaml');
  if (!existsSync(editionFile))
    throw new ContentError(rel(editionFile), '(file)', `edition "${id}" has no edition.yaml`, `create ${rel(editionFile)} (copy the 2022 one and edit it)`);
  const edition = validate(editionSchema, readYaml(editionFile), rel(editionFile), (p) => p.join('.'));
  if (edition.id !== id)
    throw new ContentError(rel(editionFile), 'id', `id "${edition.id}" does not match its folder "${id}"`, `set id: "${id}" or rename the folder`);

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

function checkReferences(figures: Map<string, Figure & { file: string }>, series: Map<string, Series & { file: string }>): void {
  const valueOf = (owner: Figure & { file: string }) => (id: string) => {
    const input = figures.get(id);
    if (!input) throw new ContentError(owner.file, `figures[id=${owner.id}].derived.inputs`, `unknown figure "${id}"`, 'use the id of a figure defined in this edition');
    return input.value;
  };
  for (const fig of figures.values()) {
    if (!fig.derived) continue;
    const computed = computeDerived(fig.derived, valueOf(fig));
    // Precision counts decimals as the figure is written: 0.945亿元 is 3 decimals of 亿, not of yuan.
    const unit = fig.scale ? SCALE[fig.scale] : 1;
    const expected = clean(roundTo(computed / unit, fig.precision ?? 0) * unit);
    if (Math.abs(expected - fig.value) > 1e-9 * Math.max(1, Math.abs(expected)))
      throw new ContentError(fig.file, `figures[id=${fig.id}].value`, `stated ${fig.value}, but ${fig.derived.method} of ${fig.derived.inputs.join(', ')} gives ${computed}`, `set value: ${expected}`);
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
