/**
 * A chapter's collection id is its path under content/editions/ without the
 * extension: "<edition>/<lang>/<NN-name>" (e.g. "2022/zh/01-economy"). This is
 * the one place that takes it apart; pure, so the editor commands use it too.
 */
export interface ChapterKey {
  readonly edition: string;
  /** Not narrowed to Lang: the translation check reports a folder in a language the edition does not list. */
  readonly lang: string;
  /** The file name without .mdx; its NN- prefix is the reading order. */
  readonly name: string;
}

export function chapterKey(id: string): ChapterKey {
  const [edition = '', lang = '', name = ''] = id.split('/');
  return { edition, lang, name };
}

/** The chapter's place in reading order: the file name's NN- prefix (0 if it has none). */
export function chapterOrder(id: string): number {
  return Number(/^\d+/.exec(chapterKey(id).name)?.[0] ?? 0);
}
