/**
 * Jobs and income, 2012 → 2021, as two small slope panels. The source gives
 * exactly two points per series, so each panel is one straight line between
 * them, no intermediate years. Each panel has its own y scale from 0; both
 * scales put the 2012 value at the same height (domain = HEADROOM × the 2012
 * value), so each line's rise shows its own relative change and neither is
 * exaggerated. The two are not comparable (new jobs are a count added in a
 * year, income a level), and the panels' note says so. The last state adds each change and a "翻一番" line at twice
 * the 2012 income: 2021 comes close to it but stays below.
 */
import { scaleLinear } from 'd3-scale';
import { formatFigure, periodPhrase, periodShort, type Figure, type Lang } from '../../data/index.ts';
import { strings } from '../../i18n/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions, type MarkAttrs } from '../shared/layout.ts';
import { STATES as JOBS_INCOME_STATES, type JobsIncomeState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'>;

export interface JobsIncomeData {
  jobs2012: Fig;
  jobs2021: Fig;
  /** Stated by the source: 25.6%. */
  jobsGrowth: Fig;
  income2012: Fig;
  income2021: Fig;
  /** Derived: 2021 ÷ 2012. */
  incomeMultiple: Fig;
  /** Derived: 2 × the 2012 income, the "翻一番" line. */
  incomeDoubled: Fig;
}

export type PanelKey = 'jobs' | 'income';

export interface SlopePoint {
  year: string;
  x: number;
  y: number;
  /** formatFigure text, as the source writes it. */
  text: string;
  /** The same text split for drawing: the number, then its measure (smaller; on its own line in English). */
  number: string;
  measure: string;
  measureBelow: boolean;
  /** Where the label sits: left of the 2012 dot, right of the 2021 dot. */
  labelX: number;
  anchor: 'start' | 'end';
}

export interface SlopePanel {
  key: PanelKey;
  x0: number;
  width: number;
  title: string;
  subtitle: string;
  baseline: number;
  /** y of the zero line: each panel's scale starts at 0. */
  zeroY: number;
  points: [SlopePoint, SlopePoint];
  /** The change annotation of the last state, right-aligned in the panel's empty lower-right corner. */
  change: { x: number; captionY: number; caption: string; valueY: number; value: string; noteY: number; notes: string[] };
}

export interface JobsIncomeGeometry extends ChartLayout {
  plotTop: number;
  panels: [SlopePanel, SlopePanel];
  /** Twice the 2012 income, in the income panel. */
  guide: { x1: number; x2: number; y: number; label: string };
  /** The rule between the panels. */
  divider: { x: number; y1: number; y2: number };
  note: { x: number; y: number; text: string };
}

/** Both y domains are this many times the 2012 value: room for the doubling line and its label. */
export const HEADROOM = 2.15;
const DOT_R = 5;

const TEXT = {
  zh: {
    title: { jobs: '新增就业', income: '城镇居民人均可支配收入' },
    subtitle: { jobs: '', income: '' },
    jobsCaption: (d: JobsIncomeData) => `${periodPhrase(d.jobs2021.period, 'zh')}比${periodPhrase(d.jobs2012.period, 'zh')}`,
    jobsChange: (d: JobsIncomeData) => `增长${formatFigure(d.jobsGrowth, 'zh')}`,
    incomeCaption: (d: JobsIncomeData) => `${periodPhrase(d.income2021.period, 'zh')}为${periodPhrase(d.income2012.period, 'zh')}的`,
    incomeChange: (d: JobsIncomeData) => `${formatFigure(d.incomeMultiple, 'zh')}*`,
    incomeNotes: ['原文：“基本实现翻一番”'],
    guide: (d: JobsIncomeData) => `翻一番：${formatFigure(d.incomeDoubled, 'zh')}*`,
    note: (_d: JobsIncomeData) => `两图纵轴都从0起。新增就业是当年新增的人数（本站的理解），收入是水平值，两条线的斜率不能直接比较。`,
    jobs: (d: JobsIncomeData) =>
      `${periodPhrase(d.jobs2021.period, 'zh')}金水区新增就业${formatFigure(d.jobs2021, 'zh')}，${periodPhrase(d.jobs2012.period, 'zh')}为${formatFigure(d.jobs2012, 'zh')}。`,
    income: (d: JobsIncomeData) =>
      `城镇居民人均可支配收入从${periodPhrase(d.income2012.period, 'zh')}的${formatFigure(d.income2012, 'zh')}增至${periodPhrase(d.income2021.period, 'zh')}的${formatFigure(d.income2021, 'zh')}。`,
    growth: (d: JobsIncomeData) =>
      `新增就业增长${formatFigure(d.jobsGrowth, 'zh')}；收入为${periodPhrase(d.income2012.period, 'zh')}的${formatFigure(d.incomeMultiple, 'zh')}（推算），接近但没有达到翻一番的${formatFigure(d.incomeDoubled, 'zh')}（推算）——原文的说法是“基本实现翻一番”。`,
  },
  en: {
    title: { jobs: 'New jobs', income: 'Urban income' },
    subtitle: { jobs: '', income: 'disposable, per person' },
    jobsCaption: (d: JobsIncomeData) => `${periodPhrase(d.jobs2021.period, 'en')} vs ${periodPhrase(d.jobs2012.period, 'en')}`,
    jobsChange: (d: JobsIncomeData) => `+${formatFigure(d.jobsGrowth, 'en')}`,
    incomeCaption: (d: JobsIncomeData) => `${periodPhrase(d.income2021.period, 'en')} vs ${periodPhrase(d.income2012.period, 'en')}`,
    incomeChange: (d: JobsIncomeData) => `${formatFigure(d.incomeMultiple, 'en')}*`,
    incomeNotes: ['the source calls it', '“basically doubled”'],
    guide: (d: JobsIncomeData) => `doubled: ${formatFigure(d.incomeDoubled, 'en')}*`,
    note: (_d: JobsIncomeData) =>
      'Both axes start at 0. New jobs are a count added in a year (our reading), income is a level: the two slopes cannot be compared directly.',
    jobs: (d: JobsIncomeData) =>
      `New jobs in Jinshui: ${formatFigure(d.jobs2021, 'en')} in ${periodPhrase(d.jobs2021.period, 'en')}, up from ${formatFigure(d.jobs2012, 'en')} in ${periodPhrase(d.jobs2012.period, 'en')}.`,
    income: (d: JobsIncomeData) =>
      `Urban residents' disposable income per person rose from ${formatFigure(d.income2012, 'en')} in ${periodPhrase(d.income2012.period, 'en')} to ${formatFigure(d.income2021, 'en')} in ${periodPhrase(d.income2021.period, 'en')}.`,
    growth: (d: JobsIncomeData) =>
      `New jobs grew by ${formatFigure(d.jobsGrowth, 'en')}. Income reached ${formatFigure(d.incomeMultiple, 'en')} its ${periodPhrase(d.income2012.period, 'en')} level (derived): close to, but short of, the doubling line at ${formatFigure(d.incomeDoubled, 'en')} (derived). The source says it has “basically doubled”.`,
  },
} satisfies Record<Lang, unknown>;

export function jobsIncomeGeometry(data: JobsIncomeData, options: GeometryOptions = {}): JobsIncomeGeometry {
  const { lang = 'zh', width = 400, marginLeft = 0, marginRight = 0 } = options;
  const text = TEXT[lang];
  const gap = 18;
  const gutter = 71;
  const plotTop = 60;
  const baseline = 296;
  const height = options.height ?? 350;
  const panelWidth = (width - marginLeft - marginRight - gap) / 2;

  const panel = (key: PanelKey, index: number, from: Fig, to: Fig): SlopePanel => {
    const x0 = r2(marginLeft + index * (panelWidth + gap));
    const y = scaleLinear()
      .domain([0, HEADROOM * from.value])
      .range([baseline, plotTop]);
    const x12 = r2(x0 + gutter);
    const x21 = r2(x0 + panelWidth - gutter);
    const point = (fig: Fig, x: number, side: 'left' | 'right'): SlopePoint => {
      const t = formatFigure(fig, lang);
      const [, number = t, measure = ''] = /^([^\s\p{L}]*[\d.,]+)\s?(.*)$/u.exec(t) ?? [];
      return {
        year: periodShort(fig.period, lang),
        x,
        y: r2(y(fig.value)),
        text: t,
        number,
        measure,
        measureBelow: /\s/.test(t),
        labelX: side === 'left' ? r2(x - DOT_R - 3) : r2(x + DOT_R + 3),
        anchor: side === 'left' ? 'end' : 'start',
      };
    };
    const isIncome = key === 'income';
    const right = r2(x0 + panelWidth - 2);
    return {
      key,
      x0,
      width: r2(panelWidth),
      title: text.title[key],
      subtitle: text.subtitle[key],
      baseline,
      // No gridlines: the points carry their own values; the labelled zero line shows the scale starts at 0.
      zeroY: r2(y(0)),
      points: [point(from, x12, 'left'), point(to, x21, 'right')],
      change: {
        x: right,
        captionY: baseline - 66,
        caption: isIncome ? text.incomeCaption(data) : text.jobsCaption(data),
        valueY: baseline - 42,
        value: isIncome ? text.incomeChange(data) : text.jobsChange(data),
        noteY: baseline - 22,
        notes: isIncome ? text.incomeNotes : [],
      },
    };
  };

  const jobs = panel('jobs', 0, data.jobs2012, data.jobs2021);
  const income = panel('income', 1, data.income2012, data.income2021);
  const yIncome = scaleLinear()
    .domain([0, HEADROOM * data.income2012.value])
    .range([baseline, plotTop]);
  const guide = { x1: income.x0, x2: r2(income.x0 + income.width), y: r2(yIncome(data.incomeDoubled.value)), label: text.guide(data) };

  const line = (p: SlopePanel, grown: boolean): MarkAttrs => {
    const [a, b] = p.points;
    return grown ? { x1: a.x, y1: a.y, x2: b.x, y2: b.y, opacity: 1 } : { x1: a.x, y1: a.y, x2: a.x, y2: a.y, opacity: 0 };
  };
  const dot = (p: SlopePanel, i: 0 | 1, shown: boolean, grown = shown): MarkAttrs => {
    const at = grown ? p.points[i] : p.points[0];
    return { cx: at.x, cy: at.y, r: DOT_R, opacity: shown ? 1 : 0 };
  };
  const panelMarks = (p: SlopePanel, shown: boolean, changed: boolean): Record<string, MarkAttrs> => ({
    [`${p.key}-line`]: line(p, shown),
    [`${p.key}-dot-2012`]: dot(p, 0, shown),
    [`${p.key}-dot-2021`]: dot(p, 1, shown),
    [`${p.key}-label-2012`]: { opacity: shown ? 1 : 0 },
    [`${p.key}-label-2021`]: { opacity: shown ? 1 : 0 },
    [`${p.key}-change`]: { opacity: changed ? 1 : 0 },
  });

  const order = (s: JobsIncomeState) => JOBS_INCOME_STATES.indexOf(s);
  const states = JOBS_INCOME_STATES.map((id) => {
    const incomeShown = order(id) >= order('income');
    const changed = id === 'growth';
    return {
      id,
      title: id === 'jobs' ? text.title.jobs : id === 'income' ? text.title.income : strings(lang).charts['jobs-income'].growth,
      description: text[id](data),
      marks: {
        ...panelMarks(jobs, true, changed),
        'income-panel': { opacity: incomeShown ? 1 : 0 },
        ...panelMarks(income, incomeShown, changed),
        'double-line': { opacity: changed ? 1 : 0 },
        'label-double': { opacity: changed ? 1 : 0 },
      },
    };
  });

  return {
    ...assertComplete({ width, height, states }),
    plotTop,
    panels: [jobs, income],
    guide,
    divider: { x: r2(width / 2), y1: 4, y2: baseline },
    note: { x: marginLeft, y: height - 8, text: text.note(data) },
  };
}

/** The figure behind each role of JobsIncomeData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  jobs2012: 'new-jobs-2012',
  jobs2021: 'new-jobs-2021',
  jobsGrowth: 'new-jobs-growth-rate',
  income2012: 'urban-income-2012',
  income2021: 'urban-income-2021',
  incomeMultiple: 'urban-income-multiple',
  incomeDoubled: 'urban-income-2012-doubled',
} as const satisfies Record<keyof JobsIncomeData, string>;
