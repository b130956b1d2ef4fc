/**
 * The interface text of every language, one typed module each. A language the
 * edition lists (edition.yaml `languages`) must have a module here; strings()
 * stops the build otherwise. Components ask strings(lang).nav.chapters and never
 * branch on the language.
 */
import type { Lang } from './lang.ts';
import { en } from './en.ts';
import { zh, type Strings } from './zh.ts';

export type { Strings } from './zh.ts';

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

/** Whether a language has a strings module (the translation check reports one that has not, as a content problem). */
export function hasStrings(lang: string): lang is Lang {
  return Object.hasOwn(STRINGS, lang);
}

/** What an editor must do to add a language (the translation check's fix). */
export const ADD_LANGUAGE_FIX = (lang: string): string =>
  `copy src/i18n/en.ts to src/i18n/${lang}.ts, translate every string, and register it in src/i18n/index.ts (STRINGS) and the Lang type in src/i18n/lang.ts`;

export function strings(lang: string): Strings {
  // Content naming an unknown language is reported by the translation check before any page asks.
  if (!hasStrings(lang)) throw new Error(`no interface strings for "${lang}": ${ADD_LANGUAGE_FIX(lang)}`);
  return STRINGS[lang];
}

/** Shorthand: t(lang) is strings(lang). */
export const t = strings;
