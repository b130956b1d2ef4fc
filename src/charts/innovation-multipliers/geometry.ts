/**
 * "增长率": research centres, technology-based and high-tech enterprises, each
 * as a dumbbell from its starting count to the count it grew to, on a log scale,
 * so the length of each bar is the growth multiple. The source gives only the
 * counts grown to and the growth rates, with no years ("近年来"); the starting
 * counts are derived from them (current ÷ (1 + rate)) and drawn hollow and
 * dashed, marked *. Neither end is given a year.
 */
import { scaleLog } from 'd3-scale';
import { formatFigure, formatNumber, type Figure, type Lang } from '../../data/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as INNOVATION_STATES, type InnovationState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'> & { label: Figure['label'] };

export interface InnovationRow {
  /** Derived starting count (baseline-from-growth-rate); the source gives no year for it. */
  base: Fig;
  /** The count grown to, as the source states it ("增长至433家"). */
  now: Fig;
  /** Growth rate as the source states it (percent). */
  rate: Fig;
  /** Derived: count grown to ÷ starting count. */
  multiple: Fig;
  /** The state in which this row first appears. */
  appearsIn: InnovationState;
}

export interface InnovationRowGeometry {
  label: string;
  labelY: number;
  /** Vertical centre of the dumbbell. */
  y: number;
  baseX: number;
  nowX: number;
  baseText: string;
  nowText: string;
  multipleText: string;
  multipleX: number;
  multipleY: number;
  valueY: number;
}

export interface InnovationGeometry extends ChartLayout {
  rows: InnovationRowGeometry[];
  ticks: { value: number; x: number; label: string }[];
  gridTop: number;
  gridBottom: number;
  tickY: number;
  scaleNote: string;
  noteY: number;
  legend: { baseText: string; nowText: string; y: number; baseX: number; nowX: number };
  barHeight: number;
  dotRadius: number;
}

/** English row labels drop the parenthetical ("(all levels)") to fit a phone. */
const SHORT_LABEL: Record<Lang, (label: string) => string> = {
  zh: (label) => label,
  en: (label) => label.replace(/\s*\([^)]*\)$/, ''),
};

/** Values under the dots: Chinese as the source writes them; English drops the noun, which the row label carries. */
const VALUE: Record<Lang, (f: Fig) => string> = {
  zh: (f) => formatFigure(f, 'zh'),
  en: (f) => formatFigure({ ...f, measure: undefined }, 'en'),
};

const f = formatFigure;
const DESCRIBE: Record<Lang, Record<InnovationState, (rows: readonly InnovationRow[]) => string>> = {
  zh: {
    centres: ([r]) =>
      `各级工程技术研究中心增长至${f(r!.now, 'zh')}，增长率${f(r!.rate, 'zh')}。由增长率推算，起点为${f(r!.base, 'zh')}（推算），增长后为它的${f(r!.multiple, 'zh')}（推算）。`,
    tech: ([, r]) =>
      `科技型企业增长到${f(r!.now, 'zh')}，增长率达${f(r!.rate, 'zh')}。推算出的起点为${f(r!.base, 'zh')}（推算），不是整数：原文的企业数和增长率与相邻的整数起点都对不上，四舍五入也解释不了；增长后为起点的${f(r!.multiple, 'zh')}（推算）。`,
    hightech: ([, , r]) =>
      `高新技术企业增长至${f(r!.now, 'zh')}，增长率高达${f(r!.rate, 'zh')}。推算的起点只有${f(r!.base, 'zh')}（推算），增长后为它的${f(r!.multiple, 'zh')}（推算）。在对数刻度上，线段越长，增长的倍数越大。`,
  },
  en: {
    centres: ([r]) =>
      `Engineering technology research centres grew to ${f(r!.now, 'en')}, up ${f(r!.rate, 'en')}. Working back from that rate, the start was ${f(r!.base, 'en')} (derived), so the count grown to is ${f(r!.multiple, 'en')} that (derived).`,
    tech: ([, r]) =>
      `Technology-based enterprises grew to ${f(r!.now, 'en')}, up ${f(r!.rate, 'en')}. The implied start, ${f(r!.base, 'en')} (derived), is not a whole number: the source's count and rate agree with no whole-number start, and rounding cannot explain it; the count grown to is ${f(r!.multiple, 'en')} that (derived).`,
    hightech: ([, , r]) =>
      `High-tech enterprises grew to ${f(r!.now, 'en')}, up ${f(r!.rate, 'en')}. The implied start was only ${f(r!.base, 'en')} (derived), so the count grown to is ${f(r!.multiple, 'en')} that (derived). On a log scale, the longer the line, the bigger the multiple.`,
  },
};

const TITLE: Record<Lang, Record<InnovationState, string>> = {
  zh: { centres: '研究中心', tech: '科技型企业', hightech: '高新技术企业' },
  en: { centres: 'Research centres', tech: 'Tech enterprises', hightech: 'High-tech enterprises' },
};

const LEGEND: Record<Lang, { base: () => string; now: () => string; scale: string }> = {
  // The source gives no start year for these rates ("近年来"), so the legend names none.
  // Nor for the counts grown to: the legend says "grown to", not "2022" or "目前".
  // Short enough that the two legend items do not overlap at 360 px.
  zh: { base: () => '推算的起点（原文未注明年份）*', now: () => '增长至', scale: '对数刻度：每条竖线是前一条的10倍' },
  en: { base: () => 'Derived start (year not stated)*', now: () => 'Grown to', scale: 'Log scale: each gridline is 10× the one before' },
};

export const ROW_HEIGHT = 84;

export function innovationGeometry(rows: readonly InnovationRow[], options: GeometryOptions = {}): InnovationGeometry {
  const { lang = 'zh', width = 400, marginTop = 44, marginRight = 30, marginLeft = 22 } = options;
  const gridBottom = marginTop + rows.length * ROW_HEIGHT;
  const height = options.height ?? gridBottom + 52;
  const x = scaleLog()
    .domain([10, 4000])
    .range([marginLeft, width - marginRight]);
  const order = (s: InnovationState) => INNOVATION_STATES.indexOf(s);
  const barHeight = 6;
  const dotRadius = 8;

  const geometry: InnovationRowGeometry[] = rows.map((row, i) => {
    const top = marginTop + i * ROW_HEIGHT;
    const baseX = r2(x(row.base.value));
    const nowX = r2(x(row.now.value));
    const y = top + 46;
    return {
      label: SHORT_LABEL[lang](row.now.label[lang]),
      labelY: top + 16,
      y,
      baseX,
      nowX,
      baseText: `${VALUE[lang](row.base)}*`,
      nowText: VALUE[lang](row.now),
      multipleText: `${formatFigure(row.multiple, lang)}*`,
      multipleX: r2((baseX + nowX) / 2),
      multipleY: y - 12,
      valueY: y + 26,
    };
  });

  const states = INNOVATION_STATES.map((stateId) => {
    const marks: Record<string, Record<string, number>> = {};
    rows.forEach((row, i) => {
      const g = geometry[i]!;
      const shown = order(stateId) >= order(row.appearsIn);
      marks[`row-${i}`] = { opacity: shown ? 1 : 0 };
      // The bar grows from the start dot to the end dot; the end dot rides its end.
      marks[`bar-${i}`] = { x: g.baseX, y: r2(g.y - barHeight / 2), width: shown ? r2(g.nowX - g.baseX) : 0, height: barHeight };
      marks[`now-${i}`] = { cx: shown ? g.nowX : g.baseX, cy: g.y, r: dotRadius, opacity: shown ? 1 : 0 };
      marks[`now-label-${i}`] = { opacity: shown ? 1 : 0 };
      marks[`multiple-${i}`] = { opacity: shown ? 1 : 0 };
    });
    return { id: stateId, title: TITLE[lang][stateId], description: DESCRIBE[lang][stateId](rows), marks };
  });

  const legend = LEGEND[lang];
  return {
    ...assertComplete({ width, height, states }),
    rows: geometry,
    ticks: [10, 100, 1000].map((v) => ({ value: v, x: r2(x(v)), label: formatNumber(v, lang) })),
    gridTop: marginTop,
    gridBottom,
    tickY: gridBottom + 16,
    scaleNote: legend.scale,
    noteY: gridBottom + 38,
    legend: {
      baseText: legend.base(),
      nowText: legend.now(),
      y: 18,
      baseX: marginLeft,
      // "Now" sits at the right edge, anchored at its end, so the long "start" entry never runs into it at any text size.
      nowX: width - 8,
    },
    barHeight,
    dotRadius,
  };
}

/** The three rows, in drawing order: each row's figures are <key>-start, -now, -growth-rate and -multiple. */
export const ROWS = [
  { key: 'research-centres', appearsIn: 'centres' },
  { key: 'tech-enterprises', appearsIn: 'tech' },
  { key: 'high-tech-enterprises', appearsIn: 'hightech' },
] as const satisfies readonly { key: string; appearsIn: InnovationState }[];
export const ROW_PARTS = { base: 'start', now: 'now', rate: 'growth-rate', multiple: 'multiple' } as const;

/** Every figure the chart draws, by id (content checks and the data page read this; the component builds its rows from ROWS). */
export const FIGURES: Readonly<Record<string, string>> = Object.fromEntries(
  ROWS.flatMap(({ key }) => Object.values(ROW_PARTS).map((part) => [`${key}-${part}`, `${key}-${part}`])),
);
