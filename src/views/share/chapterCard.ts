/**
 * What a chapter's share images say, from its frontmatter and the data module:
 * the site and chapter titles, the headline figures formatted by src/data (never
 * typed), the source credit, and the chapter's live address. Pure apart from the
 * data module, so the endpoints, the page head and tests agree.
 */
import { figureText, getEdition, getFigure, periodShort, sourceIn, type Lang } from '../../data/index.ts';
import { strings } from '../../i18n/index.ts';
import type { CardFigure, CardInput } from './card.ts';
import { OG_SIZE } from './card.ts';

export interface ChapterFacts {
  readonly edition: string;
  readonly lang: Lang;
  readonly kicker: string;
  readonly title: string;
  /** The frontmatter's headline figure ids (validated by src/rules/headline.ts). */
  readonly headline?: readonly string[] | undefined;
}

/** Site paths of a chapter's share files, beside the page: /<edition>/<lang>/<slug>/og.png and poster.png. */
export const ogImagePath = (chapterPath: string): string => `${chapterPath}og.png`;
export const posterPath = (chapterPath: string): string => `${chapterPath}poster.png`;
export { OG_SIZE };

export function cardFigures(facts: ChapterFacts): CardFigure[] {
  const t = strings(facts.lang);
  return (facts.headline ?? []).map((id) => {
    const fig = getFigure(id, facts.edition);
    const label = fig.label[facts.lang];
    // The period as the source gives it (a year, or its own time word); nothing when it gives none.
    const dated = typeof fig.period === 'string' || fig.period.says !== undefined;
    return {
      value: figureText(id, facts.lang, facts.edition),
      label: dated ? t.share.figureLabel(label, periodShort(fig.period, facts.lang)) : label,
    };
  });
}

export function cardInput(facts: ChapterFacts, url: string): CardInput {
  const t = strings(facts.lang);
  const source = sourceIn(facts.lang, facts.edition);
  return {
    siteTitle: getEdition(facts.edition).edition.title[facts.lang] ?? '',
    kicker: facts.kicker,
    title: facts.title,
    figures: cardFigures(facts),
    credit: t.footer.credit(source.publisher, source.title, source.date, source.byline),
    url,
  };
}

/** og:image:alt: the titles and the figures the image shows. */
export function imageAlt(facts: ChapterFacts): string {
  const t = strings(facts.lang);
  return t.share.imageAlt(
    getEdition(facts.edition).edition.title[facts.lang] ?? '',
    facts.title,
    cardFigures(facts)
      .map((f) => `${f.label} ${f.value}`)
      .join(t.share.figureSeparator),
  );
}
