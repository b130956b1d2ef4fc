/**
 * "晋升": Jinshui's rank among China's top 100 districts for high-quality
 * development, 2020 → 2021 → 今年 (the source's word: it gives no year), as a staircase on a vertical rank axis
 * (1st at the top). Each state adds one tread; earlier positions stay as faint
 * ghosts. The source names two benchmark districts it overtook but gives no
 * ranks for them, so they are a note, not marks.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatFigure, periodPhrase, periodShort, type Figure, type Lang } from '../../data/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as RANK_STATES, type RankState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'>;

export interface RankData {
  /** The ranks in time order: 2020, 2021, 今年 (unit "rank"). */
  ranks: readonly [Fig, Fig, Fig];
}

export interface RankStep {
  /** Stable key of the step for mark ids, from its state id (y2021 → "2021"); not shown. */
  key: string;
  /** The period as shown under the step: the stated year, or the source's own word (今年). */
  yearLabel: string;
  rank: number;
  /** Centre of the tread, where the marker sits. */
  cx: number;
  cy: number;
  /** The tread runs from x1 to x2 at height cy; the riser into it stands at x1. */
  x1: number;
  x2: number;
  label: string;
  labelY: number;
}

export interface RankGeometry extends ChartLayout {
  /** Ranks shown on the axis: the window is 1 (top) to `bottomRank`. */
  topRank: number;
  bottomRank: number;
  axisX: number;
  plotRight: number;
  ticks: { rank: number; y: number; label: string }[];
  rungs: number[];
  steps: RankStep[];
  yearY: number;
  axisTitle: string;
  windowNote: string;
  benchmark: { x: number; lines: string[]; lineYs: number[]; connector: { x: number; y1: number; y2: number } };
}

const BOTTOM_RANK = 30;
/** Thickness of the staircase line, viewBox units. */
const STROKE = 4;
/** Opacity of an earlier position's ghost marker. */
const GHOST = 0.4;
const LIST_SIZE = 100;

const TEXT = {
  zh: {
    axisTitle: '名次（越往上越靠前）',
    tick: (n: number) => String(n),
    windowNote: (bottom: number, size: number) => `纵轴只画出百强（共${size}位）中的前${bottom}位`,
    benchmark: ['首次超越“对标”榜样', '滨江区和余杭区', '（原文未给出两区名次）'],
    y2020: ([a]: RankData['ranks']) => `${periodPhrase(a.period, 'zh')}，金水区在全国高质量发展百强区中位列${formatFigure(a, 'zh')}。`,
    y2021: ([, b]: RankData['ranks']) => `${periodPhrase(b.period, 'zh')}，它晋升到${formatFigure(b, 'zh')}。`,
    y2022: ([, , c]: RankData['ranks']) =>
      `${periodPhrase(c.period, 'zh')}，又晋升至${formatFigure(c, 'zh')}，首次超越其“对标”榜样滨江区和余杭区；原文没有给出这两个区的名次，所以图中不画它们。`,
  },
  en: {
    axisTitle: 'Rank (1st at the top)',
    tick: (n: number) => String(n),
    windowNote: (bottom: number, size: number) => `The axis shows ranks 1–${bottom} of the top ${size}`,
    benchmark: ['First time ahead of its benchmarks,', 'Binjiang and Yuhang districts', '(the source gives no ranks for them)'],
    y2020: ([a]: RankData['ranks']) =>
      `In ${periodPhrase(a.period, 'en')} Jinshui ranked ${formatFigure(a, 'en')} among China's top 100 districts for high-quality development.`,
    y2021: ([, b]: RankData['ranks']) => `In ${periodPhrase(b.period, 'en')} it rose to ${formatFigure(b, 'en')}.`,
    y2022: ([, , c]: RankData['ranks']) =>
      `Then, ${periodShort(c.period, 'en')} (the source states no year), it rose again, to ${formatFigure(c, 'en')}, overtaking for the first time its benchmarks, Binjiang and Yuhang districts; the source gives no ranks for those two, so they are not drawn.`,
  },
} satisfies Record<Lang, unknown>;

export function rankGeometry(data: RankData, options: GeometryOptions = {}): RankGeometry {
  const { lang = 'zh', width = 400, height = 420, marginTop = 72, marginRight = 16, marginBottom = 58, marginLeft = 40 } = options;
  const text = TEXT[lang];
  const y = scaleLinear()
    .domain([1, BOTTOM_RANK])
    .range([marginTop, height - marginBottom]);
  // Steps are keyed by their state (y2021 → "2021"), which is stable; what is shown is the figure's period.
  const keys = RANK_STATES.map((s) => s.slice(1));
  const x = scaleBand<string>()
    .domain(keys)
    .range([marginLeft + 8, width - marginRight])
    .paddingOuter(0.08)
    .paddingInner(0);
  const bw = x.bandwidth();

  const steps: RankStep[] = data.ranks.map((r, i) => {
    const key = keys[i]!;
    const x1 = r2(x(key)!);
    const cy = r2(y(r.value));
    return {
      key,
      yearLabel: periodShort(r.period, lang),
      rank: r.value,
      cx: r2(x1 + bw / 2),
      cy,
      x1,
      x2: r2(x1 + bw),
      label: formatFigure(r, lang),
      labelY: r2(cy - 16),
    };
  });

  const order = (s: RankState) => RANK_STATES.indexOf(s);
  const states = RANK_STATES.map((stateId) => {
    const now = order(stateId);
    const marks: Record<string, Record<string, number>> = {};
    steps.forEach((s, i) => {
      const shown = i <= now;
      // Treads and risers are thin bars: a tread grows rightwards from its riser,
      // a riser grows upwards from the tread before it.
      marks[`tread-${s.key}`] = {
        x: s.x1,
        y: r2(s.cy - STROKE / 2),
        width: shown ? r2(s.x2 - s.x1) : 0,
        height: STROKE,
        opacity: shown ? 1 : 0,
      };
      if (i > 0) {
        const from = steps[i - 1]!.cy;
        const top = shown ? s.cy : from;
        marks[`riser-${s.key}`] = {
          x: r2(s.x1 - STROKE / 2),
          y: r2(top - STROKE / 2),
          width: STROKE,
          height: r2(from - top + STROKE),
          opacity: shown ? 1 : 0,
        };
      }
      if (i < steps.length - 1) marks[`ghost-${s.key}`] = { cx: s.cx, cy: s.cy, opacity: i < now ? GHOST : 0 };
      marks[`label-${s.key}`] = { opacity: i === now ? 1 : i < now ? 0.55 : 0 };
    });
    const current = steps[now]!;
    marks['marker'] = { cx: current.cx, cy: current.cy, r: 9 };
    marks['note-benchmark'] = { opacity: stateId === 'y2022' ? 1 : 0 };
    return { id: stateId, title: current.yearLabel, description: text[stateId](data.ranks), marks };
  });

  const tickRanks = [1, 5, 10, 15, 20, 25, BOTTOM_RANK];
  const last = steps[steps.length - 1]!;
  const lineYs = [0, 1, 2].map((i) => r2(y(6) + i * 18));
  return {
    ...assertComplete({ width, height, states }),
    topRank: 1,
    bottomRank: BOTTOM_RANK,
    axisX: marginLeft,
    plotRight: width - marginRight,
    ticks: tickRanks.map((rank) => ({ rank, y: r2(y(rank)), label: text.tick(rank) })),
    rungs: Array.from({ length: BOTTOM_RANK }, (_, i) => r2(y(i + 1))),
    steps,
    yearY: r2(y(BOTTOM_RANK) + 28),
    axisTitle: text.axisTitle,
    windowNote: text.windowNote(BOTTOM_RANK, LIST_SIZE),
    benchmark: {
      x: width - marginRight,
      lines: text.benchmark,
      lineYs,
      connector: { x: last.cx, y1: r2(lineYs[2]! + 10), y2: r2(last.labelY - 18) },
    },
  };
}

/** The three places, by id, in the order the staircase climbs. */
export const FIGURES = { rank2020: 'top100-rank-2020', rank2021: 'top100-rank-2021', rank2022: 'top100-rank-this-year' } as const;
