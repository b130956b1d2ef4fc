/**
 * The shared data module: the one public entry for every number on the site.
 * Chapters (through <Fig>), charts and tables all read from here, so text and
 * graphics cannot disagree.
 */
import { ContentError, nearest } from '../model/errors.ts';
import { describeDerivation } from '../model/derive.ts';
import { strings } from '../i18n/index.ts';
import { formatFigure } from '../model/format.ts';
import { isDraft, listEditionIds, loadEdition, type EditionData } from './load.ts';
import { SOURCE_LANG, type Figure, type Lang, type Series } from '../model/schema.ts';

export type { Figure, Series, Edition, Lang, Unit, Period } from '../model/schema.ts';
export type { EditionData } from './load.ts';
export {
  formatFigure,
  formatNumber,
  formatZh,
  formatEn,
  formatYuanShort,
  groupThousands,
  ordinal,
  clean,
  periodText,
  periodShort,
  periodPhrase,
  periodYears,
} from '../model/format.ts';
export { ContentError } from '../model/errors.ts';

export type LoadedFigure = EditionData['figures'] extends ReadonlyMap<string, infer F> ? F : never;

const cache = new Map<string, EditionData>();

/**
 * Whether draft editions are shown: only by the dev server (`npm run dev`), never by a
 * production build. Vite sets import.meta.env; under plain Node (scripts) it is undefined.
 */
const SHOW_DRAFTS = import.meta.env?.DEV === true;

/** The editions the site publishes, oldest first: every page lists its editions from here, so a draft is left out everywhere at once. */
export function editionIds(): string[] {
  return listEditionIds().filter((id) => SHOW_DRAFTS || !isDraft(id));
}

/**
 * The newest edition that is not a draft, even under `npm run dev` (which shows drafts):
 * the edition older ones point readers to. A draft is never announced as published.
 */
export function newestPublishedId(): string | undefined {
  return listEditionIds()
    .filter((id) => !isDraft(id))
    .at(-1);
}

/** The newest edition: what the site root shows. */
export function latestEditionId(): string {
  const ids = editionIds();
  if (!ids.length) throw new ContentError('content/editions', '(folder)', 'no edition found', 'add content/editions/<year>/edition.yaml');
  return ids[ids.length - 1]!;
}

export function getEdition(editionId: string = latestEditionId()): EditionData {
  let data = cache.get(editionId);
  if (!data) {
    data = loadEdition(editionId);
    cache.set(editionId, data);
  }
  return data;
}

export function hasFigure(id: string, editionId?: string): boolean {
  return getEdition(editionId).figures.has(id);
}

export function getFigure(id: string, editionId?: string): LoadedFigure {
  const data = getEdition(editionId);
  const fig = data.figures.get(id);
  if (!fig)
    throw new ContentError(
      `${data.dir}/data/*.yaml`,
      'id',
      `unknown figure id "${id}"`,
      `use a defined id (closest: ${nearest(id, data.figures.keys()).join(', ')}) or add the figure to a data file`,
    );
  return fig;
}

export function getSeries(id: string, editionId?: string): Readonly<Series> & { points: readonly string[]; figures: LoadedFigure[] } {
  const data = getEdition(editionId);
  const s = data.series.get(id);
  if (!s)
    throw new ContentError(
      `${data.dir}/data/*.yaml`,
      'series',
      `unknown series id "${id}"`,
      `use a defined series (closest: ${nearest(id, data.series.keys()).join(', ')})`,
    );
  return { ...s, figures: s.points.map((p) => getFigure(p, editionId)) };
}

/**
 * A chart's figures by role: figuresFor({ y2012: 'gdp-2012', … }, edition) →
 * { y2012: <figure>, … }. Charts declare the ids once (FIGURES in geometry.ts);
 * components and tests both read them through this.
 */
export function figuresFor<K extends string>(ids: Readonly<Record<K, string>>, editionId?: string): Record<K, LoadedFigure> {
  return Object.fromEntries(Object.entries<string>(ids).map(([role, id]) => [role, getFigure(id, editionId)])) as Record<K, LoadedFigure>;
}

/** Figure text for a language, e.g. "突破700亿元" / "over 70 billion yuan". */
export function figureText(id: string, lang: Lang, editionId?: string): string {
  return formatFigure(getFigure(id, editionId), lang);
}

/** How a derived figure was computed, in figures' own formatting: "超越1800亿元 ÷ 突破700亿元". */
export function derivationText(fig: Figure, lang: Lang, editionId?: string): string | undefined {
  return fig.derived && describeDerivation(fig.derived, (id) => figureText(id, lang, editionId));
}

export function allFigures(editionId?: string): LoadedFigure[] {
  return [...getEdition(editionId).figures.values()];
}

/** The source's credit (title, publisher, byline, photo credit) in a language: the original for zh, else its translation. */
export function sourceIn(
  lang: Lang,
  editionId?: string,
): { title: string; publisher: string; byline: string; photoCredit?: string | undefined; date: string } {
  const data = getEdition(editionId);
  const { source } = data.edition;
  const translated = lang === SOURCE_LANG ? source : source.translations[lang];
  if (!translated)
    throw new ContentError(
      `${data.dir}/edition.yaml`,
      `source.translations.${lang}`,
      `no "${lang}" credit for the source`,
      `add source.translations.${lang} with title, publisher and byline`,
    );
  // The source's own date, or the words for an undated source (with the site's inferred year, marked as the site's).
  const t = strings(lang).sourceDate;
  const date = typeof source.date === 'string' ? source.date : source.date.inferred ? t.inferred(source.date.inferred) : t.notStated;
  return { title: translated.title, publisher: translated.publisher, byline: translated.byline, photoCredit: translated.photoCredit, date };
}
