/**
 * Share images as PNG, at build time only: the card tree (card.ts) is laid out
 * and turned into SVG by satori, with the text drawn as outlines from the font
 * files it needs, then rasterised by resvg. The font (Noto Sans SC, from the
 * @fontsource package on npm) never reaches dist/: pages still load no font.
 * Same input, same bytes: no dates, no system fonts, nothing random.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import satori from 'satori';
import { POSTER_QR_MAX, textOf, type CardNode } from './card.ts';
import { facesFor, fontFacesOf, type FontFace } from './fontSubsets.ts';

/** The weights the cards use: text and headings. */
const WEIGHTS = [400, 700] as const;

/** A font package's faces by weight, and its files read once. */
function fontPackage(name: string) {
  const dir = dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  const faces = new Map<number, FontFace[]>(WEIGHTS.map((w) => [w, fontFacesOf(readFileSync(join(dir, `${w}.css`), 'utf8'))]));
  const cache = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    let data = cache.get(file);
    if (!data) cache.set(file, (data = readFileSync(join(dir, file))));
    return data;
  };
  return { faces, read };
}
/** Every character of every card: Chinese, and Latin text in its CJK (full-width punctuation) form. */
const CJK = fontPackage('@fontsource/noto-sans-sc');
/** Latin letters and punctuation for cards in a language written in Latin script (strings.share.latinFontFirst). */
const LATIN = fontPackage('@fontsource/noto-sans');

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

/**
 * The font files a text needs, in both weights. Each file is its own family
 * ("noto-sans-sc-119"): satori falls back across every loaded family, character
 * by character, so the subsets together act as one font.
 */
export function fontsFor(text: string, latinFirst = false): SatoriFont[] {
  const fonts = (pkg: typeof CJK, part: string, weight: 400 | 700): SatoriFont[] =>
    facesFor(part, pkg.faces.get(weight)!).map((file) => ({
      name: file.replace(/^files\//, '').replace(/-\d+-normal\.woff$/, ''),
      data: pkg.read(file),
      weight,
      style: 'normal' as const,
    }));
  return WEIGHTS.flatMap((weight) => {
    if (!latinFirst) return fonts(CJK, text, weight);
    // The Latin font first, for the characters it has; the CJK font for the rest (and as satori's fallback).
    const latin = [...text].filter((c) => coveredBy(c, LATIN.faces.get(weight)!)).join('');
    return [...fonts(LATIN, latin, weight), ...fonts(CJK, text, weight)];
  });
}

const coveredBy = (char: string, faces: readonly FontFace[]): boolean => {
  const cp = char.codePointAt(0)!;
  return faces.some((f) => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
};

export async function renderPng(card: CardNode, size: { width: number; height: number }, latinFirst = false): Promise<Buffer> {
  // satori's element type is React's; the card tree is the same shape in plain objects.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], { ...size, fonts: fontsFor(textOf(card), latinFirst) });
  // No system fonts: satori has already drawn every glyph as a path.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The QR code's side: a whole number of pixels per module (quiet zone included), as large as fits in POSTER_QR_MAX. */
export function qrSide(url: string, margin = 4): { size: number; modules: number } {
  const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size + 2 * margin;
  return { size: Math.floor(POSTER_QR_MAX / modules) * modules, modules };
}

/** The QR code of a URL as an SVG data URI (medium error correction, the standard quiet zone), as handouts make theirs (src/views/qr.ts). */
export async function qrDataUri(url: string): Promise<{ image: string; size: number }> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return { image: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, size: qrSide(url).size };
}
