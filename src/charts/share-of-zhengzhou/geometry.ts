/**
 * "Small area, big weight": Jinshui's share of Zhengzhou on five measures, each
 * a bar on a 0–100% track so the part-of-whole reading stays honest (1.8% of the
 * land really is a sliver). The last state adds each share ÷ the land share.
 */
import { scaleLinear } from 'd3-scale';
import { formatFigure, type Figure, type Lang } from '../../data/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as SHARE_STATES, type ShareState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure'> & { label: Figure['label'] };

export interface ShareRow {
  /** Share of Zhengzhou, unit percent. */
  share: Fig;
  /** Derived share ÷ land share; absent for the land row itself. */
  ratio?: Fig;
  /** The state in which this row first fills. */
  appearsIn: ShareState;
}

export interface ShareRowGeometry {
  key: string;
  label: string;
  valueText: string;
  ratioText?: string;
  y: number;
  barY: number;
  barHeight: number;
  trackWidth: number;
}

export interface ShareGeometry extends ChartLayout {
  x0: number;
  rows: ShareRowGeometry[];
  landX: number;
}

const SHORT_LABEL: Record<Lang, (label: string) => string> = {
  // "占郑州市国土面积" → "国土面积": the chart title already says "share of Zhengzhou".
  zh: (label) => label.replace(/^占(郑州市|全市)/, ''),
  en: (label) => label.replace(/^Share of Zhengzhou's /, '').replace(/^./, (c) => c.toUpperCase()),
};

/** "GDP" stays as it is; "Total fiscal revenue" → "total fiscal revenue". */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
/** "a, b and c". */
const listEn = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

const DESCRIBE: Record<Lang, Record<ShareState, (rows: ShareRow[]) => string>> = {
  zh: {
    land: ([land]) => `金水区的国土面积只占郑州市的${formatFigure(land!.share, 'zh')}。`,
    people: ([land, people]) => `这${formatFigure(land!.share, 'zh')}的土地上，住着全市${formatFigure(people!.share, 'zh')}的常住人口。`,
    output: ([, , ...rest]) =>
      `它还创造了全市${rest.map((r) => `${formatFigure(r.share, 'zh')}的${SHORT_LABEL.zh(r.share.label.zh)}`).join('、')}。`,
    density: ([, ...rest]) =>
      `按面积平均，各项占比分别是国土面积占比的${rest.map((r) => formatFigure(r.ratio!, 'zh')).join('、')}（推算）。`,
  },
  en: {
    land: ([land]) => `Jinshui covers just ${formatFigure(land!.share, 'en')} of Zhengzhou's land.`,
    people: ([land, people]) =>
      `That ${formatFigure(land!.share, 'en')} of the land is home to ${formatFigure(people!.share, 'en')} of the city's residents.`,
    output: ([, , ...rest]) =>
      `It also produces ${listEn(rest.map((r) => `${formatFigure(r.share, 'en')} of its ${lowerFirst(SHORT_LABEL.en(r.share.label.en))}`))}.`,
    density: ([, ...rest]) =>
      `Divided by the land share, the shares come to ${listEn(rest.map((r) => `${formatFigure(r.ratio!, 'en')} for ${lowerFirst(SHORT_LABEL.en(r.share.label.en))}`))} (derived).`,
  },
};

export function shareGeometry(rows: ShareRow[], options: GeometryOptions = {}): ShareGeometry {
  const { lang = 'zh', width = 400, marginTop = 16, marginRight = 64, marginBottom = 8, marginLeft = 8 } = options;
  const rowHeight = 62;
  const height = options.height ?? marginTop + rows.length * rowHeight + marginBottom;
  const x = scaleLinear()
    .domain([0, 100])
    .range([marginLeft, width - marginRight]);
  const x0 = r2(x(0));
  const order = (s: ShareState) => SHARE_STATES.indexOf(s);

  const geometry: ShareRowGeometry[] = rows.map((row, i) => {
    const y = marginTop + i * rowHeight;
    return {
      key: `row-${i}`,
      label: SHORT_LABEL[lang](row.share.label[lang]),
      valueText: formatFigure(row.share, lang),
      ...(row.ratio ? { ratioText: formatFigure(row.ratio, lang) } : {}),
      y: r2(y + 18),
      barY: r2(y + 28),
      barHeight: 20,
      trackWidth: r2(x(100) - x0),
    };
  });

  const states = SHARE_STATES.map((stateId) => {
    const marks: Record<string, Record<string, number>> = {};
    rows.forEach((row, i) => {
      const shown = order(stateId) >= order(row.appearsIn);
      const width = shown ? r2(x(row.share.value) - x0) : 0;
      marks[`fill-${i}`] = { width, opacity: 1 };
      marks[`value-${i}`] = { opacity: shown ? 1 : 0 };
      if (row.ratio) marks[`ratio-${i}`] = { opacity: stateId === 'density' ? 1 : 0 };
    });
    marks['land-guide'] = { opacity: stateId === 'density' ? 1 : 0 };
    return { id: stateId, title: stateId, description: DESCRIBE[lang][stateId](rows), marks };
  });

  return { ...assertComplete({ width, height, states }), x0, rows: geometry, landX: r2(x(rows[0]!.share.value)) };
}

/** The figure behind each row, by id: a share of Zhengzhou's total and, beside it, its ratio to the land share. */
export const FIGURES = {
  landShare: 'land-share-2021',
  populationShare: 'population-share-2021',
  populationRatio: 'population-density-ratio-2021',
  gdpShare: 'gdp-share-2021',
  gdpRatio: 'gdp-density-ratio-2021',
  fiscalShare: 'fiscal-revenue-share-2021',
  fiscalRatio: 'fiscal-revenue-density-ratio-2021',
  retailShare: 'retail-share-2021',
  retailRatio: 'retail-density-ratio-2021',
} as const;
