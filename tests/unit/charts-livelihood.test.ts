/**
 * Chapter 三 (民生): jobs-income, elderly-childcare, education. Expected values
 * are the source's own numbers, written out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import {
  jobsIncomeGeometry,
  HEADROOM,
  type JobsIncomeData,
  FIGURES as JOBS_INCOME_FIGURES,
} from '../../src/charts/jobs-income/geometry.ts';
import { STATES as JOBS_STATES } from '../../src/charts/jobs-income/states.ts';
import {
  elderlyChildcareGeometry,
  type ElderlyChildcareData,
  FIGURES as ELDERLY_CHILDCARE_FIGURES,
} from '../../src/charts/elderly-childcare/geometry.ts';
import { figuresFor, formatFigure } from '../../src/data/index.ts';
import { STATES as ELDERLY_STATES } from '../../src/charts/elderly-childcare/states.ts';
import { educationGeometry, unitRows, type EducationData, FIGURES as EDUCATION_FIGURES } from '../../src/charts/education/geometry.ts';
import { STATES as EDUCATION_STATES } from '../../src/charts/education/states.ts';
import JobsIncomeChart from '../../src/charts/jobs-income/JobsIncomeChart.astro';
import ElderlyChildcareChart from '../../src/charts/elderly-childcare/ElderlyChildcareChart.astro';
import EducationChart from '../../src/charts/education/EducationChart.astro';
import { expectMarksInside, f, locals, mark, svgOf } from './support.ts';

// ---------------------------------------------------------------- jobs-income
const jobsData: JobsIncomeData = figuresFor(JOBS_INCOME_FIGURES, '2022');

describe('jobsIncomeGeometry()', () => {
  const g = jobsIncomeGeometry(jobsData);
  const [jobs, income] = g.panels;
  const height = (p: typeof jobs, y: number) => p.baseline - y;

  it('jobsIncomeGeometry() lays out the states jobs, income, growth in order', () => {
    expect(JOBS_STATES).toEqual(['jobs', 'income', 'growth']);
    expect(g.states.map((s) => s.id)).toEqual(['jobs', 'income', 'growth']);
  });
  it('jobsIncomeGeometry() draws exactly two points per series, 2012 and 2021, joined by one straight line', () => {
    expect(jobs.points.map((p) => p.year)).toEqual(['2012', '2021']);
    expect(income.points.map((p) => p.year)).toEqual(['2012', '2021']);
    const line = mark(g, 'growth', 'income-line');
    expect([line.x1, line.y1, line.x2, line.y2]).toEqual([income.points[0].x, income.points[0].y, income.points[1].x, income.points[1].y]);
  });
  it('jobsIncomeGeometry() shows only the jobs panel in state jobs', () => {
    expect(mark(g, 'jobs', 'jobs-line').opacity).toBe(1);
    expect(mark(g, 'jobs', 'jobs-label-2021').opacity).toBe(1);
    for (const id of [
      'income-panel',
      'income-line',
      'income-dot-2012',
      'income-dot-2021',
      'income-label-2021',
      'double-line',
      'jobs-change',
    ])
      expect(mark(g, 'jobs', id).opacity, id).toBe(0);
    // The income line is collapsed onto its 2012 point, ready to grow.
    expect(mark(g, 'jobs', 'income-line').x2).toBe(mark(g, 'jobs', 'income-line').x1);
  });
  it('jobsIncomeGeometry() adds the income panel in state income, without the annotations', () => {
    expect(mark(g, 'income', 'income-panel').opacity).toBe(1);
    expect(mark(g, 'income', 'income-line').x2).toBe(income.points[1].x);
    expect(mark(g, 'income', 'income-change').opacity).toBe(0);
    expect(mark(g, 'income', 'double-line').opacity).toBe(0);
  });
  it('jobsIncomeGeometry() annotates both changes and the doubling line in state growth', () => {
    for (const id of ['jobs-change', 'income-change', 'double-line', 'label-double']) expect(mark(g, 'growth', id).opacity, id).toBe(1);
  });
  it('jobsIncomeGeometry() starts each y scale at 0: heights are proportional to the values (35482 : 28248, 53471 : 28824)', () => {
    expect(jobs.zeroY).toBe(jobs.baseline);
    expect(income.zeroY).toBe(income.baseline);
    expect(height(jobs, jobs.points[1].y) / height(jobs, jobs.points[0].y)).toBeCloseTo(35482 / 28248, 2);
    expect(height(income, income.points[1].y) / height(income, income.points[0].y)).toBeCloseTo(53471 / 28824, 2);
  });
  it('jobsIncomeGeometry() puts both 2012 points at the same height, so the slopes compare directly', () => {
    expect(jobs.points[0].y).toBeCloseTo(income.points[0].y, 1);
    expect(height(jobs, jobs.points[0].y) / (jobs.baseline - g.plotTop)).toBeCloseTo(1 / HEADROOM, 3);
  });
  it('jobsIncomeGeometry() draws the doubling line at twice the 2012 income, above the 2021 point (53471 < 57648)', () => {
    expect(height(income, g.guide.y) / height(income, income.points[0].y)).toBeCloseTo(2, 2);
    expect(mark(g, 'growth', 'income-dot-2021').cy).toBeGreaterThan(g.guide.y);
    expect(g.guide.y).toBeGreaterThanOrEqual(g.plotTop);
  });
  it('jobsIncomeGeometry() labels points as the source writes them', () => {
    expect([...jobs.points, ...income.points].map((p) => p.text)).toEqual(['28248人', '35482人', '28824元', '53471元']);
    expect(jobs.points[0].number + jobs.points[0].measure).toBe('28248人');
    expect(jobs.change.value).toBe('增长25.6%');
    expect(income.change.value).toBe('约1.86倍*');
    expect(g.guide.label).toBe('翻一番：57648元*');
  });
  it('jobsIncomeGeometry() labels in English with converted numbers, the measure on its own line', () => {
    const en = jobsIncomeGeometry(jobsData, { lang: 'en' });
    expect(en.panels[0].points.map((p) => p.text)).toEqual(['28,248 people', '35,482 people']);
    expect(en.panels[1].points[1]).toMatchObject({ number: '53,471', measure: 'yuan', measureBelow: true });
    expect(en.panels[0].change.value).toBe('+25.6%');
    expect(en.panels[1].change.value).toBe('about 1.86×*');
    expect(en.guide.label).toBe('doubled: 57,648 yuan*');
  });
  it('jobsIncomeGeometry() describes each state with the bound figures', () => {
    expect(g.states[0]!.description).toBe('2021年金水区新增就业35482人，2012年为28248人。');
    expect(g.states[1]!.description).toContain('28824元');
    expect(g.states[1]!.description).toContain('53471元');
    expect(g.states[2]!.description).toContain('25.6%');
    expect(g.states[2]!.description).toContain('1.86倍（推算）');
    expect(g.states[2]!.description).toContain('57648元（推算）');
    expect(g.states[2]!.description).toContain('基本实现翻一番');
  });
  it('jobsIncomeGeometry() keeps every mark inside the viewBox', () => {
    expectMarksInside(g);
    expectMarksInside(jobsIncomeGeometry(jobsData, { lang: 'en' }));
  });
});

// ----------------------------------------------------------- elderly-childcare
const elderlyData: ElderlyChildcareData = figuresFor(ELDERLY_CHILDCARE_FIGURES, '2022');

describe('elderlyChildcareGeometry()', () => {
  const g = elderlyChildcareGeometry(elderlyData);
  const rowMarks = g.homes.rows.map((_, i) => `homes-row-${i}`);
  const childIcons = g.childcare.rows.flatMap((r) => r.icons.map((_, j) => `${r.key}-${j}`));

  it('elderlyChildcareGeometry() lays out the states elderly, homes, childcare in order', () => {
    expect(ELDERLY_STATES).toEqual(['elderly', 'homes', 'childcare']);
    expect(g.states.map((s) => s.id)).toEqual(['elderly', 'homes', 'childcare']);
  });
  it('elderlyChildcareGeometry() draws the 8 new elderly-care centres as outlines (under construction)', () => {
    expect(g.elderly.centres.icons).toHaveLength(8);
    expect(new Set(g.elderly.centres.icons.map((i) => i.status))).toEqual(new Set(['building']));
    expect(g.elderly.centres.value).toBe('8个');
  });
  it('elderlyChildcareGeometry() writes the platform users with their qualifier (余 / over)', () => {
    expect(g.elderly.platform.value).toBe('17.54万余人');
    expect(elderlyChildcareGeometry(elderlyData, { lang: 'en' }).elderly.platform.value).toBe('over 175,400 people');
  });
  it('elderlyChildcareGeometry() draws 315 dots, one per adapted home', () => {
    expect(g.homes.rows.reduce((n, r) => n + r.xs.length, 0)).toBe(315);
    expect(g.homes.rows.map((r) => (r.d.match(/M/g) ?? []).length).reduce((a, b) => a + b)).toBe(315);
    expect(g.homes.value).toBe('315户');
  });
  it('elderlyChildcareGeometry() draws 1 + 11 + 4 centres in use and 1 finished but not yet open', () => {
    expect(g.childcare.rows.map((r) => [r.key, r.icons.length, r.value])).toEqual([
      ['district', 1, '1家'],
      ['parenting', 11, '11家'],
      ['subdistrict', 4, '4家'],
    ]);
    expect(new Set(g.childcare.rows.flatMap((r) => r.icons.map((i) => i.status)))).toEqual(new Set(['open']));
    expect(g.childcare.ready.icon.status).toBe('ready');
    expect(g.childcare.ready.lines[0]).toBe('1家已装修完毕');
  });
  it('elderlyChildcareGeometry() shows only the elderly section in state elderly', () => {
    expect(mark(g, 'elderly', 'elderly').opacity).toBe(1);
    for (const id of ['homes-label', ...rowMarks, 'childcare-label', ...childIcons, 'subdistrict-ready', 'target'])
      expect(mark(g, 'elderly', id).opacity, id).toBe(0);
  });
  it('elderlyChildcareGeometry() adds the dots in state homes and dims the elderly section', () => {
    expect(mark(g, 'homes', 'elderly').opacity).toBeLessThan(1);
    for (const id of ['homes-label', ...rowMarks]) expect(mark(g, 'homes', id).opacity, id).toBe(1);
    for (const id of ['childcare-label', ...childIcons, 'target']) expect(mark(g, 'homes', id).opacity, id).toBe(0);
  });
  it('elderlyChildcareGeometry() shows everything in the last state, childcare', () => {
    for (const [id, m] of Object.entries(g.states[2]!.marks)) expect(m.opacity, id).toBe(1);
  });
  it('elderlyChildcareGeometry() annotates the city-wide target of 2 places per 1000 residents, met early', () => {
    const text = g.childcare.target.lines.join('');
    expect(text).toContain('2个');
    expect(text).toContain('已提前实现');
  });
  it('formatFigure() writes one unit in the English singular', () => {
    expect(formatFigure(f('district-childcare-guidance-centres'), 'en')).toBe('1 centre');
    expect(formatFigure(f('parenting-guidance-centres'), 'en')).toBe('11 centres');
    expect(formatFigure(f('district-childcare-guidance-centres'), 'zh')).toBe('1家');
  });
  it('elderlyChildcareGeometry() describes each state with the bound figures', () => {
    expect(g.states[0]!.description).toContain('8个');
    expect(g.states[0]!.description).toContain('17.54万余人');
    expect(g.states[1]!.description).toContain('315户');
    expect(g.states[2]!.description).toContain('11家');
    expect(g.states[2]!.description).toContain('秋季可开园招生');
  });
  it('elderlyChildcareGeometry() keeps every icon and dot inside the viewBox', () => {
    for (const lang of ['zh', 'en'] as const) {
      const l = elderlyChildcareGeometry(elderlyData, { lang });
      const icons = [...l.elderly.centres.icons, ...l.childcare.rows.flatMap((r) => r.icons), l.childcare.ready.icon];
      for (const i of icons) {
        expect(i.x).toBeGreaterThanOrEqual(0);
        expect(i.x + i.size).toBeLessThanOrEqual(l.width);
        expect(i.y + i.size).toBeLessThanOrEqual(l.height);
      }
      for (const r of l.homes.rows) for (const x of r.xs) expect(x + l.homes.dotR).toBeLessThanOrEqual(l.width);
      expect(l.childcare.target.y).toBeLessThanOrEqual(l.height);
    }
  });
});

// ------------------------------------------------------------------ education
const eduData: EducationData = figuresFor(EDUCATION_FIGURES, '2022');

describe('educationGeometry()', () => {
  const g = educationGeometry(eduData);
  const blockMarks = g.classes.blocks.map((_, i) => `classes-block-${i}`);
  const studentMarks = g.afterSchool.students.rows.map((_, i) => `students-row-${i}`);

  it('educationGeometry() lays out the states investment, classes, after-school in order', () => {
    expect(EDUCATION_STATES).toEqual(['investment', 'classes', 'after-school']);
    expect(g.states.map((s) => s.id)).toEqual(['investment', 'classes', 'after-school']);
  });
  it('educationGeometry() draws 50 school projects and writes the investment as the source does', () => {
    expect(g.investment.schools).toHaveLength(50);
    expect(g.investment.value).toBe('22.848亿元');
    expect(g.investment.projectsValue).toBe('50个');
    expect(g.investment.courses).toContain('150门');
    expect(g.investment.courses).toContain('31个');
  });
  it('educationGeometry() draws 1347 classes as 13 full blocks of 100 and one of 47', () => {
    const sizes = g.classes.blocks.map((b) => b.units.length);
    expect(sizes).toEqual([...Array(13).fill(100), 47]);
    expect(g.classes.blocks.map((b) => (b.d.match(/M/g) ?? []).length).reduce((a, b) => a + b)).toBe(1347);
    expect(g.classes.value).toBe('1347个');
  });
  it('educationGeometry() draws 11215 teachers as 11 squares and a 0.215 sliver (one square = 1000 people)', () => {
    const t = g.afterSchool.teachers.group;
    expect(t.units).toHaveLength(11);
    expect(t.partial!.fraction).toBeCloseTo(0.215, 6);
    expect(t.partial!.fillWidth / t.partial!.size).toBeCloseTo(0.215, 2);
    expect(g.afterSchool.teachers.value).toBe('11215名');
  });
  it('educationGeometry() draws 156100余 students as 156 squares, a 0.1 sliver and a lower-bound mark', () => {
    const rows = g.afterSchool.students.rows;
    expect(rows.reduce((n, r) => n + r.units.length, 0)).toBe(156);
    const partial = rows.find((r) => r.partial)!.partial!;
    expect(partial.fraction).toBeCloseTo(0.1, 6);
    expect(g.afterSchool.more.lowerBound).toBe(true);
    expect(g.afterSchool.more.x).toBeGreaterThan(partial.x + partial.size);
    expect(g.afterSchool.students.value).toBe('156100余名');
    expect(educationGeometry(eduData, { lang: 'en' }).afterSchool.students.value).toBe('over 156,100 students');
  });
  it('educationGeometry() shows only the investment section in state investment', () => {
    expect(mark(g, 'investment', 'investment').opacity).toBe(1);
    for (const id of ['classes-label', ...blockMarks, 'after-school-label', 'teachers', ...studentMarks, 'students-more'])
      expect(mark(g, 'investment', id).opacity, id).toBe(0);
  });
  it('educationGeometry() adds the class blocks in state classes and dims the investment', () => {
    expect(mark(g, 'classes', 'investment').opacity).toBeLessThan(1);
    for (const id of ['classes-label', ...blockMarks]) expect(mark(g, 'classes', id).opacity, id).toBe(1);
    for (const id of ['teachers', ...studentMarks]) expect(mark(g, 'classes', id).opacity, id).toBe(0);
  });
  it('educationGeometry() shows everything in the last state, after-school', () => {
    for (const [id, m] of Object.entries(g.states[2]!.marks)) expect(m.opacity, id).toBe(1);
  });
  it('educationGeometry() describes each state with the bound figures', () => {
    expect(g.states[0]!.description).toContain('22.848亿元');
    expect(g.states[1]!.description).toContain('1347个');
    expect(g.states[2]!.description).toBe('现有11215名教师参与课后服务，惠及156100余名学生。');
  });
  it('educationGeometry() keeps every unit inside the viewBox', () => {
    for (const lang of ['zh', 'en'] as const) {
      const l = educationGeometry(eduData, { lang });
      const units = [
        ...l.classes.blocks.flatMap((b) => b.units),
        ...l.afterSchool.teachers.group.units,
        ...l.afterSchool.students.rows.flatMap((r) => r.units),
        ...l.investment.schools,
      ];
      for (const u of units) {
        expect(u.x).toBeGreaterThanOrEqual(0);
        expect(u.x + u.size).toBeLessThanOrEqual(l.width);
        expect(u.y + u.size).toBeLessThanOrEqual(l.height);
      }
      expect(l.afterSchool.more.x + 8).toBeLessThanOrEqual(l.width);
      expect(l.afterSchool.more.noteY).toBeLessThanOrEqual(l.height);
    }
  });
  it('unitRows() fills whole units row by row and ends with one partial unit', () => {
    const rows = unitRows(2.5, 0, 0, 2, 10, 8);
    expect(rows.map((r) => r.units.length)).toEqual([2, 0]);
    expect(rows[1]!.partial).toMatchObject({ x: 0, y: 10, fraction: 0.5, fillWidth: 4 });
    expect(unitRows(3, 0, 0, 2, 10, 8).some((r) => r.partial)).toBe(false);
  });
});

// ------------------------------------------------------------ container render
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<JobsIncomeChart>', () => {
  it('<JobsIncomeChart> renders both slope panels in the final state, with the derived values starred', async () => {
    const html = await container.renderToString(JobsIncomeChart, { locals: locals() });
    expect(html).toContain('data-chart="jobs-income"');
    expect(html).toContain('data-state="growth"');
    for (const m of [
      'jobs-line',
      'jobs-dot-2012',
      'jobs-dot-2021',
      'income-panel',
      'income-line',
      'income-dot-2021',
      'jobs-change',
      'income-change',
      'double-line',
      'label-double',
    ])
      expect(html).toContain(`data-mark="${m}"`);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 400 \d+"/);
    expect(html).toContain('约1.86倍*');
    expect(html).toContain('57648元*');
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<JobsIncomeChart> renders in English without 万/亿 in the graphic', async () => {
    const html = await container.renderToString(JobsIncomeChart, { locals: locals('en') });
    expect(svgOf(html)).toContain('53,471');
    expect(svgOf(html)).not.toMatch(/[万亿]/);
  });
});

describe('<ElderlyChildcareChart>', () => {
  it('<ElderlyChildcareChart> renders every unit mark in the final state', async () => {
    const html = await container.renderToString(ElderlyChildcareChart, { locals: locals() });
    expect(html).toContain('data-chart="elderly-childcare"');
    expect(html).toContain('data-state="childcare"');
    expect((html.match(/class="icon icon--building"/g) ?? []).length).toBe(8);
    expect((html.match(/class="icon icon--open"/g) ?? []).length).toBe(16);
    expect((html.match(/class="icon icon--ready"/g) ?? []).length).toBe(1);
    expect((html.match(/data-mark="homes-row-\d+"/g) ?? []).length).toBe(7);
    expect(html).toContain('17.54万余人');
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<ElderlyChildcareChart> renders in English without 万/亿 in the graphic', async () => {
    const html = await container.renderToString(ElderlyChildcareChart, { locals: locals('en') });
    expect(svgOf(html)).toContain('over 175,400 people');
    expect(svgOf(html)).not.toMatch(/[万亿]/);
  });
});

describe('<EducationChart>', () => {
  it('<EducationChart> renders the class blocks, after-school rows and the lower-bound mark', async () => {
    const html = await container.renderToString(EducationChart, { locals: locals() });
    expect(html).toContain('data-chart="education"');
    expect(html).toContain('data-state="after-school"');
    expect((html.match(/data-mark="classes-block-\d+"/g) ?? []).length).toBe(14);
    for (const m of ['investment', 'classes-label', 'after-school-label', 'teachers', 'students-more'])
      expect(html).toContain(`data-mark="${m}"`);
    expect(html).toContain('class="more-than"');
    expect(html).toContain('156100余名');
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<EducationChart> renders in English without 万/亿 in the graphic', async () => {
    const html = await container.renderToString(EducationChart, { locals: locals('en') });
    expect(svgOf(html)).toContain('2.2848 billion yuan');
    expect(svgOf(html)).not.toMatch(/[万亿]/);
  });
});
