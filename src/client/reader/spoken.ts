/**
 * Figures as a listener should hear them, the way the page writes them:
 * "1800亿元" → "一千八百亿元", "17.54万" → "十七点五四万", "2012年" → "二〇一二年",
 * "12.5%" → "百分之十二点五". Speech engines differ (some read long numbers digit
 * by digit), so Chinese text is spelled out before it is spoken. Pure: tested in vitest.
 */
const DIGITS = '〇一二三四五六七八九';
const SMALL_UNITS = ['', '十', '百', '千'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** 0 ≤ n < 10000 → Chinese, with 零 for inner gaps ("一千零五"). */
function under10k(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[i]!;
  }
  return out;
}

/** A non-negative integer in Chinese: 1800 → 一千八百, 10 → 十, 120000 → 十二万. */
export function integerZh(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return '零';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  if (groups.length > BIG_UNITS.length) return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
  let out = '';
  let zero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      if (out) zero = true;
      continue;
    }
    if (out && (zero || g < 1000)) out += '零';
    zero = false;
    out += under10k(g) + BIG_UNITS[i]!;
  }
  // 一十二 is read 十二.
  return out.replace(/^一十/, '十');
}

/** A number as written ("17.54", "1,800") → spoken Chinese. */
export function numberZh(written: string): string {
  const [int = '0', frac] = written.replace(/,/g, '').split('.');
  const whole = integerZh(Number(int));
  return frac ? `${whole}点${[...frac].map((d) => DIGITS[Number(d)]).join('')}` : whole;
}

/** Chinese text ready for a speech engine: years digit by digit, other numbers as words, percentages as 百分之…. */
export function spokenZh(text: string): string {
  return text
    .replace(/(\d{4})(?=\s*年)/g, (y) => [...y].map((d) => DIGITS[Number(d)]).join(''))
    .replace(/(\d[\d,]*(?:\.\d+)?)\s*[%％]/g, (_, n: string) => `百分之${numberZh(n)}`)
    .replace(/\d[\d,]*(?:\.\d+)?/g, (n) => numberZh(n));
}

/** Text to speak in a page language: Chinese is spelled out; English engines read numerals well. */
export function spoken(text: string, lang: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return lang.toLowerCase().startsWith('zh') ? spokenZh(clean) : clean;
}
