/**
 * Random valid content (issue 14): fast-check makes figures that the schema and
 * the loader accept, and every consumer must take them without breaking:
 *
 *  1. the loader: random figures in a temporary edition (a copy of the good
 *     "basic" fixture), each with a quote in the source and `written` = formatZh;
 *  2. the formatters: formatZh / formatEn / formatFigure in both languages;
 *  3. every chart's geometry: the chart's real 2022 input, built as its component
 *     builds it, with the figures' values replaced by random values of the same
 *     unit (derived figures recomputed from their random inputs), in zh and en.
 *
 * "Valid" means what the schema and each chart document: amounts > 0, counts ≥ 0
 * (whole numbers), ranks whole places from 1, percent changes above −100%.
 * Where a chart needs more (a log scale needs counts ≥ 1, a ratio needs a
 * denominator > 0, a climb needs ranks that do not fall), the arbitrary says so.
 *
 * The seed is fixed (FC_SEED, default 20221001), so `npm test` is the same run
 * every time and CI cannot fail by chance; set FC_SEED to explore other inputs
 * (FC_SEED=random picks a new one). A failure prints the counterexample and seed.
 */
import { mkdtempSync, cpSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';

const seedSetting = process.env['FC_SEED'] ?? '20221001';
fc.configureGlobal(seedSetting === 'random' ? {} : { seed: Number(seedSetting) });
import { stringify } from 'yaml';
import { loadEdition } from '../../src/data/load.ts';
import { figuresFor, formatEn, formatFigure, formatZh, getFigure, getSeries, type Figure } from '../../src/data/index.ts';
import type { ChartLayout } from '../../src/charts/shared/layout.ts';
import { gdpGeometry, FIGURES as GDP_FIGURES } from '../../src/charts/gdp-doubling/geometry.ts';
import { rankGeometry } from '../../src/charts/rank-climb/geometry.ts';
import { shareGeometry, type ShareRow } from '../../src/charts/share-of-zhengzhou/geometry.ts';
import { innovationGeometry, type InnovationRow } from '../../src/charts/innovation-multipliers/geometry.ts';
import { transactionsGeometry, FIGURES as TX_FIGURES } from '../../src/charts/tech-transactions/geometry.ts';
import { economyScaleGeometry, FIGURES as SCALE_FIGURES } from '../../src/charts/economy-scale/geometry.ts';
import { buildingEconomyGeometry, listSize } from '../../src/charts/building-economy/geometry.ts';
import { cityBrainGeometry, FIGURES as CITY_BRAIN_FIGURES } from '../../src/charts/city-brain-records/geometry.ts';
import { gridGeometry, FIGURES as GRID_FIGURES } from '../../src/charts/grid-hierarchy/geometry.ts';
import { jobsIncomeGeometry, FIGURES as JOBS_FIGURES } from '../../src/charts/jobs-income/geometry.ts';
import { elderlyChildcareGeometry, FIGURES as ELDERLY_FIGURES } from '../../src/charts/elderly-childcare/geometry.ts';
import { educationGeometry, FIGURES as EDUCATION_FIGURES } from '../../src/charts/education/geometry.ts';

/** Every part must see at least this many random figures. */
const MIN_FIGURES = 200;
const BAD_TEXT = /NaN|undefined|Infinity|\de[+-]\d/;

// ---------------------------------------------------------------- values by unit

/**
 * Numbers as a source writes them: an amount of money in yuan, > 0, in hundredths of its written
 * scale (0.01亿元 up to 10万亿元; whole yuan when written in full), so values carry the float noise
 * of real data (0.07 × 1e8) but never a subnormal such as 5e-324 that no source prints.
 */
const amount = (scale?: '万' | '亿') =>
  scale === '亿'
    ? fc.integer({ min: 1, max: 1e7 }).map((n) => (n / 100) * 1e8)
    : scale === '万'
      ? fc.integer({ min: 1, max: 1e9 }).map((n) => (n / 100) * 1e4)
      : fc.integer({ min: 1, max: 1e9 });
/** A count of things: a whole number ≥ 0 (charts pass their own sensible maximum); the ends, 0 included, come up often. */
const count = (max = 10_000_000, min = 0) =>
  fc.oneof({ arbitrary: fc.constantFrom(min, max), weight: 1 }, { arbitrary: fc.integer({ min, max }), weight: 4 });
/** Hundredths: percents and multiples are written to at most two decimals. */
const hundredths = (min: number, max: number) => fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
/** A percent: a change may fall, but not to −100% or below; a share of the city is 0–100. */
const percentChange = hundredths(-99.99, 10_000);
const share = (min = 0) => hundredths(min, 100);
/** A rank as the figure's numerals allow: 首位 is 1, Chinese numerals 1–10, Arabic 1–max. */
const rankFor = (numerals: Figure['numerals'], max = 100) =>
  numerals === 'shou' ? fc.constant(1) : fc.integer({ min: 1, max: numerals === 'hanzi' ? Math.min(10, max) : max });

/** The figure with a new value (everything else — unit, scale, qualifier, measure, period — kept). */
const withValue = <F extends { value: number }>(fig: F, value: number): F => ({ ...fig, value });
/** A derived value rounded as the loader would state it (to `precision` decimals of its written unit). */
const derived = (value: number, precision = 2) => Number(value.toFixed(precision));

// ---------------------------------------------------------------- random figures (for parts 1 and 2)

const QUALIFIERS = [
  undefined,
  { zh: '突破', meaning: 'more-than', position: 'before' },
  { zh: '超过', meaning: 'more-than', position: 'before' },
  { zh: '余', meaning: 'more-than', position: 'after' },
  { zh: '以上', meaning: 'at-least', position: 'after' },
  { zh: '约', meaning: 'about', position: 'before' },
  { zh: '不到', meaning: 'less-than', position: 'before' },
] as const;
const MEASURES = [
  { zh: '家', en: 'enterprises', enOne: 'enterprise' },
  { zh: '人', en: 'people', enOne: 'person' },
  { zh: '条', en: 'records' },
  { zh: '个', en: 'grids', enOne: 'grid' },
] as const;

type RandomFigure = Pick<Figure, 'value' | 'unit' | 'numerals' | 'scale' | 'qualifier' | 'measure'>;

const qualifierArb = fc.constantFrom(...QUALIFIERS).map((q) => (q ? { ...q } : undefined));
const scaleArb = fc.constantFrom(undefined, '万' as const, '亿' as const);

const figureArb: fc.Arbitrary<RandomFigure> = fc.oneof(
  fc
    .record({ unit: fc.constant('yuan' as const), scale: scaleArb, qualifier: qualifierArb })
    .chain((f) => amount(f.scale).map((value) => ({ ...f, value, numerals: 'arabic' as const, measure: undefined }))),
  fc
    .record({
      unit: fc.constant('count' as const),
      scale: scaleArb,
      qualifier: qualifierArb,
      measure: fc.constantFrom(...MEASURES).map((m) => ({ ...m })),
    })
    .chain((f) =>
      // A count written in 万 or 亿 is at least 0.01 of it, or it would be written in full.
      fc
        .oneof(fc.constant(0), count(1e12, f.scale === '亿' ? 1e6 : f.scale === '万' ? 100 : 0))
        .map((value) => ({ ...f, value, numerals: 'arabic' as const })),
    ),
  fc
    .record({ unit: fc.constant('percent' as const), qualifier: qualifierArb, value: percentChange })
    .map((f) => ({ ...f, numerals: 'arabic' as const, scale: undefined, measure: undefined })),
  fc
    .record({ unit: fc.constant('times' as const), qualifier: qualifierArb, value: hundredths(0, 10_000) })
    .map((f) => ({ ...f, numerals: 'arabic' as const, scale: undefined, measure: undefined })),
  fc
    .record({
      unit: fc.constant('rank' as const),
      qualifier: qualifierArb,
      numerals: fc.constantFrom('arabic' as const, 'hanzi' as const, 'shou' as const),
    })
    .chain((f) => rankFor(f.numerals, 500).map((value) => ({ ...f, value, scale: undefined, measure: undefined }))),
);

/** Drops undefined fields, so the YAML has no `scale: null`. */
const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

// ---------------------------------------------------------------- 1. the loader

describe('loadEdition() on random valid figures', () => {
  const FIXTURE = 'tests/fixtures/good/basic';
  const tmp = mkdtempSync(join(tmpdir(), 'jinshui-random-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const baseSource = readFileSync(join(FIXTURE, 'editions/2022/source.zh.txt'), 'utf8');
  let seen = 0;

  it('loadEdition() accepts a data file of random figures whose quote and written form agree with them', () => {
    const yearArb = fc.option(fc.integer({ min: 2000, max: 2030 }).map(String), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.record({ fig: figureArb, year: yearArb }), { minLength: 5, maxLength: 12 }), (items) => {
        const root = join(tmp, `run-${seen}`);
        cpSync(FIXTURE, root, { recursive: true });
        const quotes: string[] = [];
        const figures = items.map(({ fig, year }, i) => {
          const written = formatZh(fig);
          // The period is stated only when the quote names the year; otherwise { stated: false }.
          const quote = `${year ? `${year}年，` : ''}随机指标第${i}项为${written}。`;
          quotes.push(quote);
          return defined({
            id: `random-${i}`,
            value: fig.value,
            unit: fig.unit,
            measure: fig.measure,
            scale: fig.scale,
            numerals: fig.unit === 'rank' ? fig.numerals : undefined,
            period: year ?? { stated: false },
            qualifier: fig.qualifier,
            label: { zh: '随机指标', en: 'Random measure' },
            quote,
            written,
          });
        });
        writeFileSync(join(root, 'editions/2022/source.zh.txt'), `${baseSource.trimEnd()}\n${quotes.join('\n')}\n`);
        writeFileSync(join(root, 'editions/2022/data/random.yaml'), stringify({ figures }));
        const data = loadEdition('2022', root);
        // The fixture's own four figures, plus every random one, each with its value as written.
        expect(data.figures.size).toBe(4 + items.length);
        items.forEach(({ fig }, i) => expect(data.figures.get(`random-${i}`)!.value).toBe(fig.value));
        seen += items.length;
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
    expect(seen).toBeGreaterThanOrEqual(MIN_FIGURES);
  });
});

// ---------------------------------------------------------------- 2. the formatters

describe('formatters on random valid figures', () => {
  it('formatZh(), formatEn() and formatFigure() never throw nor write NaN, undefined, Infinity or an exponent', () => {
    let seen = 0;
    fc.assert(
      fc.property(figureArb, (fig) => {
        const texts = [formatZh(fig), formatEn(fig), formatFigure(fig, 'zh'), formatFigure(fig, 'en')];
        for (const t of texts) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).not.toMatch(BAD_TEXT);
        }
        expect(formatFigure(fig, 'zh')).toBe(formatZh(fig));
        expect(formatFigure(fig, 'en')).toBe(formatEn(fig));
        seen++;
      }),
      { numRuns: 500 },
    );
    expect(seen).toBeGreaterThanOrEqual(MIN_FIGURES);
  });
});

// ---------------------------------------------------------------- 3. every chart's geometry

const f = (id: string) => getFigure(id, '2022');

/** No NaN or ±Infinity in the layout's size or in any mark attribute of any state; no negative size; no broken text. */
function expectSound(g: ChartLayout): void {
  const problems: string[] = [];
  if (!Number.isFinite(g.width) || g.width <= 0) problems.push(`width ${g.width}`);
  if (!Number.isFinite(g.height) || g.height <= 0) problems.push(`height ${g.height}`);
  for (const s of g.states) {
    for (const [id, m] of Object.entries(s.marks))
      for (const [k, v] of Object.entries(m)) {
        if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${s.id}/${id}.${k} = ${v}`);
        else if ((k === 'width' || k === 'height' || k === 'r') && v < 0) problems.push(`${s.id}/${id}.${k} = ${v} (negative)`);
      }
    if (BAD_TEXT.test(s.description)) problems.push(`${s.id} description: ${s.description}`);
  }
  expect(problems).toEqual([]);
}

interface ChartCase<D> {
  /** The chart folder under src/charts. */
  id: string;
  /** Random input, and how many of its figures are random. */
  input: fc.Arbitrary<D>;
  figures: number;
  run: (data: D, lang: 'zh' | 'en') => ChartLayout;
}
const chart = <D>(c: ChartCase<D>) => c as unknown as ChartCase<unknown>;

const gdpReal = figuresFor(GDP_FIGURES, '2022');
const txReal = figuresFor(TX_FIGURES, '2022');
const scaleReal = figuresFor(SCALE_FIGURES, '2022');
const cityReal = figuresFor(CITY_BRAIN_FIGURES, '2022');
const gridReal = figuresFor(GRID_FIGURES, '2022');
const jobsReal = figuresFor(JOBS_FIGURES, '2022');
const elderlyReal = figuresFor(ELDERLY_FIGURES, '2022');
const eduReal = figuresFor(EDUCATION_FIGURES, '2022');
const rankReal = [f('top100-rank-2020'), f('top100-rank-2021'), f('top100-rank-this-year')] as const;
const shareReal = [
  { share: f('land-share-2021'), appearsIn: 'land' },
  { share: f('population-share-2021'), ratio: f('population-density-ratio-2021'), appearsIn: 'people' },
  { share: f('gdp-share-2021'), ratio: f('gdp-density-ratio-2021'), appearsIn: 'output' },
  { share: f('fiscal-revenue-share-2021'), ratio: f('fiscal-revenue-density-ratio-2021'), appearsIn: 'output' },
  { share: f('retail-share-2021'), ratio: f('retail-density-ratio-2021'), appearsIn: 'output' },
] satisfies ShareRow[];
const innovationKeys = [
  ['research-centres', 'centres'],
  ['tech-enterprises', 'tech'],
  ['high-tech-enterprises', 'hightech'],
] as const;
const buildingReal = {
  over10m: f('buildings-tax-over-10m'),
  over100m: f('buildings-tax-over-100m'),
  rank: f('building-economy-rank-2022'),
  heading: getSeries('tax-buildings', '2022').label,
};

const CHARTS: ChartCase<unknown>[] = [
  chart({
    id: 'gdp-doubling',
    figures: 2,
    input: fc.record({ y12: amount('亿'), y21: amount('亿') }).map(({ y12, y21 }) => ({
      gdp2012: withValue(gdpReal.gdp2012, y12),
      gdp2021: withValue(gdpReal.gdp2021, y21),
      // Derived, recomputed from the random inputs: 2 × 2012 and 2021 ÷ 2012.
      doubled: withValue(gdpReal.doubled, 2 * y12),
      multiple: withValue(gdpReal.multiple, derived(y21 / y12)),
    })),
    run: (d, lang) => gdpGeometry(d, { lang }),
  }),
  chart({
    id: 'rank-climb',
    figures: 3,
    // Ordering: the chart is a climb (晋升), each step at or above the one before, so the ranks do
    // not fall: 2020 ≥ 2021 ≥ 今年 (a fall would draw a riser of negative height). Places 1–100 (百强).
    input: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }).map((rs) => {
      const [a, b, c] = [...rs].sort((x, y) => y - x) as [number, number, number];
      return { ranks: [withValue(rankReal[0], a), withValue(rankReal[1], b), withValue(rankReal[2], c)] as const };
    }),
    run: (d, lang) => rankGeometry(d, { lang }),
  }),
  chart({
    id: 'share-of-zhengzhou',
    figures: 5,
    // Shares of the city are 0–100%; the land share is > 0, the denominator of the derived ratios.
    input: fc.tuple(share(0.1), share(), share(), share(), share()).map((shares) =>
      shareReal.map((row, i) => ({
        ...row,
        share: withValue(row.share, shares[i]!),
        ...('ratio' in row ? { ratio: withValue(row.ratio, derived(shares[i]! / shares[0], 1)) } : {}),
      })),
    ),
    run: (d, lang) => shareGeometry(d, { lang }),
  }),
  chart({
    id: 'innovation-multipliers',
    figures: 6,
    // Counts grown to are ≥ 1 (the chart is on a log scale, which has no 0), and the rates are growth
    // (> 0): the dumbbell runs from the derived start up to the count grown to.
    input: fc.array(fc.record({ now: count(100_000, 1), rate: hundredths(0.01, 10_000) }), { minLength: 3, maxLength: 3 }).map((rows) =>
      rows.map(({ now, rate }, i): InnovationRow => {
        const [key, appearsIn] = innovationKeys[i]!;
        const base = now / (1 + rate / 100);
        return {
          // The derived start, current ÷ (1 + rate), unrounded (the geometry draws it on the log scale).
          base: withValue(f(`${key}-start`), base),
          now: withValue(f(`${key}-now`), now),
          rate: withValue(f(`${key}-growth-rate`), rate),
          multiple: withValue(f(`${key}-multiple`), derived(1 + rate / 100, 1)),
          appearsIn,
        };
      }),
    ),
    run: (d, lang) => innovationGeometry(d, { lang }),
  }),
  chart({
    id: 'tech-transactions',
    figures: 3,
    // One square per start amount (> 0): the current amount is up to 200 squares, and the growth
    // multiple (> 0, the denominator of a derived bound) up to 200, so the grid stays a chart.
    input: fc
      .record({ start: amount('亿'), squares: hundredths(0.01, 200), multiple: hundredths(0.01, 200) })
      .map(({ start, squares, multiple }) => {
        const current = start * squares;
        return {
          start: withValue(txReal.start, start),
          current: withValue(txReal.current, current),
          multiple: withValue(txReal.multiple, multiple),
          upperBound: withValue(txReal.upperBound, current / (1 + multiple)),
          upperBoundIfMultiple: withValue(txReal.upperBoundIfMultiple, current / multiple),
        };
      }),
    run: (d, lang) => transactionsGeometry(d, { lang }),
  }),
  chart({
    id: 'economy-scale',
    figures: 5,
    // The rank is a place among the six urban districts (市内六区), written 首位 only when first.
    input: fc
      .record({
        gdp: amount('亿'),
        industries: amount('亿'),
        digital: amount('亿'),
        growth: percentChange,
        rank: fc.integer({ min: 1, max: 6 }),
      })
      .map((v) => ({
        gdp: withValue(scaleReal.gdp, v.gdp),
        industries: withValue(scaleReal.industries, v.industries),
        digital: withValue(scaleReal.digital, v.digital),
        growth: withValue(scaleReal.growth, v.growth),
        rank: { ...scaleReal.rank, value: v.rank, numerals: v.rank === 1 ? ('shou' as const) : ('arabic' as const) },
      })),
    run: (d, lang) => economyScaleGeometry(d, { lang }),
  }),
  chart({
    id: 'building-economy',
    figures: 3,
    // One glyph per building (0–300), and a place on the list whose size the quote states (30强).
    input: fc
      .record({ a: count(300), b: count(300), rank: fc.integer({ min: 1, max: listSize(buildingReal.rank) }) })
      .map(({ a, b, rank }) => ({
        ...buildingReal,
        over10m: withValue(buildingReal.over10m, a),
        over100m: withValue(buildingReal.over100m, b),
        rank: withValue(buildingReal.rank, rank),
      })),
    run: (d, lang) => buildingEconomyGeometry(d, { lang }),
  }),
  chart({
    id: 'city-brain-records',
    figures: 5,
    input: fc
      .record({
        addresses: count(),
        objects: count(),
        organisations: count(),
        pilotSubdistricts: count(100),
        pilotCommunities: count(1000),
      })
      .map((v) => ({
        addresses: withValue(cityReal.addresses, v.addresses),
        objects: withValue(cityReal.objects, v.objects),
        organisations: withValue(cityReal.organisations, v.organisations),
        pilotSubdistricts: withValue(cityReal.pilotSubdistricts, v.pilotSubdistricts),
        pilotCommunities: withValue(cityReal.pilotCommunities, v.pilotCommunities),
      })),
    run: (d, lang) => cityBrainGeometry(d, { lang }),
  }),
  chart({
    id: 'grid-hierarchy',
    figures: 6,
    // One dot per grid: level 1 has 1–60 grids in a row, levels 2 and 3 up to 3000 and 6000. Levels 1
    // and 2 are ≥ 1: they are the denominators of the derived ratios level2 ÷ level1 and level3 ÷ level2.
    input: fc
      .record({
        l1: count(60, 1),
        l2: count(3000, 1),
        l3: count(6000),
        party: count(20_000),
        departments: count(100),
        staff: count(20_000),
      })
      .map((v) => ({
        level1: withValue(gridReal.level1, v.l1),
        level2: withValue(gridReal.level2, v.l2),
        level3: withValue(gridReal.level3, v.l3),
        level2PerLevel1: withValue(gridReal.level2PerLevel1, derived(v.l2 / v.l1, 1)),
        level3PerLevel2: withValue(gridReal.level3PerLevel2, derived(v.l3 / v.l2, 1)),
        partyMembers: withValue(gridReal.partyMembers, v.party),
        mergedDepartments: withValue(gridReal.mergedDepartments, v.departments),
        mergedStaff: withValue(gridReal.mergedStaff, v.staff),
      })),
    run: (d, lang) => gridGeometry(d, { lang }),
  }),
  chart({
    id: 'jobs-income',
    figures: 5,
    // Income in 2012 is > 0: the denominator of the derived multiple.
    input: fc.record({ j12: count(1_000_000), j21: count(1_000_000), growth: percentChange, i12: amount(), i21: amount() }).map((v) => ({
      jobs2012: withValue(jobsReal.jobs2012, v.j12),
      jobs2021: withValue(jobsReal.jobs2021, v.j21),
      jobsGrowth: withValue(jobsReal.jobsGrowth, v.growth),
      income2012: withValue(jobsReal.income2012, v.i12),
      income2021: withValue(jobsReal.income2021, v.i21),
      incomeMultiple: withValue(jobsReal.incomeMultiple, derived(v.i21 / v.i12)),
      incomeDoubled: withValue(jobsReal.incomeDoubled, 2 * v.i12),
    })),
    run: (d, lang) => jobsIncomeGeometry(d, { lang }),
  }),
  chart({
    id: 'elderly-childcare',
    figures: 8,
    // Unit icons: a house per centre (up to 8 in a row, 12 per childcare row), a dot per home (up to 3000).
    input: fc
      .record({
        centres: count(8),
        users: count(10_000_000, 100),
        homes: count(3000),
        district: count(12),
        parenting: count(12),
        open: count(11),
        ready: count(1),
        target: count(20),
      })
      .map((v) => ({
        elderlyCentres: withValue(elderlyReal.elderlyCentres, v.centres),
        platformUsers: withValue(elderlyReal.platformUsers, v.users),
        adaptedHomes: withValue(elderlyReal.adaptedHomes, v.homes),
        districtChildcare: withValue(elderlyReal.districtChildcare, v.district),
        parentingCentres: withValue(elderlyReal.parentingCentres, v.parenting),
        subdistrictOpen: withValue(elderlyReal.subdistrictOpen, v.open),
        subdistrictReady: withValue(elderlyReal.subdistrictReady, v.ready),
        placesTarget: withValue(elderlyReal.placesTarget, v.target),
      })),
    run: (d, lang) => elderlyChildcareGeometry(d, { lang }),
  }),
  chart({
    id: 'education',
    figures: 7,
    // Unit chart: a building per project (up to 200), a square per class (up to 5000), a square per 1000 people.
    input: fc
      .record({
        investment: amount('亿'),
        projects: count(200),
        classes: count(5000),
        teachers: count(100_000),
        students: count(1_000_000),
        courses: count(1000),
        awards: count(1000),
      })
      .map((v) => ({
        investment: withValue(eduReal.investment, v.investment),
        schoolProjects: withValue(eduReal.schoolProjects, v.projects),
        newClasses: withValue(eduReal.newClasses, v.classes),
        teachers: withValue(eduReal.teachers, v.teachers),
        students: withValue(eduReal.students, v.students),
        courses: withValue(eduReal.courses, v.courses),
        awards: withValue(eduReal.awards, v.awards),
      })),
    run: (d, lang) => educationGeometry(d, { lang }),
  }),
];

describe('every chart geometry on random valid figures', () => {
  it('covers every chart folder in src/charts', () => {
    const folders = Object.keys(import.meta.glob('../../src/charts/*/geometry.ts')).map((p) => p.split('/').at(-2)!);
    expect(CHARTS.map((c) => c.id).sort()).toEqual(folders.sort());
    expect(folders).toHaveLength(12);
  });

  it.each(CHARTS.map((c) => [c.id, c] as const))(
    '%s geometry, zh and en: no throw, no NaN/Infinity in any mark or in width/height',
    (_id, c) => {
      const numRuns = Math.max(100, Math.ceil(MIN_FIGURES / c.figures));
      let seen = 0;
      fc.assert(
        fc.property(c.input, (data) => {
          for (const lang of ['zh', 'en'] as const) expectSound(c.run(data, lang));
          seen += c.figures;
        }),
        { numRuns },
      );
      expect(seen).toBeGreaterThanOrEqual(MIN_FIGURES);
    },
  );
});

// ---------------------------------------------------------------- regressions found by the random runs

describe('geometry regressions from random content', () => {
  const elderly = (open: number) => ({ ...elderlyReal, subdistrictOpen: withValue(elderlyReal.subdistrictOpen, open) });

  it('elderlyChildcareGeometry() lays out no open subdistrict centre (it read the first icon\u2019s y)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const g = elderlyChildcareGeometry(elderly(0), { lang });
      expectSound(g);
      expect(g.childcare.rows[2]!.icons).toEqual([]);
      // The ready centre then stands first in its row, where the first open one would be.
      const withOne = elderlyChildcareGeometry(elderly(1), { lang });
      expect(g.childcare.ready.icon).toMatchObject({
        x: withOne.childcare.rows[2]!.icons[0]!.x,
        y: withOne.childcare.rows[2]!.icons[0]!.y,
      });
    }
  });

  it('elderlyChildcareGeometry() still puts the ready centre on the open centres\u2019 row for the real figures', () => {
    const g = elderlyChildcareGeometry(elderlyReal);
    expect(g.childcare.ready.icon.y).toBe(g.childcare.rows[2]!.icons[0]!.y);
  });

  it('educationGeometry() lays out no teachers and no students (it read the first and last rows)', () => {
    const data = { ...eduReal, teachers: withValue(eduReal.teachers, 0), students: withValue(eduReal.students, 0) };
    for (const lang of ['zh', 'en'] as const) {
      const g = educationGeometry(data, { lang });
      expectSound(g);
      expect(g.afterSchool.teachers.group).toEqual({ units: [], d: '' });
      expect(g.afterSchool.students.rows).toEqual([]);
      // The ▶ of a lower bound sits at the start of the empty row.
      expect(g.afterSchool.more.x).toBe(g.x0);
    }
  });
});
