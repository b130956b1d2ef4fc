/**
 * The classroom kit's interface text for a language: the `classroom` part of the
 * language's strings module (src/i18n/<lang>.ts), where a missing key fails
 * `astro check` like every other interface string.
 */
import type { Lang } from './lang.ts';
import { strings, type Strings } from './index.ts';

export function classroom(lang: Lang): Strings['classroom'] {
  return strings(lang).classroom;
}
