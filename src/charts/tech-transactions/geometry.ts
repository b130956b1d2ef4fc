/**
 * "由不到1亿元增长至52亿元，增长超过55倍": a unit chart, one square per 1亿元.
 * The start is an upper bound (不到), so it is a dashed outline with a ▼, not a
 * filled square. The current value is 52 filled squares. The site reads 增长
 * one way everywhere, as the increase (like the growth rates): "grew over 55
 * times" means now is over 56 times the start. The last state lays out the 56
 * squares that this would need from a full 1亿元: four are missing, so the
 * start must have been below 52 ÷ 56 ≈ 0.93亿元 (derived, *). The caption also
 * gives the bound under the other reading (52 ÷ 55 ≈ 0.95亿元).
 */
import { formatFigure, groupThousands, type Figure, type Lang } from '../../data/index.ts';
import { strings } from '../../i18n/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as TRANSACTIONS_STATES, type TransactionsState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'>;

export interface TransactionsData {
  /** 不到1亿元: an upper bound; its value (without the qualifier) is the size of one square. */
  start: Fig;
  /** 52亿元. */
  current: Fig;
  /** 超过55倍. */
  multiple: Fig;
  /** Derived current ÷ (1 + multiple): the start must be below this (增长 read as the increase). */
  upperBound: Fig;
  /** Derived current ÷ multiple: the bound if 增长55倍 is read as "55 times the start". */
  upperBoundIfMultiple: Fig;
}

export interface Cell {
  x: number;
  y: number;
}

export interface TransactionsGeometry extends ChartLayout {
  side: number;
  /** Value of one square, base units. */
  unitValue: number;
  keyText: string;
  startSquare: Cell & { label: string; labelX: number; labelY: number; heading: string; headingY: number };
  boundNote: { text: string; y: number };
  nowHeading: { text: string; value: string; x: number; y: number };
  /** Grid cells of the filled squares (the last one may be partial). */
  cells: (Cell & { width: number })[];
  /** Cells that "over 55 times" a full square would need beyond the current value. */
  ghosts: Cell[];
  multipleNote: {
    x: number;
    y: number;
    boundY: number;
    headline: string;
    bound: string;
    alt: string[];
    altYs: number[];
    ghostLines: string[];
    ghostYs: number[];
  };
}

export const COLUMNS = 11;

const f = formatFigure;
/** The multiple as a bare number (55), and what it is of the start when 增长 is the increase (56). */
const times = (d: TransactionsData) => groupThousands(d.multiple.value);
const timesOfStart = (d: TransactionsData) => groupThousands(1 + d.multiple.value);
const TEXT = {
  zh: {
    key: (unit: string) => `每格 = ${unit}`,
    startHeading: '起点',
    nowHeading: '增长至',
    boundNote: '▼ 原文为“不到”：实际值小于一整格',
    headline: (d: TransactionsData) => `增长${f(d.multiple, 'zh')}`,
    bound: (d: TransactionsData) => `所以起点低于${f(d.upperBound, 'zh')}*`,
    alt: (d: TransactionsData) => [
      `若把增长${f(d.multiple, 'zh')}读作是起点的${times(d)}倍以上，`,
      `起点低于${f(d.upperBoundIfMultiple, 'zh')}*`,
    ],
    ghost: (d: TransactionsData, unit: string) => [
      `虚线格：起点若满${unit}，增长${f(d.multiple, 'zh')}（即超过起点的${timesOfStart(d)}倍）`,
      '还差的格子',
    ],
    start: (d: TransactionsData, unit: string) => `起点：成交额${f(d.start, 'zh')}，不满一格（每格${unit}）。`,
    now: (d: TransactionsData) => `成交额增长至${f(d.current, 'zh')}。`,
    multiple: (d: TransactionsData) =>
      `原文说增长${f(d.multiple, 'zh')}。本站和读各项增长率一样，把“增长”读作增加的部分：增长后是起点的${timesOfStart(d)}倍以上。把${f(d.current, 'zh')}分成${timesOfStart(d)}份，每份${f(d.upperBound, 'zh')}（推算），起点必须低于这个数。若读作增长后是起点的${times(d)}倍以上，每份是${f(d.upperBoundIfMultiple, 'zh')}（推算）。两种读法给出的上限都比原文的“${f(d.start, 'zh')}”更紧。`,
  },
  en: {
    key: (unit: string) => `Each square = ${unit}`,
    startHeading: 'Start',
    nowHeading: 'Grown to',
    boundNote: '▼ The source says “under”: less than one full square',
    headline: (d: TransactionsData) => `Up ${f(d.multiple, 'en')}`,
    bound: (d: TransactionsData) => `so the start was below ${f(d.upperBound, 'en')}*`,
    alt: (d: TransactionsData) => [`Read as “${times(d)} times the start”,`, `the start was below ${f(d.upperBoundIfMultiple, 'en')}*`],
    ghost: (d: TransactionsData, unit: string) => [
      `Dashed squares: missing for growth of ${f(d.multiple, 'en')}`,
      `(${timesOfStart(d)}× the start) if the start were a full ${unit}`,
    ],
    start: (d: TransactionsData, unit: string) =>
      `At the start, the transaction value was ${f(d.start, 'en')}: less than one square (each square is ${unit}).`,
    now: (d: TransactionsData) => `It has grown to ${f(d.current, 'en')}.`,
    multiple: (d: TransactionsData) =>
      `The source says it grew ${f(d.multiple, 'en')}. Read like the growth rates, as the increase, that makes it over ${timesOfStart(d)} times the start: split ${f(d.current, 'en')} into ${timesOfStart(d)} parts and each is ${f(d.upperBound, 'en')} (derived), so the start must have been below that. Read as “over ${times(d)} times the start”, each part is ${f(d.upperBoundIfMultiple, 'en')} (derived). Either bound is tighter than the source's “${f(d.start, 'en')}”.`,
  },
} satisfies Record<Lang, unknown>;

const TITLE: Record<Lang, Record<TransactionsState, (d: TransactionsData) => string>> = {
  zh: { start: () => '起点', now: () => '增长至', multiple: (d) => f(d.multiple, 'zh') },
  en: { start: () => 'Start', now: () => 'Grown to', multiple: (d) => f(d.multiple, 'en') },
};

/** The chart title: start → now, as the source writes them. */
export function transactionsTitle(data: Pick<TransactionsData, 'start' | 'current'>, lang: Lang): string {
  return strings(lang).charts['tech-transactions'].title(f(data.start, lang), f(data.current, lang));
}

export function transactionsGeometry(data: TransactionsData, options: GeometryOptions = {}): TransactionsGeometry {
  const { lang = 'zh', width = 400, marginRight = 16, marginLeft = 16 } = options;
  const text = TEXT[lang];
  const unitFig: Fig = { ...data.start, qualifier: undefined };
  const unitValue = unitFig.value;
  const unitText = f(unitFig, lang);
  const pitch = (width - marginLeft - marginRight) / COLUMNS;
  const side = r2(pitch - 5);

  const startY = 64;
  const startSquare = {
    x: marginLeft,
    y: startY,
    heading: text.startHeading,
    headingY: startY - 16,
    label: f(data.start, lang),
    labelX: r2(marginLeft + side + 12),
    labelY: r2(startY + side / 2 + 5),
  };
  const boundNote = { text: text.boundNote, y: r2(startY + side + 20) };

  const gridTop = r2(boundNote.y + 48);
  const cellAt = (i: number): Cell => ({ x: r2(marginLeft + (i % COLUMNS) * pitch), y: r2(gridTop + Math.floor(i / COLUMNS) * pitch) });
  const units = data.current.value / unitValue;
  const whole = Math.floor(units);
  const partial = units - whole;
  const count = partial > 1e-9 ? whole + 1 : whole;
  const cells = Array.from({ length: count }, (_, i) => ({ ...cellAt(i), width: i === whole ? r2(side * partial) : side }));
  // Growth of over 55 times (the increase) from a full square needs at least 1 + 55 squares.
  const needed = Math.ceil(1 + data.multiple.value);
  const ghosts = Array.from({ length: Math.max(0, needed - count) }, (_, i) => cellAt(count + i));
  const rowsUsed = Math.ceil(Math.max(count, needed) / COLUMNS);
  const gridBottom = gridTop + rowsUsed * pitch - 5;
  const alt = text.alt(data);
  const altYs = alt.map((_, i) => r2(gridBottom + 76 + i * 18));
  const ghostLines = text.ghost(data, unitText);
  const ghostYs = ghostLines.map((_, i) => r2(gridBottom + 76 + alt.length * 18 + 8 + i * 16));
  const height = options.height ?? r2(ghostYs[ghostYs.length - 1]! + 10);

  const states = TRANSACTIONS_STATES.map((stateId) => {
    const shownNow = stateId !== 'start';
    const marks: Record<string, Record<string, number>> = {};
    // In the start state every square waits, invisible, on the start square; then they fly to the grid.
    cells.forEach((c, i) => {
      marks[`sq-${i}`] = shownNow
        ? { x: c.x, y: c.y, width: c.width, height: side, opacity: 1 }
        : { x: startSquare.x, y: startSquare.y, width: c.width, height: side, opacity: 0 };
    });
    marks['now-heading'] = { opacity: shownNow ? 1 : 0 };
    marks['ghosts'] = { opacity: stateId === 'multiple' ? 1 : 0 };
    marks['multiple-note'] = { opacity: stateId === 'multiple' ? 1 : 0 };
    return {
      id: stateId,
      title: TITLE[lang][stateId](data),
      description: stateId === 'start' ? text.start(data, unitText) : text[stateId](data),
      marks,
    };
  });

  return {
    ...assertComplete({ width, height, states }),
    side,
    unitValue,
    keyText: text.key(unitText),
    startSquare,
    boundNote,
    nowHeading: { text: text.nowHeading, value: f(data.current, lang), x: marginLeft, y: r2(gridTop - 12) },
    cells,
    ghosts,
    multipleNote: {
      x: marginLeft,
      y: r2(gridBottom + 32),
      boundY: r2(gridBottom + 54),
      headline: text.headline(data),
      bound: text.bound(data),
      alt,
      altYs,
      ghostLines,
      ghostYs,
    },
  };
}

/** The figure behind each role of TransactionsData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  start: 'tech-transactions-start',
  current: 'tech-transactions-current',
  multiple: 'tech-transactions-growth-multiple',
  upperBound: 'tech-transactions-start-upper-bound',
  upperBoundIfMultiple: 'tech-transactions-start-upper-bound-if-multiple',
} as const satisfies Record<keyof TransactionsData, string>;
