import { describe, expect, it } from 'vitest';
import { FIGURES as GDP_FIGURES, gdpGeometry, type GdpData } from '../../src/charts/gdp-doubling/geometry.ts';
import { STATES as GDP_STATES } from '../../src/charts/gdp-doubling/states.ts';
import { shareGeometry, type ShareRow } from '../../src/charts/share-of-zhengzhou/geometry.ts';
import { STATES as SHARE_STATES } from '../../src/charts/share-of-zhengzhou/states.ts';
import { assertComplete, serializeStates } from '../../src/charts/shared/layout.ts';
import { figuresFor } from '../../src/data/index.ts';
import { f, mark } from './support.ts';

const gdpData: GdpData = figuresFor(GDP_FIGURES, '2022');
const shareRows: ShareRow[] = [
  { share: f('land-share-2021'), appearsIn: 'land' },
  { share: f('population-share-2021'), ratio: f('population-density-ratio-2021'), appearsIn: 'people' },
  { share: f('gdp-share-2021'), ratio: f('gdp-density-ratio-2021'), appearsIn: 'output' },
  { share: f('fiscal-revenue-share-2021'), ratio: f('fiscal-revenue-density-ratio-2021'), appearsIn: 'output' },
  { share: f('retail-share-2021'), ratio: f('retail-density-ratio-2021'), appearsIn: 'output' },
];

describe('gdpGeometry()', () => {
  const g = gdpGeometry(gdpData);
  it('gdpGeometry() lays out every state of states.ts, in order', () => {
    expect(g.states.map((s) => s.id)).toEqual([...GDP_STATES]);
  });
  it('gdpGeometry() keeps the 2021 column at zero height until y2021', () => {
    expect(mark(g, 'y2012', 'bar-2021').height).toBe(0);
    expect(mark(g, 'y2021', 'bar-2021').height).toBeGreaterThan(0);
  });
  it('gdpGeometry() draws column heights in proportion to the values (1800 : 700)', () => {
    const h12 = mark(g, 'y2021', 'bar-2012').height!;
    const h21 = mark(g, 'y2021', 'bar-2021').height!;
    expect(h21 / h12).toBeCloseTo(1800 / 700, 2);
  });
  it('gdpGeometry() stacks two 2012 columns to the doubling line in the last state', () => {
    const a = mark(g, 'doubled', 'stack-a');
    const b = mark(g, 'doubled', 'stack-b');
    expect(a.height).toBeCloseTo(mark(g, 'doubled', 'bar-2012').height!, 1);
    expect(b.y! + b.height!).toBeCloseTo(a.y!, 1); // b sits on a
    expect(b.y).toBeCloseTo(g.doubleLine.y, 1); // and reaches 1400亿
    expect(mark(g, 'y2021', 'double-line').opacity).toBe(0);
    expect(mark(g, 'doubled', 'double-line').opacity).toBe(1);
  });
  it('gdpGeometry() puts the doubling line below the 2021 column top (1400 < 1800)', () => {
    expect(g.doubleLine.y).toBeGreaterThan(mark(g, 'doubled', 'bar-2021').y!);
  });
  it('gdpGeometry() labels columns as the source writes them', () => {
    expect(g.columns.map((c) => c.label)).toEqual(['突破700亿元', '超越1800亿元']);
    expect(gdpGeometry(gdpData, { lang: 'en' }).columns.map((c) => c.label)).toEqual(['over 70 billion yuan', 'over 180 billion yuan']);
  });
  it('gdpGeometry() describes each state with the bound figures', () => {
    expect(g.states[0]!.description).toBe('2012年，金水区地区生产总值突破700亿元。');
    expect(g.states[2]!.description).toContain('1400亿元（推算）');
    expect(g.states[2]!.description).toContain('约3倍');
  });
  it('gdpGeometry() keeps every mark inside the viewBox', () => {
    for (const s of g.states)
      for (const m of Object.values(s.marks)) {
        if (m.y !== undefined) expect(m.y).toBeGreaterThanOrEqual(0);
        if (m.y !== undefined && m.height !== undefined) expect(m.y + m.height).toBeLessThanOrEqual(g.height);
        if (m.x !== undefined && m.width !== undefined) expect(m.x + m.width).toBeLessThanOrEqual(g.width);
      }
  });
});

describe('shareGeometry()', () => {
  const g = shareGeometry(shareRows);
  it('shareGeometry() lays out every state of states.ts, in order', () => {
    expect(g.states.map((s) => s.id)).toEqual([...SHARE_STATES]);
  });
  it.each([
    ['land', [true, false, false, false, false]],
    ['people', [true, true, false, false, false]],
    ['output', [true, true, true, true, true]],
    ['density', [true, true, true, true, true]],
  ] as const)('shareGeometry() fills the right rows in state %s', (state, filled) => {
    expect(shareRows.map((_, i) => mark(g, state, `fill-${i}`).width! > 0)).toEqual(filled);
  });
  it('shareGeometry() scales bars on a 0–100% track', () => {
    const full = g.rows[0]!.trackWidth;
    expect(mark(g, 'output', 'fill-3').width! / full).toBeCloseTo(0.21, 3);
    expect(mark(g, 'land', 'fill-0').width! / full).toBeCloseTo(0.018, 3);
  });
  it('shareGeometry() shows the derived ratios only in the density state', () => {
    expect(mark(g, 'output', 'ratio-3').opacity).toBe(0);
    expect(mark(g, 'density', 'ratio-3').opacity).toBe(1);
    expect(g.rows[3]!.ratioText).toBe('约12倍'); // 21% ÷ 1.8%, to the 2 significant figures of its inputs;
  });
  it('shareGeometry() drops the "share of Zhengzhou" prefix from row labels', () => {
    expect(g.rows.map((r) => r.label)).toEqual(['国土面积', '常住人口', '地区生产总值', '财政总收入', '社会消费品零售总额']);
  });
});

describe('layout helpers', () => {
  it('assertComplete() rejects a state that lacks a mark', () => {
    expect(() =>
      assertComplete({
        width: 1,
        height: 1,
        states: [
          { id: 'a', title: 'a', description: '', marks: { x: { opacity: 1 } } },
          { id: 'b', title: 'b', description: '', marks: {} },
        ],
      }),
    ).toThrow(/state "b" does not list the same marks/);
  });
  it('serializeStates() keys mark attributes by state id', () => {
    const parsed = JSON.parse(serializeStates(gdpGeometry(gdpData)));
    expect(Object.keys(parsed)).toEqual([...GDP_STATES]);
    expect(parsed.y2012['bar-2021'].height).toBe(0);
  });
});
