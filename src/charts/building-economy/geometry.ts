/**
 * "Building economy": one glyph per office building the source counts,
 * then the place on the 2022年度 list of 30 benchmark districts. That half of
 * the source's sentence has no subject of its own, so the chart does not say
 * whose place it is; the figure's note says so (subject: unstated).
 *
 * The two counts use different tax bases — 区级税收 (district-level tax) over
 * 10 million yuan vs 全口径税收 (total tax) over 100 million yuan — so the 14
 * are not necessarily among the 55. They are drawn as a separate group, never as
 * a highlighted subset, and a note says why. Glyphs are uniform: their size
 * encodes nothing but "one building".
 */
import { formatFigure, periodPhrase, type Figure, type Lang } from '../../data/index.ts';
import { balance } from '../shared/text.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as BUILDING_STATES, type BuildingEconomyState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period' | 'label'> &
  Partial<Pick<Figure, 'quote' | 'note'>>;

export interface BuildingEconomyData {
  /** 区级税收超千万楼宇, 55幢. */
  over10m: Fig;
  /** 全口径税收超亿元楼宇, 14幢. */
  over100m: Fig;
  /** 2022年度中国楼宇经济(总部经济)标杆城区30强中居第12位. */
  rank: Fig;
  /** Heading over both counts (the series label, e.g. "纳税楼宇"). */
  heading: Figure['label'];
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface GlyphGroup {
  key: 'a' | 'b';
  count: number;
  glyphs: { x: number; y: number }[];
  countText: string;
  countLine: TextLine;
  nameLines: TextLine[];
}

export interface BuildingEconomyGeometry extends ChartLayout {
  glyph: { width: number; height: number };
  heading: TextLine[];
  groups: [GlyphGroup, GlyphGroup];
  note: TextLine[];
  rank: {
    heading: TextLine[];
    /** Size of the list, read from the source's "30强". */
    size: number;
    position: number;
    slots: { x: number; width: number }[];
    y: number;
    height: number;
    /** The highlighted slot in full (it stands a little taller than the others). */
    hit: { x: number; y: number; width: number; height: number };
    label: TextLine;
    ends: [TextLine, TextLine];
  };
}

export function listSize(rank: Fig): number {
  const n = /(\d+)强/.exec(rank.quote ?? '')?.[1];
  if (!n) throw new Error(`building-economy: cannot read the list size ("…强") from the quote of the rank figure: "${rank.quote ?? ''}"`);
  return Number(n);
}

/** The rank figure's label without its "place" words: the name of the list. */
const LIST_NAME: Record<Lang, (rank: Fig) => string> = {
  zh: (rank) => rank.label.zh.replace(/中的名次$/, ''),
  en: (rank) => rank.label.en.replace(/^Place among the /, '').replace(/^./, (c) => c.toUpperCase()),
};

const NOTE: Record<Lang, (d: BuildingEconomyData) => string> = {
  zh: (d) =>
    `两组按不同口径统计（区级税收、全口径税收），${formatFigure(d.over100m, 'zh')}不一定包含在${formatFigure(d.over10m, 'zh')}之中`,
  en: (d) =>
    `The two counts use different tax bases (district-level vs total tax): the ${formatFigure(d.over100m, 'en')} are not necessarily among the ${formatFigure(d.over10m, 'en')}`,
};

const RANK_LABEL: Record<Lang, (d: BuildingEconomyData) => string> = {
  // Not "金水区第12位": the source names no subject for this place (see the figure's note).
  zh: (d) => `居${formatFigure(d.rank, 'zh')}`,
  en: (d) => formatFigure(d.rank, 'en'),
};

const DESCRIBE: Record<Lang, Record<BuildingEconomyState, (d: BuildingEconomyData) => string>> = {
  zh: {
    'over-10m': (d) =>
      `金水区${d.over10m.label.zh}达到${formatFigure(d.over10m, 'zh')}（${periodPhrase(d.over10m.period, 'zh')}），一个方块代表一幢楼。`,
    'over-100m': (d) =>
      `${d.over100m.label.zh}达到${formatFigure(d.over100m, 'zh')}。两项按不同口径统计（区级税收与全口径税收），这${formatFigure(d.over100m, 'zh')}不一定包含在那${formatFigure(d.over10m, 'zh')}之中。`,
    rank: (d) => `在${LIST_NAME.zh(d.rank)}中居${formatFigure(d.rank, 'zh')}。${d.rank.note?.zh ?? ''}`,
  },
  en: {
    'over-10m': (d) =>
      `${d.over10m.label.en}: ${formatFigure(d.over10m, 'en')} (${periodPhrase(d.over10m.period, 'en')}), one block per building.`,
    'over-100m': (d) =>
      `${d.over100m.label.en}: ${formatFigure(d.over100m, 'en')}. The two counts use different tax bases (district-level vs total tax), so the ${formatFigure(d.over100m, 'en')} are not necessarily among the ${formatFigure(d.over10m, 'en')}.`,
    rank: (d) => `${formatFigure(d.rank, 'en')} ${d.rank.label.en.replace(/^Place /, '')}. ${d.rank.note?.en ?? ''}`.trimEnd(),
  },
};

const COLS = 11;
const GLYPH = { width: 14, height: 20 };
const PITCH = { x: 20, y: 25 };
const NAME_SIZE = 12;
const COUNT_SIZE = 20;
const HEAD_SIZE = 14;

export function buildingEconomyGeometry(data: BuildingEconomyData, options: GeometryOptions = {}): BuildingEconomyGeometry {
  const { lang = 'zh', width = 400, marginTop = 8, marginRight = 12, marginBottom = 8, marginLeft = 12 } = options;
  const full = width - marginLeft - marginRight;
  const gridWidth = (COLS - 1) * PITCH.x + GLYPH.width;
  const textX = marginLeft + gridWidth + 18;
  const textWidth_ = width - marginRight - textX;

  let y = marginTop + HEAD_SIZE;
  const heading = balance(data.heading[lang], full, HEAD_SIZE, true).map((text) => {
    const line = { text, x: marginLeft, y: r2(y) };
    y += 18;
    return line;
  });
  y += 0;

  const group = (key: 'a' | 'b', fig: Fig): GlyphGroup => {
    const top = y;
    const count = fig.value;
    const glyphs = Array.from({ length: count }, (_, i) => ({
      x: r2(marginLeft + (i % COLS) * PITCH.x),
      y: r2(top + Math.floor(i / COLS) * PITCH.y),
    }));
    const gridHeight = (Math.ceil(count / COLS) - 1) * PITCH.y + GLYPH.height;
    const countText = formatFigure(fig, lang);
    const countLine = { text: countText, x: r2(textX), y: r2(top + COUNT_SIZE - 3) };
    let ty = top + COUNT_SIZE + 14;
    const nameLines = balance(fig.label[lang], textWidth_, NAME_SIZE).map((text) => {
      const line = { text, x: r2(textX), y: r2(ty) };
      ty += 15;
      return line;
    });
    y = Math.max(top + gridHeight, ty - 15 + 4);
    return { key, count, glyphs, countText, countLine, nameLines };
  };
  const a = group('a', data.over10m);
  y += 20;
  const b = group('b', data.over100m);

  y += 22;
  const note = balance(NOTE[lang](data), full, NAME_SIZE).map((text) => {
    const line = { text, x: marginLeft, y: r2(y) };
    y += 16;
    return line;
  });

  y += 18;
  const rankHeading = balance(LIST_NAME[lang](data.rank), full, HEAD_SIZE, true).map((text) => {
    const line = { text, x: marginLeft, y: r2(y) };
    y += 18;
    return line;
  });
  const size = listSize(data.rank);
  const position = data.rank.value;
  if (!Number.isInteger(position) || position < 1 || position > size)
    throw new Error(`building-economy: rank ${position} is not a place on a list of ${size}`);
  const stripY = y + 30;
  const stripH = 18;
  const pitch = full / size;
  const slots = Array.from({ length: size }, (_, i) => ({ x: r2(marginLeft + i * pitch), width: r2(pitch - 2.5) }));
  const hitSlot = slots[position - 1]!;
  const hit = { x: hitSlot.x, y: r2(stripY - 6), width: hitSlot.width, height: stripH + 6 };
  const cx = r2(hitSlot.x + hitSlot.width / 2);
  const label = { text: RANK_LABEL[lang](data), x: cx, y: r2(stripY - 12) };
  const endY = r2(stripY + stripH + 16);
  const last = slots[size - 1]!;
  const ends: [TextLine, TextLine] = [
    { text: formatFigure({ value: 1, unit: 'rank', numerals: 'arabic' }, lang), x: marginLeft, y: endY },
    { text: formatFigure({ value: size, unit: 'rank', numerals: 'arabic' }, lang), x: r2(last.x + last.width), y: endY },
  ];
  const height = options.height ?? Math.ceil(endY + 4 + marginBottom);

  const order = (s: BuildingEconomyState) => BUILDING_STATES.indexOf(s);
  const states = BUILDING_STATES.map((id) => {
    const marks: Record<string, Record<string, number>> = {};
    const showB = order(id) >= order('over-100m');
    const showRank = id === 'rank';
    a.glyphs.forEach((gl, i) => {
      marks[`a-${i}`] = { x: gl.x, y: gl.y, width: GLYPH.width, height: GLYPH.height, opacity: id === 'over-100m' ? 0.4 : 1 };
    });
    b.glyphs.forEach((gl, i) => {
      // Hidden glyphs sit flat on their own floor line, so they rise into place.
      marks[`b-${i}`] = showB
        ? { x: gl.x, y: gl.y, width: GLYPH.width, height: GLYPH.height, opacity: 1 }
        : { x: gl.x, y: r2(gl.y + GLYPH.height), width: GLYPH.width, height: 0, opacity: 0 };
    });
    marks['label-a'] = { opacity: id === 'over-100m' ? 0.4 : 1 };
    marks['label-b'] = { opacity: showB ? 1 : 0 };
    marks['note-basis'] = { opacity: showB ? 1 : 0 };
    marks['rank-strip'] = { opacity: showRank ? 1 : 0 };
    marks['rank-hit'] = showRank ? { ...hit, opacity: 1 } : { ...hit, y: r2(stripY + stripH), height: 0, opacity: 0 };
    marks['rank-label'] = { opacity: showRank ? 1 : 0 };
    return { id, title: id, description: DESCRIBE[lang][id](data), marks };
  });

  return {
    ...assertComplete({ width, height, states }),
    glyph: GLYPH,
    heading,
    groups: [a, b],
    note,
    rank: { heading: rankHeading, size, position, slots, y: r2(stripY), height: stripH, hit, label, ends },
  };
}

/** The figure behind each part of the chart, by id. */
export const FIGURES = {
  over10m: 'buildings-tax-over-10m',
  over100m: 'buildings-tax-over-100m',
  rank: 'building-economy-rank-2022',
} as const;
