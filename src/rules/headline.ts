/**
 * A chapter's headline figures (frontmatter `headline: [gdp-2021, …]`): the one to
 * three numbers its share image and poster show. Optional — a chapter without them
 * (the methodology appendix) gets a card with the site and chapter title only —
 * but every id given must be a figure of the edition, so a typo stops the build
 * (the chapter checks in src/validate/ run this, before any page renders) and `npm run validate` alike.
 */
import { ContentError, nearest } from '../model/errors.ts';

export const HEADLINE_FIELD = 'frontmatter.headline';
export const HEADLINE_MAX = 3;

const FIX_SHAPE = `write headline: [figure-id, …] with 1 to ${HEADLINE_MAX} figure ids from the edition's data files, or leave the field out (the share card then shows the titles only)`;

/** Every problem with a chapter's `headline` value (undefined: the field is absent, which is fine). */
export function headlineProblems(
  value: unknown,
  file: string,
  figures: Iterable<string> | ReadonlyMap<string, { readonly derived?: unknown }>,
  line?: number,
): ContentError[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((id): id is string => typeof id === 'string'))
    return [new ContentError(file, HEADLINE_FIELD, 'headline is not a list of figure ids', FIX_SHAPE, line)];
  if (value.length < 1 || value.length > HEADLINE_MAX)
    return [
      new ContentError(
        file,
        HEADLINE_FIELD,
        `headline lists ${value.length} figures; a share card has room for 1 to ${HEADLINE_MAX}`,
        FIX_SHAPE,
        line,
      ),
    ];
  const known = new Set(figures instanceof Map ? figures.keys() : (figures as Iterable<string>));
  // A card shows a number with no room for its derivation: only figures the source states may headline it.
  const derived = (id: string) => figures instanceof Map && Boolean((figures.get(id) as { derived?: unknown } | undefined)?.derived);
  const problems: ContentError[] = [];
  const seen = new Set<string>();
  for (const id of value) {
    if (!known.has(id))
      problems.push(
        new ContentError(
          file,
          HEADLINE_FIELD,
          `unknown figure id "${id}"`,
          `use a figure id from the edition's data files (closest: ${nearest(id, known).join(', ')})`,
          line,
        ),
      );
    else if (derived(id))
      problems.push(
        new ContentError(
          file,
          HEADLINE_FIELD,
          `figure "${id}" is derived, and a share card has no room to show how`,
          'headline a figure the source states (one with a quote), such as an input of the derivation',
          line,
        ),
      );
    else if (seen.has(id))
      problems.push(new ContentError(file, HEADLINE_FIELD, `figure id "${id}" is listed twice`, 'list each headline figure once', line));
    seen.add(id);
  }
  return problems;
}

/** The 1-based line of `headline:` in a chapter's source, for messages (undefined when absent). */
export function headlineLine(source: string): number | undefined {
  const m = /^headline\s*:/m.exec(source);
  return m ? source.slice(0, m.index).split('\n').length : undefined;
}
