/**
 * Words are checked like numbers. What a reader sees as the source's words is
 * verbatim in the source; what the site adds is marked as its own; and a few
 * ways of saying more than a figure says are refused wherever they appear:
 * a doubled hedge (约…约, "about about"), a multiple used as a count (有13倍二级网格),
 * a figure whose subject the source leaves open presented as Jinshui's.
 *
 * The same functions check chapter and teacher-note sources (npm run validate
 * and the build, through chapterProblems) and the built pages' text (the build's
 * last step, src/cli/build.ts), so each rule speaks with one message.
 */
import type { Lang } from '../data/schema.ts';

/**
 * Phrases in Chinese quotation marks that are not quotations of the source: each
 * named, with the reason. Everything else in “…” of four characters or more must be
 * verbatim in the source.
 */
export const QUOTE_ALLOWLIST: readonly { text: string; why: string }[] = [
  { text: '大众创业、万众创新', why: 'the full name of 双创, in the glossary definition of 双创示范基地 (a term, not a quotation)' },
  { text: '原文未注明年份', why: 'the words the site shows for a figure the source gives no year (interface text, quoted when the methodology names it)' },
  { text: '本站推断为2022年', why: 'the site\'s own words for its inference of the source\'s year, quoted where the methodology lists the words it writes without binding' },
  { text: 'year not stated', why: 'the English words the site shows for a figure the source gives no year (interface text)' },
  { text: '原文未注明日期', why: 'the words the site shows for the source\'s undated publication (interface text, quoted when the methodology names it)' },
];

/** The source as quotations are compared with it: lines joined (the text breaks lines mid-sentence), full-width punctuation as half-width, inner quotation marks as outer. */
export function normaliseQuoted(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[‘「『]/g, '“')
    .replace(/[’」』]/g, '”')
    .replace(/，/g, ',')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/；/g, ';')
    .replace(/！/g, '!')
    .replace(/？/g, '?');
}

/** Han characters, letters and digits in a quotation: a quotation of fewer than four is a word, not a claim. */
const substance = (text: string): number => (text.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []).length;

/** A quotation's parts, split at an ellipsis, without the end punctuation a quoted sentence takes. */
function quotedParts(quote: string): string[] {
  return quote
    .split(/……|…|\.\.\./)
    .map((part) => normaliseQuoted(part).replace(/^[,。、;:!?]+|[,。、;:!?]+$/g, ''))
    .filter((part) => part.length > 0);
}

/** Whether a quotation is the source's words: every part verbatim, in the source's order. */
export function isVerbatim(quote: string, source: string): boolean {
  const normalSource = normaliseQuoted(source);
  let from = 0;
  for (const part of quotedParts(quote)) {
    const at = normalSource.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

export interface TextFinding {
  /** Index in the text the finding was made in. */
  index: number;
  problem: string;
  fix: string;
}

/** Chinese quotations (“…”, nested ‘…’ allowed) of four characters or more that are not verbatim in the source and not on QUOTE_ALLOWLIST. */
export function quotationFindings(text: string, source: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of text.matchAll(/“([^“”]*)”/g)) {
    const quote = m[1]!;
    if (substance(quote) < 4 || !/\p{Script=Han}/u.test(quote)) continue;
    if (QUOTE_ALLOWLIST.some((a) => a.text === quote)) continue;
    if (isVerbatim(quote, source)) continue;
    found.push({
      index: m.index,
      problem: `“${quote}” is in quotation marks but is not the source's words`,
      fix: 'quote the source exactly (an ellipsis …… may join parts in the source\'s order), or write it in the site\'s own words without quotation marks; a phrase that is not a quotation goes on QUOTE_ALLOWLIST in src/content/claims.ts, with its reason',
    });
  }
  return found;
}

/** The source's words shown in an English page (<span lang="zh-CN">…</span>, as <Fig> shows its quote): verbatim, as in Chinese. */
export function shownSourceFindings(html: string, source: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of html.matchAll(/<span lang="zh-CN">([^<]*)<\/span>/g)) {
    const words = m[1]!.replace(/^《|》$/g, '');
    // A list of the source's words (突破、超越、超过) is checked word by word.
    const verbatim = words.split('、').every((w) => substance(w) < 1 || isVerbatim(w, source));
    if (substance(words) < 4 || verbatim || QUOTE_ALLOWLIST.some((a) => a.text === words)) continue;
    found.push({ index: m.index, problem: `the source's words shown as “${words}” are not in the source`, fix: 'copy them exactly from the source text' });
  }
  return found;
}

/**
 * A translation quotes the source through <Quote zh="…">…</Quote>, which shows the
 * source's words beside the translation: each `zh` must be verbatim, and a
 * quotation of three words or more in curly quotes outside <Quote> must be on
 * QUOTE_ALLOWLIST (a label, not the source's words), or be written without them.
 */
export function translatedQuoteFindings(body: string, source: string): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of body.matchAll(/<Quote\b[^>]*\bzh="([^"]*)"[^>]*>/g))
    if (!isVerbatim(m[1]!, source))
      found.push({ index: m.index, problem: `<Quote zh="${m[1]}"> gives words that are not the source's`, fix: 'copy the Chinese exactly from the source text (…… may join parts in the source\'s order)' });
  const outside = body.replace(/^---[\s\S]*?---/, (f) => f.replace(/[^\n]/g, ' ')).replace(/<Quote\b[\s\S]*?<\/Quote>/g, (q) => q.replace(/[^\n]/g, ' '));
  for (const m of outside.matchAll(/“([^“”]*)”/g)) {
    const words = m[1]!.replace(/<[^>]*>/g, 'X').trim().split(/\s+/).filter(Boolean);
    if (words.length < 3 || QUOTE_ALLOWLIST.some((a) => a.text === m[1])) continue;
    found.push({ index: m.index, problem: `“${m[1]}” is quoted without the source's words`, fix: 'a quotation of the source goes in <Quote zh="原文">…</Quote>, which shows the Chinese beside it; words that are not the source\'s are written without quotation marks' });
  }
  return found;
}

/** Hedge words: one is enough for a figure. */
const ZH_DOUBLE_HEDGE = /约[^。；，、：\d\n]{0,10}约(?=\d)|(超过|突破|超越|不到)\1/g;
const EN_DOUBLE_HEDGE = /\b(about|approximately|roughly)\b(?:\s+[\w'’]+){0,3}?\s+(?:about|approximately|roughly)\s+(?=\d)/gi;
/** A multiple (倍) followed by a noun: a ratio read as a count (有13倍二级网格). 倍数, 倍以上, 倍左右, 倍的… are fine. */
const ZH_MULTIPLE_AS_COUNT = /(?<![\d.])\d+(?:\.\d+)?倍(?=[\p{Script=Han}])(?![的数以左多之于还读是即或])/gu;
const EN_MULTIPLE_AS_COUNT = /\b(?:has|have|had|there (?:are|were))\s+(?:about\s+)?\d[\d.,]*\s?(?:×|times)\s+(?!as\b|more\b|the\b)[a-z]/gi;

/** What a reader sees that says more than a figure: a doubled hedge, a multiple used as a count. */
export function readerTextFindings(text: string, lang: Lang): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of text.matchAll(lang === 'zh' ? ZH_DOUBLE_HEDGE : EN_DOUBLE_HEDGE))
    found.push({ index: m.index, problem: `a hedge said twice around one figure: “${m[0]}”`, fix: 'the figure already carries its hedge (约 / about, a bound): drop the word typed before it' });
  for (const m of text.matchAll(lang === 'zh' ? ZH_MULTIPLE_AS_COUNT : EN_MULTIPLE_AS_COUNT))
    found.push({ index: m.index, problem: `a multiple used as a count: “${text.slice(m.index, m.index + m[0].length + 6).split('\n')[0]}”`, fix: 'a multiple compares two counts: write “…的个数约为…的<Fig/>” / "about <Fig/> as many"' });
  return found;
}

/** The words that name the district as a subject. */
export const SUBJECT_WORDS: Readonly<Record<Lang, RegExp>> = { zh: /金水区|金水(?=的)/, en: /\bJinshui\b/ };
