/** The interface strings of a language: `ui(lang).readChapter`. */
import type { Lang } from '../data/index.ts';
import type { UiStrings } from './types.ts';
import { zh } from './zh.ts';
import { en } from './en.ts';

export type { UiStrings } from './types.ts';

const STRINGS: Readonly<Record<Lang, UiStrings>> = { zh, en };

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}
