/**
 * Completeness across languages: every language an edition lists (edition.yaml
 * `languages`) has every chapter of the first (reference) language, with the same
 * slug, the same charts and steps in the same order, and the same figures bound
 * in each step and in the chapter. A missing or drifted translation stops the
 * build with the file, the key and the fix; nothing falls back to another language.
 */
import { ContentError, assertNoProblems } from '../model/errors.ts';
import type { Lang } from '../model/schema.ts';
import { ADD_LANGUAGE_FIX, hasStrings } from '../i18n/index.ts';
import { chapterKey } from '../model/chapterId.ts';

export interface ChapterLike {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { slug: string; headline?: readonly string[] | undefined };
}

/** The skeleton a translation must keep: steps in order (chart, state, figure ids) and every figure id of the chapter. */
export function skeletonOf(body: string): { steps: { chart: string; state: string; figs: string[] }[]; figs: string[] } {
  const steps: { chart: string; state: string; figs: string[] }[] = [];
  let chart = '';
  let current: { chart: string; state: string; figs: string[] } | null = null;
  for (const m of body.matchAll(/<(\/?)(Scrolly|Step|Fig)\b([^>]*)>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[3] ?? '')?.[1] ?? '';
    if (m[2] === 'Scrolly') chart = m[1] ? '' : attr('chart');
    else if (m[2] === 'Step') {
      if (m[1]) current = null;
      else steps.push((current = { chart, state: attr('state'), figs: [] }));
    } else if (m[2] === 'Fig') current?.figs.push(attr('id'));
  }
  const figs = [...body.matchAll(/<Fig\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1]!);
  const uniq = (a: string[]) => [...new Set(a)].sort();
  return { steps: steps.map((s) => ({ ...s, figs: uniq(s.figs) })), figs: uniq(figs) };
}

const fileOf = (c: ChapterLike) => c.filePath ?? `content/editions/${c.id}.mdx`;
/** Where the translation of `ref` into `lang` belongs: the same file name in the language's folder. */
const translationOf = (ref: ChapterLike, lang: string) => fileOf(ref).replace(/\/[^/]+\/([^/]+)$/, `/${lang}/$1`);
/** The line of a chapter's n-th <Step> (1-based), for messages about a step. */
const stepLine = (body: string, n: number) => {
  const m = [...body.matchAll(/<Step\b/g)][n];
  return m ? body.slice(0, m.index).split('\n').length : undefined;
};

/**
 * Every translation problem of the chapters given, one per chapter and kind.
 * `languagesOf` gives an edition's languages (the build reads them from the data
 * module; editor commands from the content root they check).
 */
export function translationProblems(chapters: readonly ChapterLike[], languagesOf: (edition: string) => readonly Lang[]): ContentError[] {
  const problems: ContentError[] = [];
  const editions = [...new Set(chapters.map((c) => chapterKey(c.id).edition))];
  for (const edition of editions) {
    const languages = languagesOf(edition);
    const [reference, ...others] = languages;
    const inLang = (lang: string) => chapters.filter((c) => chapterKey(c.id).edition === edition && chapterKey(c.id).lang === lang);
    for (const lang of languages) {
      // A listed language without a strings module.
      if (!hasStrings(lang))
        problems.push(
          new ContentError(`src/i18n/${lang}.ts`, `language "${lang}"`, `no interface strings for "${lang}"`, ADD_LANGUAGE_FIX(lang)),
        );
    }
    for (const c of chapters.filter((c) => chapterKey(c.id).edition === edition)) {
      const { lang } = chapterKey(c.id);
      if (!languages.includes(lang as Lang))
        problems.push(
          new ContentError(
            fileOf(c),
            'languages',
            `a chapter in "${lang}", which content/editions/${edition}/edition.yaml does not list`,
            `add "${lang}" to languages in edition.yaml, or remove the folder content/editions/${edition}/${lang}/`,
          ),
        );
    }
    const refs = inLang(reference!);
    for (const lang of others) {
      const translated = inLang(lang);
      for (const ref of refs) {
        const { name } = chapterKey(ref.id);
        const match = translated.find((c) => c.data.slug === ref.data.slug);
        const expected = translationOf(ref, lang);
        if (!match) {
          problems.push(
            new ContentError(
              expected,
              `chapter "${ref.data.slug}"`,
              `the ${lang} edition has no chapter with slug "${ref.data.slug}" (${fileOf(ref)} has no translation)`,
              `translate ${fileOf(ref)} into ${expected}, keeping slug: ${ref.data.slug}, its steps and its <Fig> bindings`,
            ),
          );
          continue;
        }
        if (chapterKey(match.id).name !== name)
          problems.push(
            new ContentError(
              fileOf(match),
              'file name',
              `the chapter "${ref.data.slug}" is ${chapterKey(match.id).name}.mdx here but ${name}.mdx in ${reference}: reading order would differ`,
              `rename it to ${expected}`,
            ),
          );
        const a = skeletonOf(ref.body ?? '');
        const b = skeletonOf(match.body ?? '');
        const stepKey = (s: { chart: string; state: string }) => `${s.chart}#${s.state}`;
        if (a.steps.map(stepKey).join() !== b.steps.map(stepKey).join())
          problems.push(
            new ContentError(
              fileOf(match),
              '<Scrolly>/<Step>',
              `its steps (${b.steps.map(stepKey).join(', ') || 'none'}) differ from ${fileOf(ref)} (${a.steps.map(stepKey).join(', ') || 'none'})`,
              'keep the same charts and steps, in the same order, as the reference chapter',
            ),
          );
        else
          a.steps.forEach((s, i) => {
            const other = b.steps[i]!;
            if (s.figs.join() !== other.figs.join())
              problems.push(
                new ContentError(
                  fileOf(match),
                  `<Step state="${s.state}"> (${s.chart})`,
                  `binds ${other.figs.join(', ') || 'no figures'}, but the same step in ${fileOf(ref)} binds ${s.figs.join(', ') || 'none'}`,
                  'bind the same figures with <Fig id="…"/> in this step as the reference chapter does',
                  stepLine(match.body ?? '', i),
                ),
              );
          });
        // The share images of every language show the same figures.
        const headline = (c: ChapterLike) => (c.data.headline ?? []).join(', ');
        if (headline(ref) !== headline(match))
          problems.push(
            new ContentError(
              fileOf(match),
              'frontmatter.headline',
              `headline figures (${headline(match) || 'none'}) differ from ${fileOf(ref)} (${headline(ref) || 'none'})`,
              'list the same headline figure ids, in the same order, as the reference chapter',
            ),
          );
        const missing = a.figs.filter((f) => !b.figs.includes(f));
        const extra = b.figs.filter((f) => !a.figs.includes(f));
        if (missing.length || extra.length)
          problems.push(
            new ContentError(
              fileOf(match),
              '<Fig id>',
              `figures differ from ${fileOf(ref)}: ${missing.length ? `missing ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `not in the reference: ${extra.join(', ')}` : ''}`,
              'bind the same figures as the reference chapter, each with <Fig id="…"/>',
            ),
          );
      }
      for (const c of translated)
        if (!refs.some((r) => r.data.slug === c.data.slug))
          problems.push(
            new ContentError(
              fileOf(c),
              `slug: ${c.data.slug}`,
              `no ${reference} chapter has the slug "${c.data.slug}"`,
              `use the slug of the chapter it translates (${refs.map((r) => r.data.slug).join(', ')})`,
            ),
          );
    }
  }
  return problems;
}

/** Stops the build on any translation problem (every one listed, when there are several). */
export function checkTranslations(chapters: readonly ChapterLike[], languagesOf: (edition: string) => readonly Lang[]): void {
  assertNoProblems(translationProblems(chapters, languagesOf));
}
