/**
 * "翻了一番": GDP 2012 vs 2021 as two columns, then the 2012 column stacked
 * twice inside the 2021 one to show what doubling means. The source gives only
 * two points (both lower bounds), so there is no line between them.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatFigure, type Figure, type Lang } from '../../data/index.ts';
import { strings } from '../../i18n/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as GDP_STATES } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'>;

export interface GdpData {
  gdp2012: Fig;
  gdp2021: Fig;
  /** Derived: 2 × the 2012 value. */
  doubled: Fig;
  /** Derived: 2021 ÷ 2012. */
  multiple: Fig;
}

export interface GdpTick {
  value: number;
  y: number;
  label: string;
}

export interface GdpGeometry extends ChartLayout {
  baseline: number;
  ticks: GdpTick[];
  columns: { year: string; x: number; cx: number; width: number; label: string; labelY: number; arrowY: number; valueText: string }[];
  doubleLine: { x1: number; x2: number; y: number; label: string };
}

const TEXT = {
  zh: {
    tick: (v: number) => (v === 0 ? '0' : `${v / 1e8}亿`),
    y2012: (d: GdpData) => `2012年，金水区地区生产总值${formatFigure(d.gdp2012, 'zh')}。`,
    y2021: (d: GdpData) => `2021年，金水区地区生产总值${formatFigure(d.gdp2021, 'zh')}。`,
    doubled: (d: GdpData) =>
      `2012年的${formatFigure(d.gdp2012, 'zh')}翻一番，是${formatFigure(d.doubled, 'zh')}（推算）：起点是下限，这条虚线也只是下限，真正的翻番线在它之上，高多少原文没有说。2021年的${formatFigure(d.gdp2021, 'zh')}高出这条虚线；两端印出的数值之比为${formatFigure(d.multiple, 'zh')}（推算，两个下限之比，只说明大致量级）。“翻了一番”是原文的说法。`,
    doubleLabel: (d: GdpData) => `翻番线：${formatFigure(d.doubled, 'zh')}（推算）`,
  },
  en: {
    tick: (v: number) => (v === 0 ? '0' : `${v / 1e9}bn`),
    y2012: (d: GdpData) => `In 2012 Jinshui's GDP passed ${formatFigure(d.gdp2012, 'en').replace(/^over /, '')}.`,
    y2021: (d: GdpData) => `In 2021 it passed ${formatFigure(d.gdp2021, 'en').replace(/^over /, '')}.`,
    doubled: (d: GdpData) =>
      `Doubling the 2012 figure gives ${formatFigure(d.doubled, 'en')} (derived): the start is a lower bound, so this dashed line is one too, and the true doubling line lies above it by an amount the source does not give. The 2021 column, ${formatFigure(d.gdp2021, 'en')}, is above the dashed line; the ratio of the two printed ends is ${formatFigure(d.multiple, 'en')} (derived from two lower bounds, so only a rough size). That GDP doubled is the source's statement.`,
    doubleLabel: (d: GdpData) => `doubling line: ${formatFigure(d.doubled, 'en')} (derived)`,
  },
} satisfies Record<Lang, unknown>;

export function gdpGeometry(data: GdpData, options: GeometryOptions = {}): GdpGeometry {
  const { lang = 'zh', width = 400, height = 380, marginTop = 56, marginRight = 16, marginBottom = 40, marginLeft = 48 } = options;
  const text = TEXT[lang];
  const top = Math.ceil(data.gdp2021.value / 5e10) * 5e10;
  const y = scaleLinear()
    .domain([0, top])
    .range([height - marginBottom, marginTop]);
  const x = scaleBand<string>()
    .domain(['2012', '2021'])
    .range([marginLeft, width - marginRight])
    .paddingInner(0.35)
    .paddingOuter(0.25);
  const baseline = r2(y(0));
  const bw = r2(x.bandwidth());
  const x2012 = r2(x('2012')!);
  const x2021 = r2(x('2021')!);
  const yOf = (v: number) => r2(y(v));
  const rect = (xPos: number, from: number, to: number, opacity = 1) => ({
    x: xPos,
    y: yOf(to),
    width: bw,
    height: r2(yOf(from) - yOf(to)),
    opacity,
  });
  const hidden = (xPos: number, at: number) => ({ x: xPos, y: yOf(at), width: bw, height: 0, opacity: 0 });

  const v12 = data.gdp2012.value;
  const v21 = data.gdp2021.value;
  const vDouble = data.doubled.value;

  const marks = {
    y2012: {
      'bar-2012': rect(x2012, 0, v12),
      'bar-2021': { ...rect(x2021, 0, 0), opacity: 1 },
      'stack-a': hidden(x2021, 0),
      'stack-b': hidden(x2021, v12),
      'double-line': { opacity: 0 },
      'label-2012': { opacity: 1 },
      'label-2021': { opacity: 0 },
      'label-double': { opacity: 0 },
    },
    y2021: {
      'bar-2012': rect(x2012, 0, v12),
      'bar-2021': rect(x2021, 0, v21),
      'stack-a': hidden(x2021, 0),
      'stack-b': hidden(x2021, v12),
      'double-line': { opacity: 0 },
      'label-2012': { opacity: 1 },
      'label-2021': { opacity: 1 },
      'label-double': { opacity: 0 },
    },
    doubled: {
      'bar-2012': rect(x2012, 0, v12),
      'bar-2021': rect(x2021, 0, v21, 0.35),
      'stack-a': rect(x2021, 0, v12),
      'stack-b': rect(x2021, v12, vDouble),
      'double-line': { opacity: 1 },
      'label-2012': { opacity: 1 },
      'label-2021': { opacity: 1 },
      'label-double': { opacity: 1 },
    },
  };

  const states = GDP_STATES.map((id) => ({
    id,
    title: id === 'y2012' ? '2012' : id === 'y2021' ? '2021' : strings(lang).charts['gdp-doubling'].doubled,
    description: text[id](data),
    marks: marks[id],
  }));

  const tickValues = y.ticks(4);
  return {
    ...assertComplete({ width, height, states }),
    baseline,
    ticks: tickValues.map((v) => ({ value: v, y: yOf(v), label: text.tick(v) })),
    columns: [
      {
        year: '2012',
        x: x2012,
        cx: r2(x2012 + bw / 2),
        width: bw,
        label: formatFigure(data.gdp2012, lang),
        labelY: r2(yOf(v12) - 10),
        arrowY: yOf(v12),
        valueText: String(v12),
      },
      {
        year: '2021',
        x: x2021,
        cx: r2(x2021 + bw / 2),
        width: bw,
        label: formatFigure(data.gdp2021, lang),
        labelY: r2(yOf(v21) - 10),
        arrowY: yOf(v21),
        valueText: String(v21),
      },
    ],
    doubleLine: { x1: x2012 - 8, x2: width - marginRight, y: yOf(vDouble), label: text.doubleLabel(data) },
  };
}

/** The figure behind each role of GdpData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  gdp2012: 'gdp-2012',
  gdp2021: 'gdp-2021',
  doubled: 'gdp-2012-doubled',
  multiple: 'gdp-growth-multiple',
} as const satisfies Record<keyof GdpData, string>;
