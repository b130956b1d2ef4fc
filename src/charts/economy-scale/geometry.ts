/**
 * "Scale of the economy": GDP (2021), the five key industries' value added (no year in the source) and
 * the core digital-economy industries' value added as three proportional
 * squares (area ∝ value), side by side on one baseline. They are not nested:
 * the source never says one total contains another. GDP and the key industries
 * are lower bounds (超越 / 突破), marked ▲; no share of GDP is computed, since a
 * ratio of two lower bounds would be misleading.
 */
import { formatFigure, periodPhrase, type Figure, type Lang } from '../../data/index.ts';
import { balance, wrap } from '../shared/text.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as SCALE_STATES, type EconomyScaleState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'> & Partial<Pick<Figure, 'note'>>;

export interface EconomyScaleData {
  /** GDP, "2021年GDP超越1800亿元" (lower bound). */
  gdp: Fig;
  /** Value added of the five key industries, "突破1100亿元" (lower bound); the source gives no year. */
  industries: Fig;
  /** Value added of the core digital-economy industries, "仅2021年…162.6亿元". */
  digital: Fig;
  /** Its growth, "16.2%". */
  growth: Fig;
  /** Its rank among the six urban districts, "首位". */
  rank: Fig;
}

export type SquareKey = 'gdp' | 'industries' | 'digital';

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface SquareGeometry {
  key: SquareKey;
  x: number;
  y: number;
  side: number;
  /** True when the source gives a lower bound (超越/突破): drawn with ▲. */
  bound: boolean;
  /** The formatted value, exactly as formatFigure writes it. */
  valueText: string;
  /** Name and value lines, positioned (inside the square for the two large ones, below it for the small one). */
  nameLines: TextLine[];
  valueLines: TextLine[];
  /** Where the ▲ sits, left of the first value line. */
  marker?: { x: number; y: number };
}

export interface EconomyScaleGeometry extends ChartLayout {
  baseline: number;
  squares: SquareGeometry[];
  /** Growth and rank of the digital core, below its square. */
  annotation: TextLine[];
  /** Short line from the digital square down to its labels. */
  leader: { x: number; y1: number; y2: number };
  /** Right edge the digital labels are anchored to. */
  annotationX: number;
  notes: TextLine[];
}

/** Each square names its period, because the three are not all of one year. */
const NAME: Record<Lang, (key: SquareKey, fig: Fig) => string> = {
  zh: (key, fig) =>
    `${{ gdp: '地区生产总值', industries: '五大重点产业增加值', digital: '数字经济核心产业增加值' }[key]}（${periodPhrase(fig.period, 'zh')}）`,
  en: (key, fig) =>
    `${{ gdp: 'GDP', industries: 'Five key industries, value added', digital: 'Core digital-economy industries, value added' }[key]} (${periodPhrase(fig.period, 'en')})`,
};

const ANNOTATION: Record<Lang, (d: EconomyScaleData) => string> = {
  zh: (d) => `增长${formatFigure(d.growth, 'zh')}，总量、增速均居市内六区${formatFigure(d.rank, 'zh')}`,
  en: (d) => `up ${formatFigure(d.growth, 'en')}; ${formatFigure(d.rank, 'en')} of Zhengzhou's six urban districts in both size and growth`,
};

const NOTES: Record<Lang, (d: EconomyScaleData) => string[]> = {
  zh: (d) => [
    `▲ 原文为“${d.gdp.qualifier?.zh ?? ''}”“${d.industries.qualifier?.zh ?? ''}”：实际值大于方块所示`,
    '方块面积与数值成正比；三者并列，不表示包含关系，也不一定是同一年的数字',
  ],
  en: () => [
    '▲ the source says “over”: the true value is larger',
    'Area is proportional to value; the squares are not nested, nor necessarily of one year',
  ],
};

const DESCRIBE: Record<Lang, Record<EconomyScaleState, (d: EconomyScaleData) => string>> = {
  zh: {
    gdp: (d) => `${periodPhrase(d.gdp.period, 'zh')}，金水区地区生产总值${formatFigure(d.gdp, 'zh')}。方块面积与数值成正比。`,
    industries: (d) =>
      `五大重点产业增加值${formatFigure(d.industries, 'zh')}（${periodPhrase(d.industries.period, 'zh')}，所以不能当作与${periodPhrase(d.gdp.period, 'zh')}的地区生产总值同一年的数字来比）。${d.industries.note?.zh ?? ''}`,
    digital: (d) =>
      `${periodPhrase(d.digital.period, 'zh')}，数字经济核心产业完成增加值${formatFigure(d.digital, 'zh')}，增长${formatFigure(d.growth, 'zh')}，总量、增速均居市内六区${formatFigure(d.rank, 'zh')}。`,
  },
  en: {
    gdp: (d) =>
      `Jinshui's GDP (${periodPhrase(d.gdp.period, 'en')}) was ${formatFigure(d.gdp, 'en')}. Each square's area is proportional to its value.`,
    industries: (d) =>
      `The five key industries added ${formatFigure(d.industries, 'en')} in value (${periodPhrase(d.industries.period, 'en')}, so it cannot be read as of the same year as the GDP). ${d.industries.note?.en ?? ''}`.trimEnd(),
    digital: (d) =>
      `Core digital-economy industries (${periodPhrase(d.digital.period, 'en')}) added ${formatFigure(d.digital, 'en')} in value, up ${formatFigure(d.growth, 'en')}: ${formatFigure(d.rank, 'en')} among Zhengzhou's six urban districts in both size and growth.`,
  },
};

const NAME_SIZE = 12;
const ANNOT_SIZE = 14;
const VALUE_SIZE = 14;
const NOTE_SIZE = 12;
const INSET = 8;

export function economyScaleGeometry(data: EconomyScaleData, options: GeometryOptions = {}): EconomyScaleGeometry {
  const { lang = 'zh', width = 400, marginTop = 8, marginRight = 12, marginBottom = 8, marginLeft = 12 } = options;
  const gap = 14;
  const values: Record<SquareKey, number> = { gdp: data.gdp.value, industries: data.industries.value, digital: data.digital.value };
  const keys: SquareKey[] = ['gdp', 'industries', 'digital'];
  // Area ∝ value: side ∝ √value. The three sides (plus gaps) fill the width.
  const unit = (width - marginLeft - marginRight - 2 * gap) / keys.reduce((s, k) => s + Math.sqrt(values[k]), 0);
  const sideOf = (v: number) => Math.sqrt(v) * unit;
  const baseline = r2(marginTop + sideOf(values.gdp));
  const figs: Record<SquareKey, Fig> = { gdp: data.gdp, industries: data.industries, digital: data.digital };

  let x = marginLeft;
  const squares: SquareGeometry[] = keys.map((key) => {
    const side = r2(sideOf(values[key]));
    const sq = { key, x: r2(x), y: r2(baseline - side), side };
    x += sideOf(values[key]) + gap;
    const fig = figs[key];
    const bound = fig.qualifier?.meaning === 'more-than' || fig.qualifier?.meaning === 'at-least';
    const valueText = formatFigure(fig, lang);
    if (key === 'digital') return { ...sq, bound, valueText, nameLines: [], valueLines: [] }; // placed below
    const inner = side - 2 * INSET;
    const names = balance(NAME[lang](key, fig), inner, NAME_SIZE);
    const values_ = balance(valueText, inner - (bound ? 14 : 0), VALUE_SIZE, true, true);
    const nameLines = names.map((text, i) => ({ text, x: r2(sq.x + INSET), y: r2(sq.y + INSET + NAME_SIZE + i * 16) }));
    const vTop = sq.y + INSET + NAME_SIZE + names.length * 16 + 4;
    const valueLines = values_.map((text, i) => ({ text, x: r2(sq.x + INSET + (bound ? 14 : 0)), y: r2(vTop + i * 18) }));
    return { ...sq, bound, valueText, nameLines, valueLines, ...(bound ? { marker: { x: r2(sq.x + INSET + 5), y: r2(vTop) } } : {}) };
  });

  // The digital square is too small to hold its labels: they hang below it, right-aligned to its edge.
  const dig = squares[2]!;
  const right = r2(dig.x + dig.side);
  const blockWidth = width - marginLeft - marginRight;
  let y = baseline + 14 + NAME_SIZE;
  dig.nameLines = balance(NAME[lang]('digital', data.digital), blockWidth, NAME_SIZE).map((text) => {
    const line = { text, x: right, y: r2(y) };
    y += 16;
    return line;
  });
  y += 3;
  dig.valueLines = [{ text: dig.valueText, x: right, y: r2(y) }];
  y += 19;
  const annotation = balance(ANNOTATION[lang](data), blockWidth, ANNOT_SIZE, true).map((text) => {
    const line = { text, x: right, y: r2(y) };
    y += 18;
    return line;
  });
  y += 8;
  const notes = NOTES[lang](data)
    .flatMap((n) => balance(n, blockWidth, NOTE_SIZE))
    .map((text) => {
      const line = { text, x: marginLeft, y: r2(y) };
      y += 16;
      return line;
    });
  const height = options.height ?? Math.ceil(y - 16 + 4 + marginBottom);

  const order = (s: EconomyScaleState) => SCALE_STATES.indexOf(s);
  const appears: Record<SquareKey, EconomyScaleState> = { gdp: 'gdp', industries: 'industries', digital: 'digital' };
  const states = SCALE_STATES.map((id) => {
    const marks: Record<string, Record<string, number>> = {};
    for (const sq of squares) {
      const shown = order(id) >= order(appears[sq.key]);
      // Hidden squares sit, collapsed, at their bottom-left corner, so they grow out of the baseline.
      marks[`sq-${sq.key}`] = shown
        ? { x: sq.x, y: sq.y, width: sq.side, height: sq.side, opacity: 1 }
        : { x: sq.x, y: baseline, width: 0, height: 0, opacity: 0 };
      marks[`label-${sq.key}`] = { opacity: shown ? 1 : 0 };
    }
    marks['annot-digital'] = { opacity: order(id) >= order('digital') ? 1 : 0 };
    return { id, title: id, description: DESCRIBE[lang][id](data), marks };
  });

  return {
    ...assertComplete({ width, height, states }),
    baseline,
    squares,
    annotation,
    leader: { x: r2(dig.x + dig.side / 2), y1: r2(baseline + 3), y2: r2(baseline + 10) },
    annotationX: right,
    notes,
  };
}

export { wrap };

/** The figure behind each role of EconomyScaleData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  gdp: 'gdp-2021',
  industries: 'key-industries-value-added',
  digital: 'digital-core-value-added-2021',
  growth: 'digital-core-growth-2021',
  rank: 'digital-core-rank-2021',
} as const satisfies Record<keyof EconomyScaleData, string>;
