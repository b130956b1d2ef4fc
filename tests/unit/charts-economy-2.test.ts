import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import {
  economyScaleGeometry,
  wrap,
  type EconomyScaleData,
  FIGURES as ECONOMY_SCALE_FIGURES,
} from '../../src/charts/economy-scale/geometry.ts';
import { STATES as SCALE_STATES } from '../../src/charts/economy-scale/states.ts';
import EconomyScaleChart from '../../src/charts/economy-scale/EconomyScaleChart.astro';
import { buildingEconomyGeometry, listSize, type BuildingEconomyData } from '../../src/charts/building-economy/geometry.ts';
import { STATES as BUILDING_STATES } from '../../src/charts/building-economy/states.ts';
import BuildingEconomyChart from '../../src/charts/building-economy/BuildingEconomyChart.astro';
import type { ChartLayout } from '../../src/charts/shared/layout.ts';
import { figuresFor, getSeries } from '../../src/data/index.ts';
import { count, expectMarksInside, f, locals, mark, svgOf } from './support.ts';

const lines = (ls: { text: string; x: number; y: number }[]) => ls;

// ---------------------------------------------------------------- economy-scale
const scaleData: EconomyScaleData = figuresFor(ECONOMY_SCALE_FIGURES, '2022');

describe('economyScaleGeometry()', () => {
  const g = economyScaleGeometry(scaleData);
  const en = economyScaleGeometry(scaleData, { lang: 'en' });

  it('economyScaleGeometry() lays out every state of states.ts, in order', () => {
    expect(SCALE_STATES).toEqual(['gdp', 'industries', 'digital']);
    expect(g.states.map((s) => s.id)).toEqual(['gdp', 'industries', 'digital']);
  });

  it.each([
    ['gdp', [true, false, false]],
    ['industries', [true, true, false]],
    ['digital', [true, true, true]],
  ] as const)('economyScaleGeometry() shows the right squares in state %s', (state, shown) => {
    const keys = ['gdp', 'industries', 'digital'];
    expect(keys.map((k) => mark(g, state, `sq-${k}`).width! > 0)).toEqual(shown);
    expect(keys.map((k) => mark(g, state, `sq-${k}`).opacity === 1)).toEqual(shown);
    expect(keys.map((k) => mark(g, state, `label-${k}`).opacity === 1)).toEqual(shown);
  });

  it('economyScaleGeometry() adds the growth and rank annotation only in the digital state', () => {
    expect(mark(g, 'gdp', 'annot-digital').opacity).toBe(0);
    expect(mark(g, 'industries', 'annot-digital').opacity).toBe(0);
    expect(mark(g, 'digital', 'annot-digital').opacity).toBe(1);
  });

  it('economyScaleGeometry() collapses hidden squares onto the baseline', () => {
    const hidden = mark(g, 'gdp', 'sq-digital');
    expect(hidden).toMatchObject({ width: 0, height: 0, y: g.baseline });
  });

  it('economyScaleGeometry() draws squares whose areas are proportional to 1800 : 1100 : 162.6 (亿元)', () => {
    const area = (k: string) => mark(g, 'digital', `sq-${k}`).width! * mark(g, 'digital', `sq-${k}`).height!;
    expect(area('industries') / area('gdp')).toBeCloseTo(1100 / 1800, 2);
    expect(area('digital') / area('gdp')).toBeCloseTo(162.6 / 1800, 2);
    for (const k of ['gdp', 'industries', 'digital'])
      expect(mark(g, 'digital', `sq-${k}`).width).toBe(mark(g, 'digital', `sq-${k}`).height);
  });

  it('economyScaleGeometry() sets the squares side by side on one baseline, not nested', () => {
    const [a, b, c] = ['gdp', 'industries', 'digital'].map((k) => mark(g, 'digital', `sq-${k}`));
    for (const s of [a!, b!, c!]) expect(s.y! + s.height!).toBeCloseTo(g.baseline, 1);
    expect(a!.x! + a!.width!).toBeLessThan(b!.x!);
    expect(b!.x! + b!.width!).toBeLessThan(c!.x!);
  });

  it('economyScaleGeometry() labels the squares as the source writes them', () => {
    expect(g.squares.map((s) => s.valueText)).toEqual(['超越1800亿元', '突破1100亿元', '162.6亿元']);
    expect(en.squares.map((s) => s.valueText)).toEqual(['over 180 billion yuan', 'over 110 billion yuan', '16.26 billion yuan']);
    // A Chinese value is never broken inside its number or unit.
    expect(g.squares[1]!.valueLines.map((l) => l.text)).toEqual(['突破1100亿元']);
  });

  it('economyScaleGeometry() marks the two lower bounds (超越, 突破) with ▲ and not the exact value', () => {
    expect(g.squares.map((s) => s.bound)).toEqual([true, true, false]);
    expect(g.squares.map((s) => s.marker !== undefined)).toEqual([true, true, false]);
    expect(g.notes[0]!.text).toBe('▲ 原文为“超越”“突破”：实际值大于方块所示');
  });

  it('economyScaleGeometry() annotates the digital core with its growth and rank', () => {
    expect(g.annotation.map((l) => l.text).join('')).toBe('增长16.2%，总量、增速均居市内六区首位');
    expect(en.annotation.map((l) => l.text).join(' ')).toContain('up 16.2%; 1st');
  });

  it('economyScaleGeometry() computes no share of GDP', () => {
    const text = [...g.states.map((s) => s.description), ...g.notes.map((l) => l.text), ...g.annotation.map((l) => l.text)].join('');
    expect(text).not.toMatch(/占|比重/);
    expect(text.match(/\d+(\.\d+)?%/g)).toEqual(['16.2%', '16.2%']); // the growth rate only
  });

  it('economyScaleGeometry() describes each state with the figures', () => {
    expect(g.states.map((s) => s.description)).toEqual([
      '2021年，金水区地区生产总值超越1800亿元。方块面积与数值成正比。',
      '五大重点产业增加值突破1100亿元（原文未注明年份，所以不能当作与2021年的地区生产总值同一年的数字来比）。五大重点产业：信息科技、现代金融、高端商务、商贸服务、文化创意。',
      '2021年，数字经济核心产业完成增加值162.6亿元，增长16.2%，总量、增速均居市内六区首位。',
    ]);
    expect(en.states[0]!.description).toBe(
      "Jinshui's GDP (2021) was over 180 billion yuan. Each square's area is proportional to its value.",
    );
    // Each square names its period: the key industries have none in the source.
    expect(g.squares.map((s) => s.nameLines.map((l) => l.text).join(''))).toEqual([
      '地区生产总值（2021年）',
      '五大重点产业增加值（原文未注明年份）',
      '数字经济核心产业增加值（2021年）',
    ]);
  });

  it('economyScaleGeometry() keeps the large squares\u2019 labels inside their squares', () => {
    for (const layout of [g, en])
      for (const sq of layout.squares.slice(0, 2))
        for (const l of [...sq.nameLines, ...sq.valueLines]) {
          expect(l.x).toBeGreaterThan(sq.x);
          expect(l.y).toBeGreaterThan(sq.y);
          expect(l.y).toBeLessThan(sq.y + sq.side);
        }
  });

  it('economyScaleGeometry() keeps every mark and label inside the viewBox', () => {
    for (const layout of [g, en]) {
      expect(layout.width).toBe(400);
      expectMarksInside(layout);
      const all = lines([...layout.notes, ...layout.annotation, ...layout.squares.flatMap((s) => [...s.nameLines, ...s.valueLines])]);
      for (const l of all) {
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.x).toBeLessThanOrEqual(layout.width);
        expect(l.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('wrap() breaks Latin text at spaces and leaves kept Chinese values whole', () => {
    expect(wrap('over 180 billion yuan', 100, 14, true)).toEqual(['over 180', 'billion yuan']);
    expect(wrap('超越1800亿元', 20, 14, true, true)).toEqual(['超越1800亿元']);
  });
});

// ---------------------------------------------------------------- building-economy
const buildingData: BuildingEconomyData = {
  over10m: f('buildings-tax-over-10m'),
  over100m: f('buildings-tax-over-100m'),
  rank: f('building-economy-rank-2022'),
  heading: getSeries('tax-buildings', '2022').label,
};
const ids = (g: ChartLayout, prefix: string) => Object.keys(g.states[0]!.marks).filter((k) => new RegExp(`^${prefix}-\\d+$`).test(k));

describe('buildingEconomyGeometry()', () => {
  const g = buildingEconomyGeometry(buildingData);
  const en = buildingEconomyGeometry(buildingData, { lang: 'en' });

  it('buildingEconomyGeometry() lays out every state of states.ts, in order', () => {
    expect(BUILDING_STATES).toEqual(['over-10m', 'over-100m', 'rank']);
    expect(g.states.map((s) => s.id)).toEqual(['over-10m', 'over-100m', 'rank']);
  });

  it('buildingEconomyGeometry() draws one glyph per building: 55 and, separately, 14', () => {
    expect(ids(g, 'a')).toHaveLength(55);
    expect(ids(g, 'b')).toHaveLength(14);
  });

  it('buildingEconomyGeometry() keeps all glyphs the same size (their size encodes nothing)', () => {
    const sizes = new Set([...ids(g, 'a'), ...ids(g, 'b')].map((id) => `${mark(g, 'rank', id).width}x${mark(g, 'rank', id).height}`));
    expect(sizes.size).toBe(1);
  });

  it('buildingEconomyGeometry() shows only the 55 in state over-10m', () => {
    expect(ids(g, 'a').every((id) => mark(g, 'over-10m', id).opacity === 1 && mark(g, 'over-10m', id).height! > 0)).toBe(true);
    expect(ids(g, 'b').every((id) => mark(g, 'over-10m', id).opacity === 0 && mark(g, 'over-10m', id).height === 0)).toBe(true);
    for (const m of ['label-b', 'note-basis', 'rank-strip', 'rank-label']) expect(mark(g, 'over-10m', m).opacity).toBe(0);
  });

  it('buildingEconomyGeometry() highlights the 14 in state over-100m, with the tax-basis note', () => {
    expect(ids(g, 'b').every((id) => mark(g, 'over-100m', id).opacity === 1 && mark(g, 'over-100m', id).height! > 0)).toBe(true);
    expect(ids(g, 'a').every((id) => mark(g, 'over-100m', id).opacity! < 1)).toBe(true);
    expect(mark(g, 'over-100m', 'label-b').opacity).toBe(1);
    expect(mark(g, 'over-100m', 'note-basis').opacity).toBe(1);
    expect(mark(g, 'over-100m', 'rank-strip').opacity).toBe(0);
  });

  it('buildingEconomyGeometry() draws the 14 as their own group, not inside the 55', () => {
    const bottomOfA = Math.max(...ids(g, 'a').map((id) => mark(g, 'rank', id).y! + mark(g, 'rank', id).height!));
    expect(Math.min(...ids(g, 'b').map((id) => mark(g, 'rank', id).y!))).toBeGreaterThan(bottomOfA);
    expect(g.note.map((l) => l.text).join('')).toBe('两组按不同口径统计（区级税收、全口径税收），14幢不一定包含在55幢之中');
    expect(en.note.map((l) => l.text).join(' ')).toContain('the 14 buildings are not necessarily among the 55 buildings');
  });

  it('buildingEconomyGeometry() labels the counts as the source writes them', () => {
    expect(g.groups.map((gr) => gr.countText)).toEqual(['55幢', '14幢']);
    expect(g.groups.map((gr) => gr.nameLines.map((l) => l.text).join(''))).toEqual(['区级税收超千万楼宇', '全口径税收超亿元楼宇']);
    expect(en.groups.map((gr) => gr.countText)).toEqual(['55 buildings', '14 buildings']);
  });

  it('buildingEconomyGeometry() reads the list size, 30, from the source\u2019s "30强"', () => {
    expect(listSize(buildingData.rank)).toBe(30);
    expect(() => listSize({ ...buildingData.rank, quote: '居第12位' })).toThrow(/list size/);
  });

  it('buildingEconomyGeometry() highlights slot 12 of 30 in the rank state', () => {
    expect(g.rank.slots).toHaveLength(30);
    expect(g.rank.position).toBe(12);
    const hit = mark(g, 'rank', 'rank-hit');
    expect(hit.x).toBe(g.rank.slots[11]!.x);
    expect(hit.opacity).toBe(1);
    expect(mark(g, 'over-100m', 'rank-hit')).toMatchObject({ height: 0, opacity: 0 });
    expect(mark(g, 'rank', 'rank-strip').opacity).toBe(1);
    // Eleven slots to its left, eighteen to its right.
    expect(g.rank.slots.filter((s) => s.x < hit.x!)).toHaveLength(11);
    expect(g.rank.slots.filter((s) => s.x > hit.x!)).toHaveLength(18);
  });

  it('buildingEconomyGeometry() labels the ranking as the source writes it', () => {
    // Not "金水区第12位": in the source the sentence's subject is 园路商圈.
    expect(g.rank.label.text).toBe('居第12位');
    expect(g.rank.ends.map((e) => e.text)).toEqual(['第1位', '第30位']);
    expect(g.rank.heading.map((l) => l.text).join('')).toBe('2022年度中国楼宇经济(总部经济)标杆城区30强');
    expect(en.rank.label.text).toBe('12th');
    expect(en.rank.ends.map((e) => e.text)).toEqual(['1st', '30th']);
  });

  it('buildingEconomyGeometry() describes each state with the figures', () => {
    expect(g.states.map((s) => s.description)).toEqual([
      '金水区区级税收超千万楼宇达到55幢（原文未注明年份），一个方块代表一幢楼。',
      '全口径税收超亿元楼宇达到14幢。两项按不同口径统计（区级税收与全口径税收），这14幢不一定包含在那55幢之中。',
      '在2022年度中国楼宇经济(总部经济)标杆城区30强中居第12位。原文这一句的前半句以“园路商圈消费热度”开头；后半句“2022年度中国楼宇经济(总部经济)标杆城区30强中居第12位”没有写主语，榜单名又是“标杆城区”。原文没有写明居第12位的是谁，本站也不替它说。',
    ]);
    // The source leaves the subject of the place open: no state gives it to Jinshui or to the shopping district.
    expect(g.states[2]!.description).not.toMatch(/金水区|主语是/);
    expect(en.states[2]!.description).toMatch(
      /^12th among the 2022 top 30 benchmark districts for China's building \(headquarters\) economy\. In the source/,
    );
  });

  it('buildingEconomyGeometry() keeps every mark and label inside the viewBox', () => {
    for (const layout of [g, en]) {
      expect(layout.width).toBe(400);
      expectMarksInside(layout);
      const all = [
        ...layout.heading,
        ...layout.note,
        ...layout.rank.heading,
        layout.rank.label,
        ...layout.rank.ends,
        ...layout.groups.flatMap((gr) => [gr.countLine, ...gr.nameLines]),
      ];
      for (const l of all) {
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.x).toBeLessThanOrEqual(layout.width);
        expect(l.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });
});

// ---------------------------------------------------------------- rendering
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<EconomyScaleChart>', () => {
  it('<EconomyScaleChart> renders the final state with three squares, labels and sources', async () => {
    const html = await container.renderToString(EconomyScaleChart, { locals: locals() });
    expect(html).toContain('data-chart="economy-scale"');
    expect(html).toContain('data-state="digital"');
    for (const m of ['sq-gdp', 'sq-industries', 'sq-digital', 'label-gdp', 'label-industries', 'label-digital', 'annot-digital'])
      expect(html).toContain(`data-mark="${m}"`);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 400 \d+"[^>]*role="img"/);
    for (const t of ['超越1800亿元', '突破1100亿元', '162.6亿元', '增长16.2%，总量、增速均居市内六区首位'])
      expect(svgOf(html)).toContain(t);
    expect(count(html, /data-state-text="/g)).toBe(3);
    expect(html).toContain('“<span class=\"source-quote\" lang=\"zh-CN\">数字经济核心产业完成增加值162.6亿元</span>”');
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<EconomyScaleChart> renders in English with converted units', async () => {
    const html = await container.renderToString(EconomyScaleChart, { locals: locals('en') });
    expect(svgOf(html)).toContain('16.26 billion yuan');
    expect(svgOf(html)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('<BuildingEconomyChart>', () => {
  it('<BuildingEconomyChart> renders 55 + 14 glyphs and a 30-slot ranking strip', async () => {
    const html = await container.renderToString(BuildingEconomyChart, { locals: locals() });
    expect(html).toContain('data-chart="building-economy"');
    expect(html).toContain('data-state="rank"');
    expect(count(html, /data-mark="a-\d+"/g)).toBe(55);
    expect(count(html, /data-mark="b-\d+"/g)).toBe(14);
    expect(count(html, /<rect class="track"/g)).toBe(30);
    for (const m of ['label-a', 'label-b', 'note-basis', 'rank-strip', 'rank-hit', 'rank-label'])
      expect(html).toContain(`data-mark="${m}"`);
    for (const t of ['55幢', '14幢', '居第12位']) expect(svgOf(html)).toContain(t);
    expect(svgOf(html)).not.toContain('金水区第12位');
    expect(html).toContain('“<span class=\"source-quote\" lang=\"zh-CN\">全口径税收超亿元楼宇达到14幢</span>”');
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<BuildingEconomyChart> renders in English', async () => {
    const html = await container.renderToString(BuildingEconomyChart, { locals: locals('en') });
    expect(svgOf(html)).toContain('12th');
    expect(svgOf(html)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
