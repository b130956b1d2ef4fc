/**
 * The rules every figure of an edition meets, as pure functions over the figures
 * and the source text: its quote is in the source, its written form formats back
 * from its value, its period is stated where it says so, a derived value matches
 * its inputs at the precision and in the direction its inputs allow, its notes put
 * figures in by id, and its references resolve. src/data/load.ts runs them as it
 * reads an edition, so no unchecked figure ever leaves the data module.
 */
import { ContentError, nearest, problemOf } from '../model/errors.ts';
import { computeDerived, maxDecimals, roundTo, significantFigures, writtenNumber } from '../model/derive.ts';
import { SCALE, clean, formatZh, periodText, periodYears } from '../model/format.ts';
import { SOURCE_LANG, type Edition, type Figure, type Series } from '../model/schema.ts';
import { quotationFindings } from './claims.ts';

/** One figure's own checks against the source: quote, written form, periodQuote, stated period, value, and whether it may be published. */
export function figureProblems(fig: Figure, file: string, edition: Edition, sourceText: string): ContentError[] {
  const problems: ContentError[] = [];
  const where = `figures[id=${fig.id}]`;
  const problem = (field: string, text: string, fix: string) => problems.push(new ContentError(file, `${where}.${field}`, text, fix));
  // What is checked against the quote waits until the quote itself is right.
  const quoteOk = !fig.quote || sourceText.includes(fig.quote);
  if (!quoteOk)
    problem(
      'quote',
      `the quote is not a verbatim part of ${edition.source.file}: "${fig.quote}"`,
      `copy the sentence exactly from ${edition.source.file} (punctuation included)`,
    );
  else if (fig.written && fig.quote && !fig.quote.includes(fig.written))
    problem('written', `"${fig.written}" does not appear in the quote`, 'quote the clause that contains the figure as written');
  let periodQuoteOk = true;
  if (fig.periodQuote !== undefined) {
    periodQuoteOk = false;
    if (fig.derived)
      problem(
        'periodQuote',
        'a derived figure has no quote to date',
        'remove periodQuote; a derived figure takes its period from its inputs',
      );
    else if (!sourceText.includes(fig.periodQuote))
      problem(
        'periodQuote',
        `the periodQuote is not a verbatim part of ${edition.source.file}: "${fig.periodQuote}"`,
        `copy the passage exactly from ${edition.source.file} (punctuation included)`,
      );
    else if (quoteOk && fig.quote && !fig.periodQuote.includes(fig.quote))
      problem(
        'periodQuote',
        'the periodQuote does not contain the quote, so it cannot show when the quoted figure holds',
        'quote the whole passage from the words that date it through the quote',
      );
    else periodQuoteOk = true;
  }
  // The stated period is looked for in the quote and periodQuote: only once they are right.
  if (!fig.derived && quoteOk && periodQuoteOk) {
    const period = problemOf(() => checkStatedPeriod(fig, file));
    if (period) problems.push(period);
  }
  if (fig.written && formatZh(fig) !== fig.written)
    problem(
      'value',
      `value/unit/scale/qualifier format as "${formatZh(fig)}" but the source writes "${fig.written}"`,
      'correct value (base units), scale, qualifier or measure so they reproduce the source',
    );
  if (fig.status === 'unconfirmed' && !edition.draft) problems.push(unconfirmed(fig, file, edition));
  // Readers see ids in the data page and the downloads: an id may not date a figure its period does not.
  const stray = yearsIn(fig.id).filter((year) => !periodYears(fig.period).includes(year));
  if (stray.length)
    problem(
      'id',
      `the id names ${stray.join(', ')}, which is not in the figure's period (${periodText(fig.period, 'en')})`,
      `rename it without the year${stray.length > 1 ? 's' : ''}, in the data file and wherever it is used`,
    );
  return problems;
}

/** A figure still to confirm: a problem in a published edition, a note (the editor's worklist) in a draft. */
export function unconfirmed(fig: Figure, file: string, edition: Edition): ContentError {
  return new ContentError(
    file,
    `figures[id=${fig.id}].status`,
    edition.draft
      ? `figure "${fig.id}" is still unconfirmed (allowed while edition ${edition.id} is a draft)`
      : `figure "${fig.id}" is still unconfirmed (copied from an earlier edition), but edition ${edition.id} is not a draft`,
    `confirm its quote, written form and value against this edition's ${edition.source.file} and delete the line status: unconfirmed; or keep draft: true in edition.yaml until every figure is confirmed`,
  );
}

/** A figure as read, with the data file it is in. */
export type Loaded = Figure & { file: string };

const YEAR = /(?<![\d])(?:19|20)\d{2}(?![\d])/g;

/** The years a text names: "2021年国庆消费报告" → ["2021"]. */
export function yearsIn(text: string): string[] {
  return [...new Set(text.match(YEAR) ?? [])];
}

/** Rule (a), for quoted figures: a stated period appears verbatim in the quote or periodQuote; so does the source's own time word. */
function checkStatedPeriod(fig: Figure, file: string): void {
  const where = `figures[id=${fig.id}].period`;
  const passage = `${fig.quote ?? ''}\n${fig.periodQuote ?? ''}`;
  if (typeof fig.period === 'string') {
    for (const year of periodYears(fig.period))
      if (!passage.includes(year))
        throw new ContentError(
          file,
          where,
          `period "${fig.period}" names ${year}, which is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`,
          `add periodQuote: the verbatim passage of the source that dates the figure (containing ${year} and the quote), or write period: { stated: false } — shown as 原文未注明年份 — if the source gives no year`,
        );
  } else if (fig.period.says && !passage.includes(fig.period.says.zh))
    throw new ContentError(
      file,
      `${where}.says`,
      `the time word "${fig.period.says.zh}" is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`,
      'add periodQuote: the verbatim passage of the source from that word through the quote, or remove says',
    );
}

/** The years a figure may name in its label and note: its quote's and periodQuote's, or for a derived figure, its inputs' periods. */
function yearsAllowed(fig: Loaded, figures: Map<string, Loaded>): Set<string> {
  if (!fig.derived) return new Set([...yearsIn(fig.quote ?? ''), ...yearsIn(fig.periodQuote ?? '')]);
  return new Set(fig.derived.inputs.flatMap((id) => (figures.has(id) ? periodYears(figures.get(id)!.period) : [])));
}

/**
 * Rule (a) for derived figures and rule (b) for all: a derived figure's period
 * comes from its inputs, and no label or note names a year or span that the
 * figure (through its quote, or its inputs' periods) does not have.
 */
function checkNamedYears(fig: Loaded, figures: Map<string, Loaded>): void {
  const allowed = yearsAllowed(fig, figures);
  const from = fig.derived
    ? `none of its inputs (${fig.derived.inputs.join(', ')}) has that year in its period`
    : `it is not in the figure's quote${fig.periodQuote ? ' or periodQuote' : ''}`;
  if (fig.derived) {
    const where = `figures[id=${fig.id}].period`;
    for (const year of periodYears(fig.period))
      if (!allowed.has(year))
        throw new ContentError(
          fig.file,
          where,
          `period "${fig.period as string}" names ${year}, but ${from}`,
          `use the period of its inputs, or period: { stated: false } (shown as 原文未注明年份) when they state none`,
        );
    if (typeof fig.period !== 'string' && fig.period.says) {
      const says = fig.period.says.zh;
      if (
        !fig.derived.inputs.some((id) => {
          const p = figures.get(id)?.period;
          return typeof p === 'object' && p.says?.zh === says;
        })
      )
        throw new ContentError(
          fig.file,
          `${where}.says`,
          `the time word "${says}" is not the time word of any of its inputs (${fig.derived.inputs.join(', ')})`,
          'use the time word of an input, or remove says',
        );
    }
  }
  const texts: [string, string | undefined][] = [
    ['label.zh', fig.label.zh],
    ['label.en', fig.label.en],
    ['note.zh', fig.note?.zh],
    ['note.en', fig.note?.en],
  ];
  for (const [field, text] of texts)
    for (const year of yearsIn(text ?? ''))
      if (!allowed.has(year))
        throw new ContentError(
          fig.file,
          `figures[id=${fig.id}].${field}`,
          `names ${year}, but ${from}`,
          `remove the year, or say what the source says (起点 / 原文未注明年份 / “近年来”) instead of a year it does not give`,
        );
}

/** Which way a bound points: a figure known to be above (more-than, at-least) or below (less-than) its value; undefined when exact or approximate (约). */
function direction(fig: Figure): 1 | -1 | undefined {
  const meaning = fig.qualifier?.meaning;
  return meaning === 'more-than' || meaning === 'at-least' ? 1 : meaning === 'less-than' ? -1 : undefined;
}

/** A qualifier that makes a figure a bound (突破700: more than 700), as opposed to an approximate value (约). */
const isBound = (fig: Figure): boolean => direction(fig) !== undefined;

/** Two values the same but for float noise. */
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Significant figures of a figure as it is stated: its written number (a hedged one as derive.ts reads it), or for a derived figure its value at its precision. */
function statedFigures(fig: Figure): { sf: number; shown: string } {
  if (fig.derived) {
    const unit = fig.scale ? SCALE[fig.scale] : 1;
    const shown = (fig.value / unit).toFixed(fig.precision ?? 0);
    // A whole number put in place of a computed count (236 for 236.4) is exact: it is a supposition, not a measurement.
    return { sf: fig.derived.method === 'whole-number' ? Infinity : significantFigures(shown), shown };
  }
  const shown = writtenNumber(fig.written ?? '');
  if (shown === undefined) return { sf: Infinity, shown: fig.written ?? '' };
  return { sf: significantFigures(shown, fig.qualifier !== undefined), shown };
}

/**
 * Rule (c), the precision rule of derive.ts: a derived value has no more significant figures than its
 * least precise input. A multiple by an exact factor is exempt: it keeps its input's precision, and
 * twice "more than 700" is exactly "more than 1400" (checkBounds makes it say so).
 */
function checkPrecision(fig: Loaded, computed: number, figures: Map<string, Loaded>): void {
  if (!fig.derived || fig.derived.method === 'scale') return;
  const inputs = fig.derived.inputs.map((id) => ({ id, ...statedFigures(figures.get(id)!) }));
  const least = inputs.reduce((a, b) => (b.sf < a.sf ? b : a));
  const unit = fig.scale ? SCALE[fig.scale] : 1;
  const allowed = maxDecimals(computed / unit, least.sf);
  const precision = fig.precision ?? 0;
  // Below the units digit (allowed < 0) a value is fine if it is already a round number: 1400 to 3 figures.
  const stated = fig.value / unit;
  if (precision > Math.max(0, allowed) || (allowed < 0 && clean(roundTo(stated, allowed)) !== clean(stated))) {
    const fix =
      allowed >= 0
        ? `set precision: ${allowed} and value: ${clean(roundTo(computed / unit, allowed) * unit)}`
        : `state it in a larger scale (万 or 亿) so it can be rounded to ${least.sf} significant figures`;
    const hedged = least.sf < significantFigures(least.shown) ? `; a hedged round number's trailing zeros are not significant` : '';
    throw new ContentError(
      fig.file,
      `figures[id=${fig.id}].precision`,
      `stated to ${precision} decimal place(s), which is more significant figures than its least precise input, ${least.id} (written ${least.shown}: ${least.sf} significant figure(s)${hedged}), supports`,
      fix,
    );
  }
}

/**
 * The direction a ratio-like derivation (a ÷ b, current ÷ (1 + rate)) inherits from bounded inputs:
 * a lower-bound numerator over an exact or upper-bound denominator is a lower bound, and so on. Two
 * lower bounds (突破700, 超越1800) give a ratio bounded in neither direction: null.
 */
function derivedDirection(derived: NonNullable<Figure['derived']>, figures: Map<string, Loaded>): 1 | -1 | undefined | null {
  const [top, bottom] = derived.inputs.map((id) => direction(figures.get(id)!));
  if (derived.method === 'scale') return top;
  if (derived.method === 'whole-number') return undefined;
  const fromBottom = bottom === undefined ? undefined : (-bottom as 1 | -1);
  if (top === undefined) return fromBottom;
  if (fromBottom === undefined || fromBottom === top) return top;
  return null;
}

/**
 * A derived figure says how exact it is. A multiple of a bound is a bound: twice "突破700亿元" is more
 * than 1400亿元. A ratio of bounded inputs with no derivable direction is only an approximation, and
 * so is a value rounded from its computation (214 ÷ 17 = 12.59… shown as 13): each carries 约/about
 * (or, where the direction is known, that bound).
 */
function checkBounds(fig: Loaded, computed: number, figures: Map<string, Loaded>): void {
  if (!fig.derived) return;
  const where = `figures[id=${fig.id}].qualifier`;
  const meaning = fig.qualifier?.meaning;
  if (fig.derived.method === 'scale') {
    const input = figures.get(fig.derived.inputs[0])!;
    if (isBound(input) && meaning !== input.qualifier!.meaning)
      throw new ContentError(
        fig.file,
        where,
        `it scales ${input.id}, which is a bound ("${input.qualifier!.zh}", ${input.qualifier!.meaning}), so it is a bound too`,
        `add qualifier: { zh: …, meaning: ${input.qualifier!.meaning} } (for example 超过 for more-than) and say in its label and note that it is a bound`,
      );
  }
  const way = derivedDirection(fig.derived, figures);
  const bounded = fig.derived.inputs.filter((id) => isBound(figures.get(id)!));
  if (way === null && meaning !== 'about')
    throw new ContentError(
      fig.file,
      where,
      `it is computed from ${bounded.join(' and ')}, bounds that leave the result bounded in neither direction, so it is only an approximation`,
      'add qualifier: { zh: 约, meaning: about } (shown as 约 / about), and keep no more significant figures than its inputs',
    );
  // From bounds that agree, the result is a bound that way: it may say so, or say 约, but not point the other way or say nothing.
  if ((way === 1 || way === -1) && (meaning === undefined || (meaning !== 'about' && direction(fig) !== way)))
    throw new ContentError(
      fig.file,
      where,
      `it is computed from ${bounded.join(' and ')}, so it is ${way === 1 ? 'a lower' : 'an upper'} bound, but its qualifier ${meaning ? `says ${meaning}` : 'says nothing'}`,
      `add qualifier: { zh: …, meaning: ${way === 1 ? 'more-than' : 'less-than'} }, or { zh: 约, meaning: about } when it is rounded`,
    );
  const unit = fig.scale ? SCALE[fig.scale] : 1;
  if (!sameValue(computed / unit, fig.value / unit) && !meaning)
    throw new ContentError(
      fig.file,
      where,
      `its shown value ${clean(fig.value / unit)} is rounded from the computed ${clean(computed / unit)}, but nothing says so`,
      'add qualifier: { zh: 约, meaning: about } (or the bound it is, if its inputs give one)',
    );
}

/** A figure put into a note: {id} as the data module writes it, {id:number} without its hedge word (for arithmetic). */
export const NOTE_TOKEN = /\{([a-z0-9-]+)(:number)?\}/g;

/** Digits typed in a note. */
const TYPED_NUMBER = /[\d０-９]+(?:[.,]\d+)*/g;

/**
 * Notes state computed relations ("236家 gives 891.1%") with numbers the build puts in, never typed
 * ones: each {id} names a figure. What is left may hold no digit but a year (checked by
 * checkNamedYears) or, in a Chinese note, the source's own words in quotation marks, which must be
 * verbatim. Every problem is reported, whatever else fails in the edition.
 */
export function noteProblems(figures: Map<string, Loaded>, sourceText: string): ContentError[] {
  const problems: ContentError[] = [];
  for (const fig of figures.values()) {
    for (const lang of fig.note ? (['zh', 'en'] as const) : []) {
      const where = `figures[id=${fig.id}].note.${lang}`;
      const text = fig.note![lang];
      for (const m of text.matchAll(NOTE_TOKEN))
        if (!figures.has(m[1]!))
          problems.push(
            new ContentError(
              fig.file,
              where,
              `{${m[1]}} names no figure`,
              `use a figure id of this edition (closest: ${nearest(m[1]!, figures.keys()).join(', ')})`,
            ),
          );
      if (lang === SOURCE_LANG)
        for (const finding of quotationFindings(text, sourceText))
          problems.push(new ContentError(fig.file, where, finding.problem, finding.fix));
      const typed = text
        .replace(NOTE_TOKEN, '')
        .replace(/“[^”]*”/g, (q) => (lang === SOURCE_LANG ? '' : q))
        .replace(YEAR, '')
        .match(TYPED_NUMBER);
      if (typed)
        problems.push(
          new ContentError(
            fig.file,
            where,
            `a number typed into a note: ${typed.map((n) => `"${n}"`).join(', ')}`,
            "write {figure-id} (or {figure-id:number} inside a calculation) so the build puts the figure in; a computed relation gets a derived figure of its own; only years and, in Chinese, the source's own words in “…” may hold digits",
          ),
        );
    }
  }
  return problems;
}

/**
 * Every problem across figures: derived figures' inputs, recomputed values,
 * precision and bounds; named years; series. A figure whose inputs are unknown
 * is not recomputed; inputs that failed their own schema are not reported again.
 */
export function referenceProblems(
  figures: Map<string, Loaded>,
  series: Map<string, Series & { file: string }>,
  unchecked: ReadonlySet<string>,
): ContentError[] {
  const problems: ContentError[] = [];
  for (const fig of figures.values()) {
    const missing = fig.derived?.inputs.filter((id) => !figures.has(id)) ?? [];
    for (const id of missing.filter((m) => !unchecked.has(m)))
      problems.push(
        new ContentError(
          fig.file,
          `figures[id=${fig.id}].derived.inputs`,
          `unknown figure "${id}"`,
          'use the id of a figure defined in this edition',
        ),
      );
    if (missing.length) continue;
    const named = problemOf(() => checkNamedYears(fig, figures));
    if (named) problems.push(named);
    if (!fig.derived) continue;
    const computed = computeDerived(fig.derived, (id) => figures.get(id)!.value);
    // Precision counts decimals as the figure is written: 0.945亿元 is 3 decimals of 亿, not of yuan.
    const unit = fig.scale ? SCALE[fig.scale] : 1;
    const expected = clean(roundTo(computed / unit, fig.precision ?? 0) * unit);
    if (!sameValue(expected, fig.value)) {
      problems.push(
        new ContentError(
          fig.file,
          `figures[id=${fig.id}].value`,
          `stated ${fig.value}, but ${fig.derived.method} of ${fig.derived.inputs.join(', ')} gives ${computed}`,
          `set value: ${expected}`,
        ),
      );
      continue;
    }
    for (const check of [() => checkPrecision(fig, computed, figures), () => checkBounds(fig, computed, figures)]) {
      const problem = problemOf(check);
      if (problem) problems.push(problem);
    }
  }
  for (const s of series.values()) {
    const units = new Set<string>();
    for (const id of s.points) {
      const point = figures.get(id);
      if (point) units.add(point.unit);
      else if (!unchecked.has(id))
        problems.push(
          new ContentError(s.file, `series[id=${s.id}].points`, `unknown figure "${id}"`, 'list ids of figures defined in this edition'),
        );
    }
    if (units.size > 1)
      problems.push(
        new ContentError(
          s.file,
          `series[id=${s.id}].points`,
          `points mix units (${[...units].join(', ')})`,
          'a series holds figures of one unit',
        ),
      );
  }
  return problems;
}
