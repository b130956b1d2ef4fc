/**
 * Checks a chapter's MDX source before it renders, so a typo stops the build
 * with the file, line and fix instead of producing a wrong chart.
 */
import { ContentError, assertNoProblems, nearest } from '../model/errors.ts';
import { stepAnchor } from '../model/stepAnchor.ts';
import { tagsOf } from '../model/steps.ts';
import { periodYears } from '../model/format.ts';
import { SOURCE_LANG, type Figure, type Lang } from '../model/schema.ts';
import { formatFigure } from '../model/format.ts';
import { GLOSSARY, isTermId } from '../i18n/glossary.ts';
import {
  SUBJECT_WORDS,
  blankFrontmatter,
  quotationFindings,
  readerTextFindings,
  translatedQuoteFindings,
  type TextFinding,
} from './claims.ts';
import type { FigureOutline } from '../model/schema.ts';

/**
 * Numbers prose may contain without <Fig>: each is named, with the reason, and the
 * methodology page lists them (a test keeps the two in step). Everything else that
 * looks like a number — Arabic digits, a year, a count in Chinese numerals (九年,
 * 四项) — must be bound to the data.
 */
export const NUMBER_ALLOWLIST: readonly { name: string; pattern: RegExp; why: string; lang?: Lang }[] = [
  { name: '5G', pattern: /5G/g, why: '“5G+全景式智慧政务”: part of a service name' },
  { name: '1+17+N', pattern: /1\+17\+N/g, why: '“1+17+N”人才服务体系: part of a name' },
  { name: '2.0', pattern: /教育信息化2\.0/g, why: '河南省教育信息化2.0示范区: part of a name' },
  { name: '第八批', pattern: /第八批/g, why: '《国家标准委下达第八批社会管理和公共服务综合标准化试点项目》: part of a title' },
  { name: '第四批', pattern: /第四批/g, why: '第四批全国智慧健康养老示范基地: part of a name' },
  { name: '四项', pattern: /四项/g, why: '“三免一全”四项特色服务: the source counts the four services it then names' },
  {
    name: '十年',
    pattern: /十年/g,
    why: "the source's own span (“十年间”“非凡十年”“过去十年”), the theme of the report; not a count the site computes",
  },
  {
    name: '本站推断为2022年',
    pattern: /本站推断为(?:19|20)\d{2}年/g,
    why: "the year the site infers for the undated source (edition.yaml source.date.inferred), said as the site's inference",
  },
  { name: '三类', pattern: /三类/g, why: "the site's count of the kinds the source lists (三类创新主体, 三类信息), not a statistic" },
  { name: '两组', pattern: /两组/g, why: "the site's count of the groups the source lists (两组纳税楼宇, 两组推算), not a statistic" },
  { name: '两种读法', pattern: /两种读法/g, why: 'the two readings of 增长 the methodology page sets out, not a statistic' },
  // English: names and the credit line, as in Chinese (the rest is bound or written through <Term>).
  {
    name: 'top 100',
    pattern: /\b[Tt]op 100\b/g,
    why: "the name of a list (百强): China's top 100 districts for high-quality development; the “Top 100 for overall strength” in cybersecurity",
    lang: 'en',
  },
  {
    name: 'probably published in 2022 (our inference)',
    pattern: /probably published in (?:19|20)\d{2} \(our inference\)/g,
    why: "the year the site infers for the undated source (edition.yaml source.date.inferred), said as the site's inference",
    lang: 'en',
  },
  { name: 'Informatization 2.0', pattern: /Informatization 2\.0/g, why: 'Education Informatization 2.0: part of a name', lang: 'en' },
];

/** A year in prose: 2012, 2021年, 2022年度. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/**
 * A span, multiple or count in Chinese numerals: 九年, 三倍, 第八批, 四项, 三类, 两组, 一个多百分点
 * (not 一番, 一年一年, 统一: 一 alone is too often an article to be read as a count).
 */
const HANZI_NUMBER = /第?[二两三四五六七八九十百千]+(?:个多|多)?(?:个百分点|百分点|[年倍批项类组种成])|一个多?百分点/g;
/** Arabic digits, full-width included. */
const DIGITS = /[\d０-９]+(?:[.,]\d+)*/g;

/** The 1-based line of a position in a text. */
export const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Prose with every tag, expression and code removed: what a reader sees as text. */
export function proseOf(body: string): string {
  return body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<Fig\b[^>]*\/>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/`[^`]*`/g, '');
}

export interface BareNumber {
  text: string;
  line: number;
}

/**
 * Numbers in prose that nothing explains: each should be a <Fig>. A year is
 * bound when a <Fig> in the same paragraph has it in its period (so "2021年，
 * …<Fig id="buildings-tax-over-10m"/>" fails: the source gives that figure no
 * year); a name on NUMBER_ALLOWLIST is fine; every other digit or Chinese-numeral
 * count is reported.
 */
export function bareNumbers(body: string, periodYearsOf: (id: string) => readonly string[] = () => [], lang?: Lang): BareNumber[] {
  const allowed = NUMBER_ALLOWLIST.filter((a) => !lang || !a.lang || a.lang === lang);
  const found: BareNumber[] = [];
  const text = blankFrontmatter(body);
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '') end++;
    const paragraph = lines.slice(start, end).join('\n');
    const bound = new Set([...paragraph.matchAll(/<Fig\b[^>]*\bid="([^"]*)"/g)].flatMap((m) => periodYearsOf(m[1]!)));
    proseOf(paragraph)
      .split('\n')
      .forEach((lineText, i) => {
        let cleaned = lineText;
        for (const a of allowed) cleaned = cleaned.replace(a.pattern, (m) => ' '.repeat(m.length));
        cleaned = cleaned.replace(YEAR, (year) => (bound.has(year) ? ' '.repeat(year.length) : year));
        for (const m of cleaned.matchAll(DIGITS)) found.push({ text: m[0], line: start + i + 1 });
        for (const m of cleaned.matchAll(HANZI_NUMBER)) found.push({ text: m[0], line: start + i + 1 });
      });
    start = end + 1;
  }
  return found.sort((a, b) => a.line - b.line);
}

/** What chapter checks need to know about a figure: that it exists, the years its period names, and whether it is derived (a derived figure may not headline a share card). */
export type FigurePeriods = ReadonlyMap<string, FigureOutline>;

/** How a figure reads in a language; nothing for one that failed its own checks (reported there). */
function figureTextOf(fig: FigureOutline, lang: Lang): string {
  if (!('value' in fig)) return '';
  try {
    return formatFigure(fig as Figure, lang);
  } catch {
    return '';
  }
}

/**
 * The text a reader sees, line for line: each <Fig> as its figure reads, each
 * <Term> as its name, each <Quote> in quotation marks, tags, expressions and
 * emphasis marks removed, the frontmatter blanked.
 */
export function readerText(body: string, figures: FigurePeriods, lang: Lang): string {
  const shown = blankFrontmatter(body)
    .replace(/<Fig\b[^>]*\bid="([^"]*)"[^>]*\/>/g, (_tag, id: string) => {
      const fig = figures.get(id);
      return fig ? figureTextOf(fig, lang) : '';
    })
    .replace(/<Term\b[^>]*\bid="([^"]*)"[^>]*\/>/g, (_tag, id: string) => (isTermId(id) ? GLOSSARY[id][lang] : ''))
    .replace(/<Quote\b[^>]*>([\s\S]*?)<\/Quote>/g, '“$1”');
  return proseOf(shown).replace(/\*\*/g, '');
}

/** A finding in `text` as a prose problem at its line. */
const findingIn = (text: string, file: string) => (f: TextFinding) =>
  new ContentError(file, 'prose', f.problem, f.fix, lineOf(text, f.index));

/** The start of a text up to the end of its second sentence (a step's bold heading and its first sentence). */
function opening(text: string): string {
  const sentences = text.split(/(?<=[。！？])|(?<=[.!?])(?=\s)/);
  return sentences.slice(0, 2).join('');
}

/**
 * Claims in a chapter: quotations of the source verbatim (zh) and the source's
 * words shown in a translation verbatim; no doubled hedge or multiple used as a
 * count; no step that opens by naming Jinshui around a figure whose subject the
 * source leaves open.
 */
export function claimProblems(body: string, file: string, figures: FigurePeriods, lang: Lang, source: string): ContentError[] {
  const text = readerText(body, figures, lang);
  const problems = [
    ...(lang === SOURCE_LANG
      ? quotationFindings(text, source).map(findingIn(text, file))
      : translatedQuoteFindings(body, source).map(findingIn(body, file))),
    ...readerTextFindings(text, lang).map(findingIn(text, file)),
  ];
  for (const step of body.matchAll(/<Step\b([^>]*)>([\s\S]*?)<\/Step>/g)) {
    const ids = [...step[2]!.matchAll(/<Fig\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1]!);
    const open = ids.filter((id) => {
      const f = figures.get(id);
      return f !== undefined && f.subject === 'unstated';
    });
    if (!open.length) continue;
    if (SUBJECT_WORDS[lang].test(opening(readerText(step[2]!, figures, lang).trim()))) {
      const state = /state="([^"]*)"/.exec(step[1]!)?.[1] ?? '';
      problems.push(
        new ContentError(
          file,
          `<Step state="${state}">`,
          `the step opens by naming ${lang === 'zh' ? '金水区' : 'Jinshui'} and shows ${open.map((id) => `"${id}"`).join(', ')}, whose subject the source leaves unstated`,
          'say only what the source says: open the step without naming the district, and say that the source does not say whose figure it is',
          lineOf(body, step.index),
        ),
      );
    }
  }
  return problems;
}

/** Chinese characters (and full-width punctuation) in a chapter that is not in Chinese. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;

/**
 * Chinese in a translated chapter: only inside <span lang="zh-CN">…</span> (the
 * source's own words, shown as a quote) or through <Term> (a name at first use).
 * Anything else would be untranslated text.
 */
export function strayChinese(body: string): BareNumber[] {
  const text = blankFrontmatter(body).replace(/<span lang="zh-CN"[^>]*>[^<]*<\/span>|<Quote\b[^>]*>/g, (m) => m.replace(/[^\n]/g, ' '));
  const found: BareNumber[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(CJK)) found.push({ text: m[0], line: i + 1 });
  });
  return found;
}

/**
 * Every problem with one chapter's tags and prose, in the order of the file: an
 * unknown <Fig> id, chart or state, a step outside its <Scrolly>, a repeated step
 * id, Chinese left in a translation, numbers no <Fig> binds. Bare numbers are
 * looked for only when every <Fig> id is known: a year may be bound by the very
 * figure whose id is mistyped, and the editor should fix the id first.
 */
/** What the charts accept, per chart id: its state ids and the figure ids it draws (src/charts/catalog.ts). */
export interface ChartCatalog {
  readonly states: Readonly<Record<string, readonly string[]>>;
  readonly figures: Readonly<Record<string, readonly string[]>>;
}

export function chapterProblems(
  body: string,
  file: string,
  figures: FigurePeriods,
  lang: Lang,
  source: string,
  charts: ChartCatalog,
): ContentError[] {
  const { states: CHART_STATES, figures: CHART_FIGURES } = charts;
  const problems: ContentError[] = [];
  const figureIds = new Set(figures.keys());
  let openChart: string | null = null;
  let unknownFig = false;
  const stepIds = new Map<string, number>();
  for (const tag of tagsOf(body)) {
    const problem = (field: string, text: string, fix: string) => problems.push(new ContentError(file, field, text, fix, tag.line));
    if (tag.name === 'Fig') {
      const id = tag.attrs['id'];
      if (!id) {
        unknownFig = true;
        problem('<Fig id>', 'a <Fig> without an id', 'write <Fig id="figure-id"/>');
      } else if (!figureIds.has(id)) {
        unknownFig = true;
        problem(
          `<Fig id="${id}">`,
          `unknown figure id "${id}"`,
          `use a figure id from the edition's data files (closest: ${nearest(id, figureIds).join(', ')})`,
        );
      }
    } else if (tag.name === 'Scrolly') {
      if (tag.closing) {
        openChart = null;
        continue;
      }
      const chart = tag.attrs['chart'] ?? '';
      if (!Object.hasOwn(CHART_STATES, chart))
        problem(`<Scrolly chart="${chart}">`, `unknown chart "${chart}"`, `use one of: ${Object.keys(CHART_STATES).join(', ')}`);
      // A chart draws its own figures: each must be in this edition's data, or the chart could not be drawn.
      const missing = (CHART_FIGURES[chart] ?? []).filter((id) => !figureIds.has(id));
      if (missing.length)
        problem(
          `<Scrolly chart="${chart}">`,
          `chart "${chart}" draws ${missing.map((id) => `"${id}"`).join(', ')}, which this edition's data does not define`,
          `add ${missing.length > 1 ? 'these figures' : 'the figure'} to a data file of the edition (copy ${missing.length > 1 ? 'them' : 'it'} from the previous edition and confirm against the new source), or use another chart`,
        );
      openChart = chart;
    } else if (tag.name === 'Step' && !tag.closing) {
      const state = tag.attrs['state'] ?? '';
      if (openChart === null) {
        problem(`<Step state="${state}">`, 'a <Step> outside any <Scrolly>', 'put the step inside <Scrolly chart="…"> … </Scrolly>');
        continue;
      }
      const stepId = stepAnchor({ state, id: tag.attrs['id'] });
      const earlier = stepIds.get(stepId);
      if (earlier !== undefined)
        problem(
          `<Step state="${state}">`,
          `step id "${stepId}" is already used on line ${earlier}; deep links would be ambiguous`,
          `give this step its own id: <Step state="${state}" id="step-…">`,
        );
      else stepIds.set(stepId, tag.line);
      // A chart that is itself unknown has been reported once; its steps cannot be checked.
      const states = CHART_STATES[openChart];
      if (states && !states.includes(state))
        problem(`<Step state="${state}">`, `chart "${openChart}" has no state "${state}"`, `use one of: ${states.join(', ')}`);
    }
  }
  if (lang !== SOURCE_LANG) {
    const stray = strayChinese(body);
    if (stray.length)
      problems.push(
        new ContentError(
          file,
          'prose',
          `Chinese text in a ${lang} chapter: ${stray.map((s) => `"${s.text}" (line ${s.line})`).join(', ')}`,
          'translate it; a name goes through <Term id="…"/> (src/i18n/glossary.ts), a quotation of the source goes in <Quote zh="原文">translation</Quote>, which shows the Chinese beside it, and Chinese that is the site\'s own (an editor\'s note) in <span lang="zh-CN" class="ours">…</span>',
          stray[0]!.line,
        ),
      );
  }
  if (unknownFig) return problems;
  problems.push(...claimProblems(body, file, figures, lang, source));
  const bare = bareNumbers(
    body,
    (id) => {
      const fig = figures.get(id);
      return fig ? periodYears(fig.period) : [];
    },
    lang,
  );
  if (bare.length) {
    const list = bare.map((b) => `"${b.text}" (line ${b.line})`).join(', ');
    problems.push(
      new ContentError(
        file,
        'prose',
        `${bare.length} number(s) in the text that no <Fig> binds: ${list}`,
        'bind each statistic with <Fig id="…"/>; a year is bound only by a <Fig> in the same paragraph whose period is that year (the source must state it); a number that is part of a name goes on NUMBER_ALLOWLIST in src/rules/chapter.ts, with its reason, and in the list on the methodology page',
        bare[0]!.line,
      ),
    );
  }
  return problems;
}

/** Stops on any problem chapterProblems() finds (for tests and scripts; the build collects them through src/validate/). */
export function validateChapter(
  body: string,
  file: string,
  figures: FigurePeriods,
  lang: Lang,
  source: string,
  charts: ChartCatalog,
): void {
  assertNoProblems(chapterProblems(body, file, figures, lang, source, charts));
}
