/**
 * Charts of chapter 一、建设经济高质量发展先行区: rank-climb, innovation-multipliers,
 * tech-transactions. Expected values are the source's numbers, written out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { rankGeometry, type RankData } from '../../src/charts/rank-climb/geometry.ts';
import { STATES as RANK_STATES } from '../../src/charts/rank-climb/states.ts';
import RankChart from '../../src/charts/rank-climb/RankChart.astro';
import { innovationGeometry, type InnovationRow } from '../../src/charts/innovation-multipliers/geometry.ts';
import { STATES as INNOVATION_STATES } from '../../src/charts/innovation-multipliers/states.ts';
import InnovationChart from '../../src/charts/innovation-multipliers/InnovationChart.astro';
import {
  transactionsGeometry,
  transactionsTitle,
  type TransactionsData,
  FIGURES as TECH_TRANSACTIONS_FIGURES,
} from '../../src/charts/tech-transactions/geometry.ts';
import { STATES as TRANSACTIONS_STATES } from '../../src/charts/tech-transactions/states.ts';
import TransactionsChart from '../../src/charts/tech-transactions/TransactionsChart.astro';
import { figuresFor } from '../../src/data/index.ts';
import { textWidth } from '../../src/charts/shared/text.ts';
import { expectMarksInside, f, locals, mark, svgOf } from './support.ts';

// ---- rank-climb ----------------------------------------------------------

const rankData: RankData = { ranks: [f('top100-rank-2020'), f('top100-rank-2021'), f('top100-rank-this-year')] };

describe('rankGeometry()', () => {
  const g = rankGeometry(rankData);
  const step = (key: string) => g.steps.find((s) => s.key === key)!;

  it('rankGeometry() lays out every state of states.ts, in order', () => {
    expect(g.states.map((s) => s.id)).toEqual(['y2020', 'y2021', 'y2022']);
    expect([...RANK_STATES]).toEqual(['y2020', 'y2021', 'y2022']);
  });
  it('rankGeometry() places 2022 above 2021 above 2020 (20th, 22nd, 26th; 1st at the top)', () => {
    expect(step('2022').cy).toBeLessThan(step('2021').cy);
    expect(step('2021').cy).toBeLessThan(step('2020').cy);
    expect(g.ticks[0]!.rank).toBe(1);
    expect(g.ticks[0]!.y).toBeLessThan(g.ticks[g.ticks.length - 1]!.y);
  });
  it('rankGeometry() spaces ranks evenly: the 26→22 climb is twice the 22→20 climb', () => {
    const climb1 = step('2020').cy - step('2021').cy;
    const climb2 = step('2021').cy - step('2022').cy;
    expect(climb1 / climb2).toBeCloseTo(4 / 2, 2);
  });
  it('rankGeometry() keeps all three ranks inside the 1–30 window', () => {
    expect(g.topRank).toBe(1);
    expect(g.bottomRank).toBe(30);
    const top = g.ticks.find((t) => t.rank === 1)!.y;
    const bottom = g.ticks.find((t) => t.rank === 30)!.y;
    for (const s of g.steps) {
      expect(s.cy).toBeGreaterThan(top);
      expect(s.cy).toBeLessThan(bottom);
    }
  });
  it('rankGeometry() moves the marker to the current year in each state', () => {
    expect(mark(g, 'y2020', 'marker')).toMatchObject({ cx: step('2020').cx, cy: step('2020').cy });
    expect(mark(g, 'y2021', 'marker')).toMatchObject({ cx: step('2021').cx, cy: step('2021').cy });
    expect(mark(g, 'y2022', 'marker')).toMatchObject({ cx: step('2022').cx, cy: step('2022').cy });
  });
  it('rankGeometry() draws only the 2020 tread in y2020', () => {
    expect(mark(g, 'y2020', 'tread-2020').width).toBeGreaterThan(0);
    expect(mark(g, 'y2020', 'tread-2021')).toMatchObject({ width: 0, opacity: 0 });
    expect(mark(g, 'y2020', 'riser-2021').opacity).toBe(0);
    expect(mark(g, 'y2020', 'tread-2022')).toMatchObject({ width: 0, opacity: 0 });
    expect(mark(g, 'y2020', 'ghost-2020').opacity).toBe(0);
  });
  it('rankGeometry() climbs one step in y2021 and leaves a ghost at 26th', () => {
    expect(mark(g, 'y2021', 'tread-2021').opacity).toBe(1);
    expect(mark(g, 'y2021', 'tread-2022').opacity).toBe(0);
    const riser = mark(g, 'y2021', 'riser-2021');
    // The riser spans from the 26th-place tread up to the 22nd-place tread.
    expect(riser.y! + riser.height!).toBeCloseTo(step('2020').cy + 2, 1);
    expect(riser.y).toBeCloseTo(step('2021').cy - 2, 1);
    expect(mark(g, 'y2021', 'ghost-2020').opacity).toBeGreaterThan(0);
    expect(mark(g, 'y2021', 'ghost-2021').opacity).toBe(0);
  });
  it('rankGeometry() shows the whole staircase and both ghosts in y2022', () => {
    for (const id of ['tread-2020', 'tread-2021', 'tread-2022', 'riser-2021', 'riser-2022']) expect(mark(g, 'y2022', id).opacity).toBe(1);
    expect(mark(g, 'y2022', 'ghost-2020').opacity).toBeGreaterThan(0);
    expect(mark(g, 'y2022', 'ghost-2021').opacity).toBeGreaterThan(0);
    expect(mark(g, 'y2022', 'label-2022').opacity).toBe(1);
    expect(mark(g, 'y2022', 'label-2020').opacity).toBeLessThan(1);
  });
  it('rankGeometry() labels ranks as the source writes them', () => {
    expect(g.steps.map((s) => s.label)).toEqual(['第26位', '第22位', '第20位']);
    expect(rankGeometry(rankData, { lang: 'en' }).steps.map((s) => s.label)).toEqual(['26th', '22nd', '20th']);
    expect(g.steps.map((s) => s.key)).toEqual(['2020', '2021', '2022']);
    // Shown: the years the source states, and its own word for the third (it gives no year).
    expect(g.steps.map((s) => s.yearLabel)).toEqual(['2020', '2021', '今年']);
  });
  it('rankGeometry() names Binjiang and Yuhang only in a note, shown in y2022, without ranks', () => {
    expect(g.benchmark.lines.join('')).toContain('滨江区和余杭区');
    expect(g.benchmark.lines.join('')).toContain('未给出');
    expect(mark(g, 'y2021', 'note-benchmark').opacity).toBe(0);
    expect(mark(g, 'y2022', 'note-benchmark').opacity).toBe(1);
    const markIds = Object.keys(g.states[2]!.marks);
    expect(markIds.filter((id) => /binjiang|yuhang/i.test(id))).toEqual([]);
  });
  it('rankGeometry() describes each state with the bound figures', () => {
    expect(g.states[0]!.description).toBe('2020年，金水区在全国高质量发展百强区中位列第26位。');
    expect(g.states[1]!.description).toContain('第22位');
    expect(g.states[2]!.description).toContain('第20位');
    expect(rankGeometry(rankData, { lang: 'en' }).states[2]!.description).toContain('20th');
  });
  it('rankGeometry() keeps every mark inside the viewBox', () => {
    expectMarksInside(g);
    expectMarksInside(rankGeometry(rankData, { lang: 'en' }));
  });
});

// ---- innovation-multipliers ----------------------------------------------

const row = (key: string, appearsIn: InnovationRow['appearsIn']): InnovationRow => ({
  base: f(`${key}-start`),
  now: f(`${key}-now`),
  rate: f(`${key}-growth-rate`),
  multiple: f(`${key}-multiple`),
  appearsIn,
});
const innovationRows = [row('research-centres', 'centres'), row('tech-enterprises', 'tech'), row('high-tech-enterprises', 'hightech')];

describe('innovationGeometry()', () => {
  const g = innovationGeometry(innovationRows);

  it('innovationGeometry() lays out every state of states.ts, in order', () => {
    expect(g.states.map((s) => s.id)).toEqual(['centres', 'tech', 'hightech']);
    expect([...INNOVATION_STATES]).toEqual(['centres', 'tech', 'hightech']);
  });
  it.each([
    ['centres', [1, 0, 0]],
    ['tech', [1, 1, 0]],
    ['hightech', [1, 1, 1]],
  ] as const)('innovationGeometry() shows the right rows in state %s', (state, shown) => {
    expect([0, 1, 2].map((i) => mark(g, state, `row-${i}`).opacity)).toEqual(shown);
  });
  it('innovationGeometry() keeps a hidden row collapsed on its start dot', () => {
    expect(mark(g, 'centres', 'bar-2').width).toBe(0);
    expect(mark(g, 'centres', 'now-2').cx).toBe(g.rows[2]!.baseX);
    expect(mark(g, 'hightech', 'now-2').cx).toBe(g.rows[2]!.nowX);
  });
  it('innovationGeometry() keeps the two legend items apart and names no year for either end', () => {
    for (const layout of [innovationGeometry(innovationRows), innovationGeometry(innovationRows, { lang: 'en' })]) {
      expect(layout.legend.nowX).toBeGreaterThanOrEqual(layout.legend.baseX + 18 + textWidth(layout.legend.baseText, 12));
      expect(layout.legend.baseText + layout.legend.nowText).not.toMatch(/20\d\d|目前/);
    }
  });
  it('innovationGeometry() draws start → grown-to left to right for every row', () => {
    for (const r of g.rows) expect(r.nowX).toBeGreaterThan(r.baseX);
  });
  it('innovationGeometry() uses a log scale: equal gaps for 10→100 and 100→1000', () => {
    const [t10, t100, t1000] = g.ticks;
    expect(t100!.x - t10!.x).toBeCloseTo(t1000!.x - t100!.x, 1);
  });
  it('innovationGeometry() makes bar lengths proportional to log(grown-to ÷ start)', () => {
    const len = (i: number) => mark(g, 'hightech', `bar-${i}`).width!;
    // 723 ÷ 22 against 433 ÷ 57, and 2339 ÷ 236.4 against 433 ÷ 57.
    expect(len(2) / len(0)).toBeCloseTo(Math.log(723 / 22) / Math.log(433 / 57), 1);
    expect(len(1) / len(0)).toBeCloseTo(Math.log(2339 / 236.4) / Math.log(433 / 57), 1);
  });
  it('innovationGeometry() marks the derived starting counts with * and keeps 236.4 unrounded', () => {
    expect(g.rows.map((r) => r.baseText)).toEqual(['约57家*', '约236.4家*', '约22家*']);
    expect(g.rows.map((r) => r.nowText)).toEqual(['433家', '2339家', '723家']);
  });
  it('innovationGeometry() labels the derived multiples with 约 and *', () => {
    expect(g.rows.map((r) => r.multipleText)).toEqual(['约7.6倍*', '约9.9倍*', '约33倍*']);
    expect(mark(g, 'centres', 'multiple-1').opacity).toBe(0);
    expect(mark(g, 'tech', 'multiple-1').opacity).toBe(1);
  });
  it('innovationGeometry() labels rows with the source names, shortened in English', () => {
    expect(g.rows.map((r) => r.label)).toEqual(['各级工程技术研究中心', '科技型企业', '高新技术企业']);
    const en = innovationGeometry(innovationRows, { lang: 'en' });
    expect(en.rows.map((r) => r.label)).toEqual([
      'Engineering technology research centres',
      'Technology-based enterprises',
      'High-tech enterprises',
    ]);
    expect(en.rows.map((r) => r.baseText)).toEqual(['about 57*', 'about 236.4*', 'about 22*']);
    expect(en.rows.map((r) => r.nowText)).toEqual(['433', '2,339', '723']);
    expect(en.rows[2]!.multipleText).toBe('about 33×*');
  });
  it('innovationGeometry() describes each state with the stated growth rates and derived values', () => {
    expect(g.states[0]!.description).toContain('433家');
    expect(g.states[0]!.description).toContain('659.65%');
    expect(g.states[0]!.description).toContain('57家（推算）');
    expect(g.states[1]!.description).toContain('889.42%');
    expect(g.states[1]!.description).toContain('236.4家（推算）');
    expect(g.states[2]!.description).toContain('3186.36%');
    expect(g.states[2]!.description).toContain('约33倍（推算）');
  });
  it('innovationGeometry() keeps every mark inside the viewBox', () => {
    expectMarksInside(g);
    for (const r of g.rows) expect(r.nowX + 30).toBeLessThanOrEqual(g.width);
  });
});

describe('economy derived figures', () => {
  it('economy-derived.yaml states the multiples and the implied start bound as computed by hand', () => {
    expect(f('research-centres-multiple').value).toBe(7.6); // 433 ÷ 57
    expect(f('tech-enterprises-multiple').value).toBe(9.9); // 2339 ÷ 236.4
    expect(f('high-tech-enterprises-multiple').value).toBe(33); // 723 ÷ 22 = 32.86…, to the 2 significant figures of 22
    expect(f('tech-transactions-start-upper-bound').value).toBe(93_000_000); // 52亿 ÷ (1 + 55) = 0.9286…亿, to the 2 figures of 52 and 55
    expect(f('tech-transactions-start-upper-bound-if-multiple').value).toBe(95_000_000); // 52亿 ÷ 55 = 0.9455…亿
    for (const id of [
      'research-centres-multiple',
      'tech-enterprises-multiple',
      'high-tech-enterprises-multiple',
      'tech-transactions-start-upper-bound',
      'tech-transactions-start-upper-bound-if-multiple',
    ])
      expect(f(id).derived).toBeDefined();
  });
});

// ---- tech-transactions ---------------------------------------------------

const txData: TransactionsData = figuresFor(TECH_TRANSACTIONS_FIGURES, '2022');

describe('transactionsGeometry()', () => {
  const g = transactionsGeometry(txData);
  const squares = (state: string) => g.cells.map((_, i) => mark(g, state, `sq-${i}`));

  it('transactionsGeometry() lays out every state of states.ts, in order', () => {
    expect(g.states.map((s) => s.id)).toEqual(['start', 'now', 'multiple']);
    expect([...TRANSACTIONS_STATES]).toEqual(['start', 'now', 'multiple']);
  });
  it('transactionsGeometry() draws one square per 1亿元: 52 squares for 52亿元', () => {
    expect(g.unitValue).toBe(100_000_000);
    expect(g.cells).toHaveLength(52);
    for (const c of g.cells) expect(c.width).toBe(g.side);
  });
  it('transactionsGeometry() hides the 52 squares on the start square in the start state', () => {
    for (const s of squares('start')) {
      expect(s.opacity).toBe(0);
      expect(s.x).toBe(g.startSquare.x);
      expect(s.y).toBe(g.startSquare.y);
    }
  });
  it('transactionsGeometry() fills all 52 squares in the now and multiple states', () => {
    for (const state of ['now', 'multiple']) for (const s of squares(state)) expect(s.opacity).toBe(1);
    expect(squares('now').map((s) => s.x)).toEqual(g.cells.map((c) => c.x));
  });
  it('transactionsGeometry() fills rows of 11 so that 55 squares make a full 11 × 5 block', () => {
    const firstRow = g.cells.slice(0, 11);
    expect(new Set(firstRow.map((c) => c.y)).size).toBe(1);
    expect(g.cells[11]!.y).toBeGreaterThan(g.cells[0]!.y);
    expect(g.cells[11]!.x).toBe(g.cells[0]!.x);
  });
  it('transactionsGeometry() adds the 4 squares that growth of 55 times (56 × 1亿元) would need beyond 52 (shown only in multiple)', () => {
    expect(g.ghosts).toHaveLength(56 - 52);
    // They continue the last row: the 53rd to 55th cells close the 11 × 5 block, the 56th starts a sixth row.
    expect(g.ghosts[0]!.y).toBe(g.cells[51]!.y);
    expect(g.ghosts[2]!.x).toBe(g.cells[10]!.x);
    expect(g.ghosts[3]!.x).toBe(g.cells[0]!.x);
    expect(g.ghosts[3]!.y).toBeGreaterThan(g.cells[51]!.y);
    expect(mark(g, 'now', 'ghosts').opacity).toBe(0);
    expect(mark(g, 'multiple', 'ghosts').opacity).toBe(1);
    expect(mark(g, 'now', 'multiple-note').opacity).toBe(0);
    expect(mark(g, 'multiple', 'multiple-note').opacity).toBe(1);
  });
  it('transactionsGeometry() labels the start as an upper bound and the rest as the source writes them', () => {
    expect(g.startSquare.label).toBe('不到1亿元');
    expect(g.boundNote.text).toContain('不到');
    expect(g.nowHeading.value).toBe('52亿元');
    expect(g.keyText).toBe('每格 = 1亿元');
    expect(g.multipleNote.headline).toBe('增长超过55倍');
    expect(transactionsTitle(txData, 'zh')).toBe('成交额：由不到1亿元到52亿元');
  });
  it('transactionsGeometry() shows 52 ÷ 56 ≈ 0.93亿元 as the derived upper bound of the start, and 52 ÷ 55 ≈ 0.95亿元 under the other reading, marked *', () => {
    expect(g.multipleNote.bound).toBe('所以起点低于约0.93亿元*');
    expect(g.multipleNote.alt.join('')).toBe('若把增长超过55倍读作是起点的55倍以上，起点低于约0.95亿元*');
    expect(g.states[2]!.description).toContain('约0.93亿元（推算）');
    expect(g.states[2]!.description).toContain('约0.95亿元（推算）');
    expect(g.states[2]!.description).toContain('超过55倍');
    const en = transactionsGeometry(txData, { lang: 'en' });
    expect(en.multipleNote.bound).toBe('so the start was below about 93 million yuan*');
    expect(en.multipleNote.alt.join(' ')).toContain('about 95 million yuan*');
    expect(en.startSquare.label).toBe('under 100 million yuan');
    expect(en.nowHeading.value).toBe('5.2 billion yuan');
  });
  it('transactionsGeometry() describes each state with the bound figures', () => {
    expect(g.states[0]!.description).toContain('不到1亿元');
    expect(g.states[1]!.description).toBe('成交额增长至52亿元。');
  });
  it('transactionsGeometry() keeps every mark inside the viewBox', () => {
    expectMarksInside(g);
    for (const c of g.ghosts) expect(c.x + g.side).toBeLessThanOrEqual(g.width);
    expect(g.multipleNote.ghostYs[g.multipleNote.ghostYs.length - 1]!).toBeLessThan(g.height);
    expectMarksInside(transactionsGeometry(txData, { lang: 'en' }));
  });
});

// ---- components ----------------------------------------------------------

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('economy chart components', () => {
  it('<RankChart> renders the staircase in its final state', async () => {
    const html = await container.renderToString(RankChart, { locals: locals() });
    expect(html).toContain('data-chart="rank-climb"');
    expect(html).toContain('data-state="y2022"');
    for (const id of [
      'tread-2020',
      'tread-2021',
      'tread-2022',
      'riser-2021',
      'riser-2022',
      'ghost-2020',
      'ghost-2021',
      'marker',
      'label-2020',
      'label-2021',
      'label-2022',
      'note-benchmark',
    ])
      expect(html).toContain(`data-mark="${id}"`);
    for (const label of ['第26位', '第22位', '第20位', '滨江区和余杭区']) expect(svgOf(html)).toContain(label);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 400 \d+"/);
    expect(html).not.toMatch(/\sstyle="/);
    const en = await container.renderToString(RankChart, { locals: locals('en') });
    expect(svgOf(en)).toContain('20th');
  });
  it('<InnovationChart> renders three dumbbells with derived baselines marked', async () => {
    const html = await container.renderToString(InnovationChart, { locals: locals() });
    expect(html).toContain('data-chart="innovation-multipliers"');
    expect(html).toContain('data-state="hightech"');
    expect((html.match(/data-mark="bar-\d"/g) ?? []).length).toBe(3);
    expect((html.match(/class="stack"/g) ?? []).length).toBe(4); // three baselines + the legend
    for (const label of ['236.4家*', '2339家', '约33倍*']) expect(svgOf(html)).toContain(label);
    expect(html).toContain('推算：2339家 ÷ (1 + 889.42%)');
    expect(html).not.toMatch(/\sstyle="/);
    const en = await container.renderToString(InnovationChart, { locals: locals('en') });
    expect(svgOf(en)).toContain('about 9.9×*');
    expect(svgOf(en)).not.toMatch(/家|倍/);
  });
  it('<TransactionsChart> renders 52 squares, the dashed start and the 56-square frame, with both readings of 增长', async () => {
    const html = await container.renderToString(TransactionsChart, { locals: locals() });
    expect(html).toContain('data-chart="tech-transactions"');
    expect(html).toContain('data-state="multiple"');
    expect((html.match(/data-mark="sq-\d+"/g) ?? []).length).toBe(52);
    for (const id of ['ghosts', 'multiple-note', 'now-heading']) expect(html).toContain(`data-mark="${id}"`);
    for (const label of ['不到1亿元', '52亿元', '增长超过55倍', '约0.93亿元*', '约0.95亿元*']) expect(svgOf(html)).toContain(label);
    expect(html).toContain('“增长超过55倍”');
    expect(html).not.toMatch(/\sstyle="/);
    const en = await container.renderToString(TransactionsChart, { locals: locals('en') });
    expect(svgOf(en)).toContain('under 100 million yuan');
    expect(svgOf(en)).not.toMatch(/亿|万/);
  });
});
