/**
 * Which files of a font package a card needs. @fontsource packages split a CJK
 * font into ~100 files by unicode-range (the ranges are in each weight's CSS);
 * a card uses a few hundred characters, so it loads only the files whose ranges
 * hold them. Pure: the CSS text in, file names out. The .woff file, not .woff2:
 * satori reads TTF, OTF and WOFF only.
 */

export interface FontFace {
  /** The .woff file, relative to the package (e.g. "files/noto-sans-sc-119-400-normal.woff"). */
  readonly file: string;
  /** Inclusive code point ranges. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** "U+4e00-4e3f,U+0041" → [[0x4e00, 0x4e3f], [0x41, 0x41]]. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      // "4E??" is a wildcard range: the ?s run from 0 to F.
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
      const [lo, hi = lo] = part.split('-');
      return [parseInt(lo!, 16), parseInt(hi!, 16)];
    });
}

/** The @font-face rules of an @fontsource weight stylesheet (e.g. 400.css). */
export function fontFacesOf(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1]!;
    const file = /url\(\.\/([^)]+\.woff)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) throw new Error(`font stylesheet: an @font-face without a .woff file or a unicode-range:\n${body.trim()}`);
    return { file, ranges: parseUnicodeRange(range) };
  });
}

/**
 * The files whose ranges hold the characters of `text`, in the stylesheet's order,
 * each once. A character no file holds is an error: the card would show a blank box.
 * Whitespace needs no glyph. (Noto Sans SC draws curly quotes full-width, the
 * Chinese way, in English text too: English cards put Noto Sans first, see render.ts.)
 */
export function facesFor(text: string, faces: readonly FontFace[]): string[] {
  const needed = new Set<string>();
  for (const char of new Set(text)) {
    if (/\s/.test(char)) continue;
    const cp = char.codePointAt(0)!;
    const face = faces.find((f) => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    if (!face)
      throw new Error(
        `share card: no font file covers "${char}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}); rephrase the text or add a font package that has it`,
      );
    needed.add(face.file);
  }
  return faces.map((f) => f.file).filter((file) => needed.has(file));
}
