/**
 * The shape of an edition's data files (content/editions/<edition>/data/*.yaml).
 * Every field carries a one-line description because editors read the error
 * messages these schemas produce, not this file.
 */
import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case kebab-case, for example "gdp-2021"');

/** Two-language text: Chinese is the first edition language, English the second. */
export const bilingual = z.strictObject({
  /** Chinese text. */
  zh: z.string().min(1),
  /** English text. */
  en: z.string().min(1),
});

/** What the source's hedge word means: 突破/超过/超越 → more-than, 余 → more-than, 不到 → less-than, 以上 → at-least. */
export const qualifierMeaning = z.enum(['more-than', 'at-least', 'about', 'less-than']);

export const qualifierSchema = z.strictObject({
  /** The hedge word exactly as the source writes it, e.g. 突破, 超过, 余, 以上, 不到. */
  zh: z.string().min(1),
  /** What the hedge means; drives the English wording and how charts mark the value. */
  meaning: qualifierMeaning,
  /** Where the word sits in Chinese: before the number (突破700亿元) or after it (17.54万余人, 80%以上). */
  position: z.enum(['before', 'after']).default('before'),
});

/** How a derived figure is computed from other figures. The stated value is checked against it at build. */
export const derivationSchema = z.discriminatedUnion('method', [
  z.strictObject({
    /** A base value from a current value and the growth rate (in %) the source states: current / (1 + rate/100). */
    method: z.literal('baseline-from-growth-rate'),
    /** [current value id, growth rate id]. */
    inputs: z.tuple([kebabId, kebabId]),
  }),
  z.strictObject({
    /**
     * A base value from a current value and the source's "增长N倍", read like a growth rate as the
     * increase ("N times more"): current / (1 + N). The site reads 增长 this one way everywhere.
     */
    method: z.literal('baseline-from-growth-multiple'),
    /** [current value id, growth multiple id (unit "times")]. */
    inputs: z.tuple([kebabId, kebabId]),
  }),
  z.strictObject({
    /** One figure divided by another: a / b. */
    method: z.literal('ratio'),
    /** [numerator id, denominator id]. */
    inputs: z.tuple([kebabId, kebabId]),
  }),
  z.strictObject({
    /**
     * The whole number next to a computed count, below ("down") or above ("up"): what a count that
     * must be whole could have been (236.4 → 236 or 237). Exact by construction.
     */
    method: z.literal('whole-number'),
    /** [figure id]. */
    inputs: z.tuple([kebabId]),
    /** Which neighbour: the whole number below or above. */
    direction: z.enum(['down', 'up']),
  }),
  z.strictObject({
    /** The growth rate (in %) from a start to a current value: (current / start − 1) × 100. */
    method: z.literal('growth-rate'),
    /** [current value id, start value id]. */
    inputs: z.tuple([kebabId, kebabId]),
  }),
  z.strictObject({
    /** One figure multiplied by a constant factor. */
    method: z.literal('scale'),
    /** [figure id]. */
    inputs: z.tuple([kebabId]),
    /** The constant, e.g. 2 for "doubled". */
    factor: z.number().positive(),
  }),
]);

/**
 * When a figure holds. Either a year or span that the source states ("2021",
 * "2012–2021": every year in it must appear verbatim in the figure's quote or
 * periodQuote), or `{ stated: false }` when the source gives no year, shown as
 * "原文未注明年份" / "year not stated". `says` keeps the source's own time word
 * (目前, 今年, 近年来…), which must appear verbatim in the quote or periodQuote.
 */
export const periodSchema = z.union([
  z
    .string()
    .regex(
      /^\d{4}(–\d{4})?$/,
      'a stated period is a year or a span written "2012–2021" (en dash); if the source gives no year, write period: { stated: false }',
    ),
  z.strictObject({
    /** false: the source gives no year for this figure. */
    stated: z.literal(false),
    /** The source's own time word, if it has one (目前 / currently), verbatim in the quote or periodQuote. */
    says: bilingual.optional(),
  }),
]);

export const unitSchema = z.enum(['yuan', 'percent', 'count', 'rank', 'times']);

export const figureSchema = z
  .strictObject({
    /** Stable id used by <Fig id="…"/> in chapters and by charts. */
    id: kebabId,
    /** The value in base units: yuan (not 亿元), persons, enterprises, percent points, rank position. */
    value: z.number(),
    /** What the value counts. */
    unit: unitSchema,
    /** For unit "count": the measure word and English noun, e.g. {zh: 家, en: enterprises}; enOne is the singular, used when the value is 1. */
    measure: z.strictObject({ zh: z.string().min(1), en: z.string().min(1), enOne: z.string().min(1).optional() }).optional(),
    /** How the source scales the number in Chinese (亿 in "700亿元", 万 in "17.54万余人"); omit when written in full. */
    scale: z.enum(['万', '亿']).optional(),
    /** How the source writes a rank: Arabic ("第22位"), Chinese numerals ("全国第二"), or 首位 for first place; default Arabic. */
    numerals: z.enum(['arabic', 'hanzi', 'shou']).default('arabic'),
    /** The year or span the figure describes, as the source states it ("2021", "2012–2021"), or { stated: false }. */
    period: periodSchema,
    /** A longer verbatim passage of the source that contains the quote and the words that date it (e.g. "2021年,…"). */
    periodQuote: z.string().min(1).optional(),
    /** The source's hedge word, which is part of the figure. */
    qualifier: qualifierSchema.optional(),
    /** What the figure measures, in both languages. */
    label: bilingual,
    /** Verbatim sentence fragment of the edition's source text that states the figure. Required unless derived. */
    quote: z.string().min(1).optional(),
    /** The figure exactly as the source writes it (e.g. "突破700亿元"); the zh formatter must reproduce it. */
    written: z.string().min(1).optional(),
    /** For values the site computes from stated figures: the method and the ids it uses. */
    derived: derivationSchema.optional(),
    /** Decimal places a derived value is stated to, in its written unit (0.945亿元 → 3); checked against the recomputation. */
    precision: z.number().int().min(0).max(6).optional(),
    /**
     * Extra context shown beside the figure, e.g. why a derived value is not an integer. A number in a
     * note is never typed: write {figure-id} and the build puts that figure in, as the data module
     * formats it (without its hedge word); years the figure's quote gives and the source's own words
     * in “…” (checked verbatim) are the only digits a note may hold.
     */
    note: bilingual.optional(),
    /**
     * "unstated": the source's sentence names no subject for this figure (…标杆城区30强中居第12位).
     * No chart title, chart state or step heading may then present it as Jinshui's.
     */
    subject: z.enum(['unstated']).optional(),
    /**
     * "unconfirmed": copied forward from an older edition by `npm run edition:new` and not yet
     * checked against this edition's source. Allowed only while the edition is a draft; delete
     * the line once the quote, written form and value are confirmed.
     */
    status: z.enum(['unconfirmed']).optional(),
  })
  .superRefine((fig, ctx) => {
    if (fig.derived) {
      if (fig.precision === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['precision'],
          message: 'a derived figure needs "precision": the decimal places its value is stated to',
        });
    } else {
      if (!fig.quote)
        ctx.addIssue({
          code: 'custom',
          path: ['quote'],
          message: 'add the verbatim sentence from the source that states this figure (or mark it "derived")',
        });
      if (!fig.written)
        ctx.addIssue({ code: 'custom', path: ['written'], message: 'add the figure exactly as the source writes it, e.g. "突破700亿元"' });
    }
    // Numbers that cannot be: a negative count, amount or multiple (a percent change may fall), a rank that is no place.
    if (fig.unit !== 'percent' && fig.value < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a ${fig.unit === 'yuan' ? 'sum of money' : fig.unit === 'count' ? 'count' : fig.unit === 'rank' ? 'rank' : 'multiple'} cannot be negative: ${fig.value}`,
      });
    if (fig.unit === 'rank' && (!Number.isInteger(fig.value) || fig.value < 1))
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a rank is a place: a whole number from 1, not ${fig.value}` });
    if (fig.unit === 'count' && !fig.measure)
      ctx.addIssue({ code: 'custom', path: ['measure'], message: 'a count needs a measure word, e.g. {zh: 家, en: enterprises}' });
  });

export const seriesSchema = z.strictObject({
  /** Stable id used by charts, e.g. "gdp". */
  id: kebabId,
  /** What the series shows. */
  label: bilingual,
  /** Figure ids in order (usually by period); all must share one unit. */
  points: z.array(kebabId).min(2),
});

/** One data file: a list of figures and, optionally, series built from them. */
export const dataFileSchema = z.strictObject({
  /** Figures stated in (or derived from) the source. */
  figures: z.array(figureSchema).default([]),
  /** Ordered groups of figures. */
  series: z.array(seriesSchema).default([]),
});

export const editionSchema = z.strictObject({
  /** Edition id, also its URL segment, e.g. "2022". */
  id: z.string().regex(/^\d{4}$/, 'an edition id is its year, e.g. "2022"'),
  /**
   * true while the edition is being prepared: `npm run dev` shows it with a draft banner, a
   * production build leaves it out. Remove the line to publish (every figure must be confirmed).
   */
  draft: z.boolean().optional(),
  /** The edition's title in each language it is published in. */
  title: bilingual.partial({ en: true }),
  /** Subtitle / deck. */
  deck: bilingual.partial({ en: true }),
  /** The date this site published the edition (YYYY-MM-DD): the date of the change log's first entry. Not the source's date. */
  published: z.iso.date(),
  /** The latest year the data describes, as the figures' periods state it. */
  dataVintage: z.string().min(1),
  /** Languages with chapters, first is the primary one. */
  languages: z.array(z.enum(['zh', 'en'])).min(1),
  /** The source the edition's figures come from. */
  source: z.strictObject({
    /** Title as published. */
    title: z.string().min(1),
    /** Publisher(s) as the source names them. */
    publisher: z.string().min(1),
    /** Byline as the source gives it. */
    byline: z.string().min(1),
    /**
     * When the source was published, as it says so itself ("2022-10-01", "2022"), or { stated: false }
     * when it carries no date; `inferred` is the site's own reading (a year), shown marked as such.
     */
    date: z.union([
      z
        .string()
        .regex(
          /^\d{4}(-\d{2}(-\d{2})?)?$/,
          'a date the source gives: "2022", "2022-10" or "2022-10-01"; if it gives none, write date: { stated: false }',
        ),
      z.strictObject({
        stated: z.literal(false),
        inferred: z
          .string()
          .regex(/^\d{4}$/)
          .optional(),
      }),
    ]),
    /** File name of the source text, beside edition.yaml. */
    file: z.string().min(1),
    /** Credit line for the source's photos, which the site does not have. */
    photoCredit: z.string().optional(),
    /**
     * The source's title, publisher, byline and photo credit in each other edition
     * language (the original, in Chinese, is shown beside them as a quote).
     */
    translations: z
      .partialRecord(
        z.enum(['en']),
        z.strictObject({
          /** The title, translated. */
          title: z.string().min(1),
          /** Publisher(s), in this language. */
          publisher: z.string().min(1),
          /** Byline, in this language. */
          byline: z.string().min(1),
          /** Credit line for the source's photos, in this language. */
          photoCredit: z.string().optional(),
        }),
      )
      .default({}),
  }),
  /** What changed, newest first. */
  changelog: z.array(z.strictObject({ date: z.iso.date(), note: bilingual.partial({ en: true }) })).min(1),
});

export type Figure = z.infer<typeof figureSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type Derivation = z.infer<typeof derivationSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Period = z.infer<typeof periodSchema>;
/**
 * What chapter checks know of a figure: the loaded figure itself, or for one that failed its schema,
 * its period and whether it is derived, so its <Fig>s are not reported as unknown.
 */
export type FigureOutline = Figure | { readonly period: Period; readonly derived: boolean; readonly subject?: undefined };
export { SOURCE_LANG, type Lang } from '../i18n/lang.ts';
