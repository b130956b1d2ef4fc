/**
 * What changed between two editions, computed from their data by figure id and
 * from their chapters by slug: the "changes" page is this, never written by hand.
 * Pure: takes the two editions' figures and chapter slugs; figure lists come
 * sorted by id, chapter lists in reading order, so the page and its tests read
 * the same order.
 */
import type { Figure } from '../model/schema.ts';

type FigureLike = Pick<Figure, 'id' | 'value' | 'unit' | 'period' | 'qualifier' | 'written' | 'scale'>;

/** The fields whose change makes a figure "revised": what a reader sees as the figure. */
export type RevisedField = 'value' | 'unit' | 'period' | 'qualifier' | 'written';

export interface Revision<F extends FigureLike> {
  readonly id: string;
  readonly older: F;
  readonly newer: F;
  /** Which of the figure's parts differ, in a fixed order. */
  readonly fields: readonly RevisedField[];
  /** The unit changed (e.g. a count became a percent): old → new values are then not comparable as numbers. */
  readonly unitChanged: boolean;
}

export interface EditionDiff<F extends FigureLike> {
  readonly added: readonly F[];
  readonly removed: readonly F[];
  readonly revised: readonly Revision<F>[];
  readonly chaptersAdded: readonly string[];
  readonly chaptersRemoved: readonly string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function revisedFields(older: FigureLike, newer: FigureLike): RevisedField[] {
  const fields: RevisedField[] = [];
  // The scale (万/亿) is how the number is written: a new scale with the same value is not a revision.
  if (older.value !== newer.value) fields.push('value');
  if (older.unit !== newer.unit) fields.push('unit');
  if (!same(older.period, newer.period)) fields.push('period');
  if (!same(older.qualifier?.zh, newer.qualifier?.zh)) fields.push('qualifier');
  if (older.written !== newer.written) fields.push('written');
  return fields;
}

const byId = <F extends FigureLike>(a: F, b: F): number => a.id.localeCompare(b.id);

export function diffEditions<F extends FigureLike>(
  older: { figures: ReadonlyMap<string, F>; chapters: readonly string[] },
  newer: { figures: ReadonlyMap<string, F>; chapters: readonly string[] },
): EditionDiff<F> {
  const added = [...newer.figures.values()].filter((f) => !older.figures.has(f.id)).sort(byId);
  const removed = [...older.figures.values()].filter((f) => !newer.figures.has(f.id)).sort(byId);
  const revised: Revision<F>[] = [];
  for (const f of [...newer.figures.values()].sort(byId)) {
    const old = older.figures.get(f.id);
    if (!old) continue;
    const fields = revisedFields(old, f);
    if (fields.length) revised.push({ id: f.id, older: old, newer: f, fields, unitChanged: fields.includes('unit') });
  }
  return {
    added,
    removed,
    revised,
    chaptersAdded: newer.chapters.filter((c) => !older.chapters.includes(c)),
    chaptersRemoved: older.chapters.filter((c) => !newer.chapters.includes(c)),
  };
}

/** The published edition just before `id` in a list of published ids (oldest first), if any. */
export function previousEdition(ids: readonly string[], id: string): string | undefined {
  const i = ids.indexOf(id);
  return i > 0 ? ids[i - 1] : undefined;
}
