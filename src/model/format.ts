/**
 * Figures as text. Chinese follows the source and GB/T 15835-2011: Arabic
 * numerals with 万/亿 as units ("700亿元", "17.54万余人"). English converts the
 * base value (700亿元 = 70 billion yuan) and never mixes in 万/亿.
 */
import { format } from 'd3-format';
import type { Figure, Lang, Period } from './schema.ts';
// The words for periods the source does not date are interface text: they live in the strings modules.
import { strings } from '../i18n/index.ts';

type Formattable = Pick<Figure, 'value' | 'unit' | 'measure' | 'scale' | 'numerals' | 'qualifier'>;

/** What 万 and 亿 multiply by. */
export const SCALE = { 万: 1e4, 亿: 1e8 } as const;
const HANZI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Drops float noise (70000000000/1e8 → 700, 0.1+0.2 → 0.3) without rounding away real decimals. */
export function clean(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** A number as the Chinese source writes it: no separators, decimals as given. */
function zhNumber(n: number): string {
  return String(clean(n));
}

function zhUnit(fig: Formattable): string {
  switch (fig.unit) {
    case 'yuan':
      return '元';
    case 'percent':
      return '%';
    case 'times':
      return '倍';
    case 'count':
      return fig.measure?.zh ?? '';
    case 'rank':
      return '';
  }
}

/** "突破700亿元", "17.54万余人", "80%以上", "第26位", "全国第二" style ranks ("第二"). */
export function formatZh(fig: Formattable): string {
  const before = fig.qualifier && fig.qualifier.position === 'before' ? fig.qualifier.zh : '';
  const after = fig.qualifier && fig.qualifier.position === 'after' ? fig.qualifier.zh : '';
  if (fig.unit === 'rank') {
    const n = clean(fig.value);
    if (fig.numerals === 'shou') {
      if (n !== 1) throw new RangeError(`"首位" means first place, got rank ${n}`);
      return `${before}首位${after}`;
    }
    if (fig.numerals === 'hanzi') {
      if (!Number.isInteger(n) || n < 1 || n > 10) throw new RangeError(`hanzi rank numerals support 1–10, got ${n}`);
      return `${before}第${HANZI_DIGITS[n]}${after}`;
    }
    return `${before}第${zhNumber(n)}位${after}`;
  }
  const scaled = fig.scale ? fig.value / SCALE[fig.scale] : fig.value;
  const number = zhNumber(scaled) + (fig.scale ?? '');
  if (fig.unit === 'percent') return `${before}${number}%${after}`;
  // 余 sits between the number and its measure word: "17.54万余人", "156100余名".
  return `${before}${number}${after}${zhUnit(fig)}`;
}

/** The English for each hedge meaning (the claim lint reads these to find a hedge said twice). */
export const EN_QUALIFIER: Record<NonNullable<Figure['qualifier']>['meaning'], string> = {
  'more-than': 'over',
  'at-least': 'at least',
  about: 'about',
  'less-than': 'under',
};

// d3-format's default type keeps every significant digit up to 12 (clean()'s precision), so the
// decimals stay as given; its minus sign is U+2212, as the rest of the site writes it.
const grouped = format(',');

/** 12345.6 → "12,345.6": grouping on the integer part only. */
export function groupThousands(n: number): string {
  return grouped(clean(n));
}

export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Money in English: billions and millions of yuan, converted from base units. */
function enYuan(value: number): string {
  if (Math.abs(value) >= 1e9) return `${groupThousands(value / 1e9)} billion yuan`;
  if (Math.abs(value) >= 1e6) return `${groupThousands(value / 1e6)} million yuan`;
  return `${groupThousands(value)} yuan`;
}

/** "over 70 billion yuan", "at least 80%", "22nd", "over 175,400 people". */
export function formatEn(fig: Formattable): string {
  const q = fig.qualifier ? `${EN_QUALIFIER[fig.qualifier.meaning]} ` : '';
  switch (fig.unit) {
    case 'yuan':
      return q + enYuan(fig.value);
    case 'percent':
      return `${q}${groupThousands(fig.value)}%`;
    case 'times':
      return `${q}${groupThousands(fig.value)}×`;
    case 'rank':
      return q + ordinal(clean(fig.value));
    case 'count':
      return `${q}${groupThousands(fig.value)} ${(fig.value === 1 ? fig.measure?.enOne : undefined) ?? fig.measure?.en ?? ''}`.trimEnd();
  }
}

/**
 * How each language writes numbers, periods and amounts: one record per language,
 * so no function below branches on the language, and a language missing here
 * fails `astro check` (Record<Lang, …>) like a missing strings module.
 */
interface NumberStyle {
  figure: (fig: Formattable) => string;
  number: (n: number) => string;
  /** Compact axis/tick labels: "700亿" / "70bn". */
  yuanShort: (value: number) => string;
}

const NUMBER_STYLES: Record<Lang, NumberStyle> = {
  zh: {
    figure: (fig) => formatZh(fig),
    number: (n) => zhNumber(n),
    yuanShort: (value) => (value >= 1e8 ? `${clean(value / 1e8)}亿` : value >= 1e4 ? `${clean(value / 1e4)}万` : String(clean(value))),
  },
  en: {
    figure: (fig) => formatEn(fig),
    number: (n) => groupThousands(n),
    yuanShort: (value) => (value >= 1e9 ? `${clean(value / 1e9)}bn` : value >= 1e6 ? `${clean(value / 1e6)}m` : groupThousands(value)),
  },
};

export function formatFigure(fig: Formattable, lang: Lang): string {
  return NUMBER_STYLES[lang].figure(fig);
}

/** A plain number: as the source writes it in Chinese (1000), with thousands separators in English (1,000). */
export function formatNumber(n: number, lang: Lang): string {
  return NUMBER_STYLES[lang].number(n);
}

/** Compact axis/tick labels: "700亿" / "70bn". Charts use these where space is short. */
export function formatYuanShort(value: number, lang: Lang): string {
  return NUMBER_STYLES[lang].yuanShort(value);
}

/**
 * A figure's period as text: "2021" / "2012–2021" as the source states it;
 * "原文未注明年份" (or "目前（原文未注明年份）" with the source's own time word)
 * when it gives no year. Never a year the source does not give.
 */
export function periodText(period: Period, lang: Lang): string {
  if (typeof period === 'string') return period;
  if (!period.says) return strings(lang).period.notStated;
  return strings(lang).period.saysNotStated(period.says[lang]);
}

/** A short period label for a chart axis: the stated year, else the source's time word, else "年份不详" / "year n/a". */
export function periodShort(period: Period, lang: Lang): string {
  if (typeof period === 'string') return period;
  return period.says?.[lang] ?? strings(lang).period.yearUnknown;
}

/** The years a period names: "2012–2021" → ["2012", "2021"]; none when not stated. */
export function periodYears(period: Period): string[] {
  return typeof period === 'string' ? period.split('–') : [];
}

/** A period to put in a sentence: "2021年" / "2021", or the not-stated text. Charts use it instead of `${period}年`. */
export function periodPhrase(period: Period, lang: Lang): string {
  if (typeof period === 'string') return strings(lang).period.inSentence(period);
  return periodText(period, lang);
}
