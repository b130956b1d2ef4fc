/** The site's languages: one strings module each (src/i18n/<lang>.ts). */
export type Lang = 'zh' | 'en';
/** The language the source is written in: its quotes are shown as they are, and other languages translate from it. */
export const SOURCE_LANG = 'zh' satisfies Lang;
