import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import {
  cityBrainGeometry,
  type CityBrainData,
  FIGURES as CITY_BRAIN_RECORDS_FIGURES,
} from '../../src/charts/city-brain-records/geometry.ts';
import { STATES as CITY_BRAIN_STATES } from '../../src/charts/city-brain-records/states.ts';
import CityBrainChart from '../../src/charts/city-brain-records/CityBrainChart.astro';
import { gridGeometry, type GridData, type UnitBand, FIGURES as GRID_HIERARCHY_FIGURES } from '../../src/charts/grid-hierarchy/geometry.ts';
import { STATES as GRID_STATES } from '../../src/charts/grid-hierarchy/states.ts';
import GridHierarchyChart from '../../src/charts/grid-hierarchy/GridHierarchyChart.astro';
import { figuresFor } from '../../src/data/index.ts';
import { count, expectMarksInside, locals, mark, svgOf } from './support.ts';

// ---------------------------------------------------------------- city-brain-records

const cityBrainData: CityBrainData = figuresFor(CITY_BRAIN_RECORDS_FIGURES, '2022');

describe('cityBrainGeometry()', () => {
  const g = cityBrainGeometry(cityBrainData);
  const en = cityBrainGeometry(cityBrainData, { lang: 'en' });

  it('cityBrainGeometry() lays out every state of states.ts, in order', () => {
    expect(g.states.map((s) => s.id)).toEqual(['addresses', 'objects', 'organisations']);
    expect([...CITY_BRAIN_STATES]).toEqual(['addresses', 'objects', 'organisations']);
  });

  it.each([
    ['addresses', [true, false, false]],
    ['objects', [true, true, false]],
    ['organisations', [true, true, true]],
  ] as const)('cityBrainGeometry() adds one category per state: %s', (state, shown) => {
    const keys = ['addresses', 'objects', 'organisations'];
    expect(keys.map((k) => mark(g, state, `bar-${k}`).width! > 0)).toEqual(shown);
    expect(keys.map((k) => mark(g, state, `label-${k}`).opacity === 1)).toEqual(shown);
  });

  it('cityBrainGeometry() keeps the source order: addresses, objects, organisations, top to bottom', () => {
    const ys = ['addresses', 'objects', 'organisations'].map((k) => mark(g, 'organisations', `bar-${k}`).y!);
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
  });

  it('cityBrainGeometry() draws bar lengths in proportion to 752065 : 116113 : 212867', () => {
    const w = (k: string) => mark(g, 'organisations', `bar-${k}`).width!;
    expect(w('addresses') / w('objects')).toBeCloseTo(752065 / 116113, 2);
    expect(w('organisations') / w('objects')).toBeCloseTo(212867 / 116113, 2);
  });

  it('cityBrainGeometry() uses one fixed 0–80万 scale, so a bar never changes once drawn', () => {
    const full = g.x1 - g.x0;
    expect(mark(g, 'organisations', 'bar-addresses').width! / full).toBeCloseTo(752065 / 800000, 3);
    for (const s of ['addresses', 'objects', 'organisations'])
      expect(mark(g, s, 'bar-addresses')).toEqual(mark(g, 'organisations', 'bar-addresses'));
    expect(mark(g, 'objects', 'bar-objects')).toEqual(mark(g, 'organisations', 'bar-objects'));
    expect(g.ticks.map((t) => t.label)).toEqual(['0', '20万', '40万', '60万', '80万']);
  });

  it('cityBrainGeometry() labels each bar as the source writes it', () => {
    expect(g.rows.map((r) => r.label)).toEqual(['地址地名信息', '物类信息', '组织信息']);
    expect(g.rows.map((r) => r.valueText)).toEqual(['752065条', '116113条', '212867条']);
    expect(en.rows.map((r) => r.label)).toEqual(['Addresses and place names', 'Objects', 'Organisations']);
    expect(en.rows.map((r) => r.valueText)).toEqual(['752,065 records', '116,113 records', '212,867 records']);
  });

  it('cityBrainGeometry() states the pilot scope (5 subdistricts, 23 communities) as its subtitle', () => {
    expect(g.scope.lines.join('')).toBe('同一句原文提到：“先庆路”等5个街道、23个社区先行先试');
    expect(en.scope.lines.join(' ')).toBe('The same sentence mentions a pilot in 5 subdistricts and 23 communities');
  });

  it('cityBrainGeometry() never sums the three categories (the source writes “等”)', () => {
    // 752065 + 116113 + 212867 = 1081045
    const everything = JSON.stringify([g, en]);
    expect(everything).not.toMatch(/1081045|1,081,045|108\.1/);
    expect(g.note.lines.join('')).toContain('“等”');
    expect(g.states[2]!.description).toContain('不加总');
  });

  it('cityBrainGeometry() describes each state with the source figures', () => {
    expect(g.states[0]!.description).toBe(
      '金水区选取“先庆路”等5个街道和23个社区先行先试，建立信息采集目录、规范采集标准；原文同一句写已收集地址地名信息752065条，没有说是不是在试点采集的。',
    );
    expect(g.states[1]!.description).toBe('还收集了物类信息116113条。');
    expect(g.states[2]!.description).toContain('组织信息212867条');
    expect(en.states[0]!.description).toContain('752,065 records');
    expect(en.states.map((s) => s.description).join('')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('cityBrainGeometry() keeps every mark inside the viewBox', () => {
    expectMarksInside(g);
    expectMarksInside(en);
    expect(g.note.y[g.note.y.length - 1]!).toBeLessThanOrEqual(g.height);
    expect(en.note.y[en.note.y.length - 1]!).toBeLessThanOrEqual(en.height);
  });
});

// ---------------------------------------------------------------- grid-hierarchy

const gridData: GridData = figuresFor(GRID_HIERARCHY_FIGURES, '2022');

describe('gridGeometry()', () => {
  const g = gridGeometry(gridData);
  const en = gridGeometry(gridData, { lang: 'en' });
  const band = (key: UnitBand['key']) => g.bands.find((b) => b.key === key)!;
  /** Units a band shows in a state: row widths in tiles (a last partial square counts by its fraction of the square). */
  const unitsShown = (state: string, b: UnitBand) =>
    b.rowIds.reduce((sum, id) => {
      const w = mark(g, state, id).width!;
      const whole = Math.floor(w / b.pitch + 1e-6);
      return sum + whole + (w - whole * b.pitch) / b.size;
    }, 0);

  it('gridGeometry() lays out every state of states.ts, in order', () => {
    expect(g.states.map((s) => s.id)).toEqual(['level1', 'level2', 'level3', 'people']);
    expect([...GRID_STATES]).toEqual(['level1', 'level2', 'level3', 'people']);
  });

  it('gridGeometry() draws one dot per grid: 17, 214 and 956', () => {
    expect(unitsShown('people', band('level1'))).toBeCloseTo(17, 6);
    expect(unitsShown('people', band('level2'))).toBeCloseTo(214, 6);
    expect(unitsShown('people', band('level3'))).toBeCloseTo(956, 6);
    // Packed rows: 17 in one row; 214 = 4 × 43 + 42; 956 = 14 × 64 + 60.
    expect(band('level1').rowIds).toHaveLength(1);
    expect(band('level2').rowIds).toHaveLength(5);
    expect(band('level3').rowIds).toHaveLength(15);
    const l3 = band('level3');
    expect(mark(g, 'people', l3.rowIds[14]!).width).toBeCloseTo(60 * l3.pitch, 2);
  });

  it('gridGeometry() draws dots smaller at each finer level', () => {
    expect(band('level1').size).toBeGreaterThan(band('level2').size);
    expect(band('level2').size).toBeGreaterThan(band('level3').size);
  });

  it('gridGeometry() draws people as squares of 10, the last one at its true fraction (3125 → 312.5, 2816 → 281.6)', () => {
    const party = band('party');
    const staff = band('staff');
    expect(unitsShown('people', party)).toBeCloseTo(312.5, 6);
    expect(unitsShown('people', staff)).toBeCloseTo(281.6, 6);
    // 312.5 = 4 × 64 + 56.5 and 281.6 = 4 × 64 + 25.6
    expect(mark(g, 'people', party.rowIds[4]!).width).toBeCloseTo(56 * party.pitch + 0.5 * party.size, 2);
    expect(mark(g, 'people', staff.rowIds[4]!).width).toBeCloseTo(25 * staff.pitch + 0.6 * staff.size, 2);
  });

  it.each([
    ['level1', [17, 0, 0, 0, 0]],
    ['level2', [17, 214, 0, 0, 0]],
    ['level3', [17, 214, 956, 0, 0]],
    ['people', [17, 214, 956, 312.5, 281.6]],
  ] as const)('gridGeometry() fills the right bands in state %s', (state, expected) => {
    const keys = ['level1', 'level2', 'level3', 'party', 'staff'] as const;
    keys.forEach((k, i) => expect(unitsShown(state, band(k))).toBeCloseTo(expected[i]!, 6));
    keys.forEach((k, i) => expect(mark(g, state, `label-${k}`).opacity).toBe(expected[i]! > 0 ? 1 : 0));
    expect(mark(g, state, 'people-key').opacity).toBe(state === 'people' ? 1 : 0);
  });

  it('gridGeometry() stacks the bands top to bottom without overlap and joins no tiers into a tree', () => {
    const order = ['level1', 'level2', 'level3', 'party', 'staff'] as const;
    for (let i = 1; i < order.length; i++) {
      const prev = band(order[i - 1]!);
      const cur = band(order[i]!);
      const prevBottom = prev.y0 + prev.rowIds.length * prev.pitch;
      expect(cur.headingY - 14).toBeGreaterThan(prevBottom);
    }
    // Only rows, labels, ratios and the people key move: no link marks between tiers.
    expect(Object.keys(g.states[3]!.marks).filter((id) => /link|edge|branch/.test(id))).toEqual([]);
  });

  it('gridGeometry() labels the tiers and people as the source writes them', () => {
    const heading = (b: UnitBand) => b.heading.map((s) => s.text).join('');
    expect(['level1', 'level2', 'level3'].map((k) => heading(band(k as UnitBand['key'])))).toEqual([
      '一级网格 17个',
      '二级网格 214个',
      '三级网格 956个',
    ]);
    expect(heading(band('party'))).toBe('3125名党员参与网格治理');
    expect(heading(band('staff'))).toBe('首批14个职能部门2816人');
    expect(band('staff').sub).toBe('已完成与街道基础网格融合');
    expect(en.bands.map((b) => b.heading.map((s) => s.text).join(''))).toEqual([
      'Level 1: 17 grids',
      'Level 2: 214 grids',
      'Level 3: 956 grids',
      '3,125 Party members in grid-based governance',
      '2,816 people from 14 government departments',
    ]);
  });

  it('gridGeometry() shows the derived count ratios (214 ÷ 17, 956 ÷ 214) with their tiers', () => {
    expect(band('level2').ratioText).toBe('为一级的约13倍');
    expect(band('level3').ratioText).toBe('为二级的约4.5倍');
    expect(en.bands.map((b) => b.ratioText)).toEqual([undefined, 'about 13× level 1', 'about 4.5× level 2', undefined, undefined]);
    expect(mark(g, 'level1', 'ratio-level2').opacity).toBe(0);
    expect(mark(g, 'level2', 'ratio-level2').opacity).toBe(1);
    expect(mark(g, 'level2', 'ratio-level3').opacity).toBe(0);
    expect(mark(g, 'level3', 'ratio-level3').opacity).toBe(1);
  });

  it('gridGeometry() describes each state with the source figures', () => {
    expect(g.states[0]!.description).toBe('金水区将多类基层治理网格合并统一，划分17个一级网格。');
    expect(g.states[1]!.description).toContain('二级网格214个');
    expect(g.states[1]!.description).toContain('13倍（推算）');
    expect(g.states[2]!.description).toContain('三级网格956个');
    expect(g.states[3]!.description).toBe('3125名党员参与网格治理；首批14个职能部门2816人已完成与街道基础网格融合。');
    expect(en.states[3]!.description).toContain('3,125 Party members');
    expect(en.states.map((s) => s.description).join('')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('gridGeometry() keeps every mark inside the viewBox', () => {
    expectMarksInside(g);
    expectMarksInside(en);
  });
});

// ---------------------------------------------------------------- components

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<CityBrainChart>', () => {
  it('<CityBrainChart> renders three category bars, the pilot scope and no total', async () => {
    const html = await container.renderToString(CityBrainChart, { locals: locals() });
    expect(html).toContain('data-chart="city-brain-records"');
    expect(html).toContain('data-state="organisations"');
    for (const k of ['addresses', 'objects', 'organisations']) {
      expect(html).toContain(`data-mark="bar-${k}"`);
      expect(html).toContain(`data-mark="label-${k}"`);
    }
    expect(count(html, /data-state-text="/g)).toBe(3);
    const svg = svgOf(html);
    for (const v of ['752065条', '116113条', '212867条', '“先庆路”等5个街道、23个社区']) expect(svg).toContain(v);
    expect(svg).not.toContain('1081045');
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<CityBrainChart> renders in English with converted units', async () => {
    const html = await container.renderToString(CityBrainChart, { locals: locals('en') });
    const svg = svgOf(html);
    expect(svg).toContain('752,065 records');
    expect(svg).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('<GridHierarchyChart>', () => {
  it('<GridHierarchyChart> renders three tiers of dots and two people bands from patterns', async () => {
    const html = await container.renderToString(GridHierarchyChart, { locals: locals() });
    expect(html).toContain('data-chart="grid-hierarchy"');
    expect(html).toContain('data-state="people"');
    expect(count(html, /<pattern /g)).toBe(5);
    // rows: 1 + 5 + 15 (grids) + 5 + 5 (people)
    expect(count(html, /data-mark="(level[123]|party|staff)-row-\d+"/g)).toBe(31);
    expect(count(html, /data-state-text="/g)).toBe(4);
    const svg = svgOf(html);
    for (const v of ['17个', '214个', '956个', '3125名', '14个', '2816人', '13倍*', '4.5倍*']) expect(svg).toContain(v);
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<GridHierarchyChart> renders in English', async () => {
    const html = await container.renderToString(GridHierarchyChart, { locals: locals('en') });
    const svg = svgOf(html);
    expect(svg).toContain('956 grids');
    expect(svg).toContain('13× level 1*');
    expect(svg).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
