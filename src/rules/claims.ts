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
import type { Lang } from '../model/schema.ts';
import { EN_QUALIFIER } from '../model/format.ts';

/**
 * Phrases in Chinese quotation marks that are not quotations of the source: each
 * named, with the reason. Everything else in “…” of four characters or more must be
 * verbatim in the source.
 */
export const QUOTE_ALLOWLIST: readonly { text: string; why: string }[] = [
  { text: '大众创业、万众创新', why: 'the full name of 双创, in the glossary definition of 双创示范基地 (a term, not a quotation)' },
  {
    text: '原文未注明年份',
    why: 'the words the site shows for a figure the source gives no year (interface text, quoted when the methodology names it)',
  },
  { text: 'year not stated', why: 'the English words the site shows for a figure the source gives no year (interface text)' },
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

/** The body with its frontmatter blanked, every position kept, so line numbers and indexes stay true. */
export const blankFrontmatter = (body: string): string => body.replace(/^---[\s\S]*?---/, (m) => m.replace(/[^\n]/g, ' '));

/** Han characters, letters and digits in a quotation: a quotation of fewer than four is a word, not a claim. */
const substance = (text: string): number => (text.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []).length;

/** A quotation's parts, split at an ellipsis, without the end punctuation a quoted sentence takes. */
function quotedParts(quote: string): string[] {
  return quote
    .split(/……|…|\.\.\./)
    .map((part) => normaliseQuoted(part).replace(/^[,。、;:!?]+|[,。、;:!?]+$/g, ''))
    .filter((part) => part.length > 0);
}

/** The source normalised once: the built-page lint asks about thousands of quotations. */
const normalised = new Map<string, string>();

/** Whether a quotation is the source's words: every part verbatim, in the source's order. */
export function isVerbatim(quote: string, source: string): boolean {
  let normalSource = normalised.get(source);
  if (normalSource === undefined) normalised.set(source, (normalSource = normaliseQuoted(source)));
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
      fix: "quote the source exactly (an ellipsis …… may join parts in the source's order), or write it in the site's own words without quotation marks; a phrase that is not a quotation goes on QUOTE_ALLOWLIST in src/rules/claims.ts, with its reason",
    });
  }
  return found;
}

/**
 * A translation quotes the source through <Quote zh="…">…</Quote>, which shows the
 * source's words beside the translation. Each `zh`, and each word kept as the source
 * writes it in <span lang="zh-CN">, must be verbatim (Chinese that is the site's own,
 * an editor's note, is marked <span lang="zh-CN" class="ours"> and not checked). A
 * quotation of three words or more in curly quotes outside <Quote> must be on
 * QUOTE_ALLOWLIST (a label, not the source's words), or be written without them.
 */
export function translatedQuoteFindings(body: string, source: string): TextFinding[] {
  const found: TextFinding[] = [];
  // The source's words as a translation shows them: a <Quote zh>, or words kept as they are in <span lang="zh-CN">
  // (a list of them, 突破、超越、超过, word by word; a title without its 《》).
  const shown = [
    ...[...body.matchAll(/<Quote\b[^>]*\bzh="([^"]*)"[^>]*>/g)].map((m) => ({
      index: m.index,
      words: [m[1]!],
      tag: `<Quote zh="${m[1]}">`,
    })),
    ...[...body.matchAll(/<span lang="zh-CN">([^<]*)<\/span>/g)].map((m) => ({
      index: m.index,
      words: m[1]!.replace(/^《|》$/g, '').split('、'),
      tag: `<span lang="zh-CN">${m[1]}</span>`,
    })),
  ];
  for (const { index, words, tag } of shown)
    if (!words.every((w) => isVerbatim(w, source)))
      found.push({
        index,
        problem: `${tag} gives words that are not the source's`,
        fix: "copy the Chinese exactly from the source text (…… may join parts in the source's order)",
      });
  const outside = blankFrontmatter(body).replace(/<Quote\b[\s\S]*?<\/Quote>/g, (q) => q.replace(/[^\n]/g, ' '));
  for (const m of outside.matchAll(/“([^“”]*)”/g)) {
    const words = m[1]!
      .replace(/<[^>]*>/g, 'X')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (words.length < 3 || QUOTE_ALLOWLIST.some((a) => a.text === m[1])) continue;
    found.push({
      index: m.index,
      problem: `“${m[1]}” is quoted without the source's words`,
      fix: 'a quotation of the source goes in <Quote zh="原文">…</Quote>, which shows the Chinese beside it; words that are not the source\'s are written without quotation marks',
    });
  }
  return found;
}

/**
 * Hedge words: one is enough for a figure. The English ones are the words the formatter writes
 * (EN_QUALIFIER); the Chinese ones those the source writes before a number, and the site's 约.
 */
const ZH_HEDGES = '约|超过|突破|超越|不到';
const EN_HEDGES = Object.values(EN_QUALIFIER).join('|');
const ZH_DOUBLE_HEDGE = new RegExp(`(?:${ZH_HEDGES})[^。；，、：\\d\\n]{0,10}(?:${ZH_HEDGES})(?=\\d)`, 'g');
const EN_DOUBLE_HEDGE = new RegExp(`\\b(?:${EN_HEDGES})\\s+(?:[\\w'’]+\\s+){0,2}?(?:${EN_HEDGES})\\s+(?=\\d)`, 'gi');
/** A multiple that something "has", followed by a noun: a ratio read as a count (有13倍二级网格). 倍数, 倍以上, 倍的… are fine. */
const ZH_MULTIPLE_AS_COUNT = /(?<=有约?)(?<![\d.])\d+(?:\.\d+)?倍(?=[\p{Script=Han}])(?![的数以左多之于还读是即或])/gu;
const EN_MULTIPLE_AS_COUNT = /\b(?:has|have|had|there (?:are|were))\s+(?:about\s+)?\d[\d.,]*\s?(?:×|times)\s+(?!as\b|more\b|the\b)[a-z]/gi;

/** What a reader sees that says more than a figure: a doubled hedge, a multiple used as a count. */
export function readerTextFindings(text: string, lang: Lang): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of text.matchAll(lang === 'zh' ? ZH_DOUBLE_HEDGE : EN_DOUBLE_HEDGE))
    found.push({
      index: m.index,
      problem: `a hedge said twice around one figure: “${m[0]}”`,
      fix: 'the figure already carries its hedge (约 / about, a bound): drop the word typed before it',
    });
  for (const m of text.matchAll(lang === 'zh' ? ZH_MULTIPLE_AS_COUNT : EN_MULTIPLE_AS_COUNT))
    found.push({
      index: m.index,
      problem: `a multiple used as a count: “${text.slice(m.index, m.index + m[0].length + 6).split('\n')[0]}”`,
      fix: 'a multiple compares two counts: write “…的个数约为…的<Fig/>” / "about <Fig/> as many"',
    });
  return found;
}

/** The words that name the district as a subject. */
export const SUBJECT_WORDS: Readonly<Record<Lang, RegExp>> = { zh: /金水区|金水(?=的)/, en: /\bJinshui\b/ };
