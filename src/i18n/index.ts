/**
 * The interface text of every language, one typed module each. A language the
 * edition lists (edition.yaml `languages`) must have a module here; strings()
 * stops the build otherwise. Components ask strings(lang).nav.chapters and never
 * branch on the language.
 */
import { ContentError } from '../data/errors.ts';
import type { Lang } from '../data/schema.ts';
import { en } from './en.ts';
import { zh, type Strings } from './zh.ts';

export type { Strings } from './zh.ts';

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

export function strings(lang: string): Strings {
  const s = (STRINGS as Record<string, Strings | undefined>)[lang];
  if (!s)
    throw new ContentError(
      `src/i18n/${lang}.ts`,
      `language "${lang}"`,
      `no interface strings for "${lang}"`,
      `copy src/i18n/en.ts to src/i18n/${lang}.ts, translate every string, and register it in src/i18n/index.ts (STRINGS) and the Lang type in src/data/schema.ts`,
    );
  return s;
}

/** Shorthand: t(lang) is strings(lang). */
export const t = strings;
