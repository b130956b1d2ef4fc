/**
 * The edition diff behind the "changes" page: added, removed and revised figures
 * by id, a unit change flagged, chapters added and removed by slug. The expected
 * lists are written by hand from the two small editions below.
 */
import { describe, expect, it } from 'vitest';
import { diffEditions, previousEdition } from '../../src/data/diff.ts';
import type { Figure } from '../../src/model/schema.ts';

type F = Pick<Figure, 'id' | 'value' | 'unit' | 'period' | 'qualifier' | 'written' | 'scale'>;
const fig = (id: string, value: number, more: Partial<F> = {}): F => ({
  id,
  value,
  unit: 'yuan',
  period: '2021',
  written: `${value}`,
  ...more,
});
const map = (...figs: F[]) => new Map(figs.map((f) => [f.id, f]));

const older = {
  figures: map(
    fig('gdp-2012', 7e10, { written: '突破700亿元', scale: '亿' }),
    fig('gdp-2021', 1.8e11),
    fig('labs', 12, { unit: 'count' }),
    fig('gone', 1),
    fig('share', 30, { unit: 'percent' }),
  ),
  chapters: ['prologue', 'economy', 'epilogue'],
};
const newer = {
  figures: map(
    fig('gdp-2012', 7e10, { written: '突破700亿元', scale: '亿' }),
    fig('gdp-2021', 1.9e11),
    fig('labs', 12, { unit: 'count', period: { stated: false } }),
    fig('share', 0.3, { unit: 'times', written: '0.3' }),
    fig('added-b', 2),
    fig('added-a', 3),
  ),
  chapters: ['prologue', 'economy', 'schools', 'epilogue'],
};

describe('diffEditions', () => {
  const diff = diffEditions(older, newer);
  it('lists added and removed figures by id, sorted', () => {
    expect(diff.added.map((f) => f.id)).toEqual(['added-a', 'added-b']);
    expect(diff.removed.map((f) => f.id)).toEqual(['gone']);
  });
  it('lists revised figures with old and new values and which parts changed', () => {
    expect(diff.revised.map((r) => [r.id, r.older.value, r.newer.value, r.fields])).toEqual([
      ['gdp-2021', 1.8e11, 1.9e11, ['value', 'written']],
      ['labs', 12, 12, ['period']],
      ['share', 30, 0.3, ['value', 'unit', 'written']],
    ]);
  });
  it('flags a unit change, and only that one', () => {
    expect(diff.revised.filter((r) => r.unitChanged).map((r) => r.id)).toEqual(['share']);
  });
  it('leaves an unchanged figure out', () => {
    expect(diff.revised.some((r) => r.id === 'gdp-2012')).toBe(false);
  });
  it('a changed qualifier is a revision', () => {
    const q = diffEditions(
      { figures: map(fig('x', 1, { qualifier: { zh: '超过', meaning: 'more-than', position: 'before' } })), chapters: [] },
      { figures: map(fig('x', 1, { qualifier: { zh: '近', meaning: 'about', position: 'before' } })), chapters: [] },
    );
    expect(q.revised.map((r) => r.fields)).toEqual([['qualifier']]);
  });
  it('lists chapters added and removed by slug', () => {
    expect(diff.chaptersAdded).toEqual(['schools']);
    expect(diff.chaptersRemoved).toEqual([]);
    expect(diffEditions(newer, older).chaptersRemoved).toEqual(['schools']);
  });
  it('an identical edition has no changes', () => {
    const none = diffEditions(older, older);
    expect([none.added, none.removed, none.revised, none.chaptersAdded, none.chaptersRemoved].map((l) => l.length)).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});

describe('previousEdition', () => {
  it('is the published edition just before, or none for the first', () => {
    expect(previousEdition(['2022', '2023', '2025'], '2025')).toBe('2023');
    expect(previousEdition(['2022', '2023'], '2022')).toBeUndefined();
    expect(previousEdition(['2022'], '2024')).toBeUndefined();
  });
});
