/**
 * Contrast of every text and graphics colour pair, computed from the design
 * tokens in src/styles/global.css, in the standard look and in high contrast
 * (WCAG 1.4.3: 4.5:1 for text; 1.4.11: 3:1 for chart marks and control edges).
 * Test names carry the ratio, so the run prints the table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

/** The declarations of the first rule whose selector is exactly `selector` (nested in an @media or not). */
function block(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`global.css has no "${selector} {" rule`);
  const start = at + selector.length + 2;
  return css.slice(start, css.indexOf('}', start));
}
function declarations(body: string): Record<string, string> {
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const standard = declarations(block(':root'));
const forced = declarations(block(":root[data-contrast='more']"));
const system = declarations(block("  :root:not([data-contrast='standard'])"));
const MODES = { standard, 'high contrast': { ...standard, ...forced } } as const;

type RGBA = [number, number, number, number];
function parse(value: string): RGBA {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as RGBA;
  const rgb = /^rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  throw new Error(`cannot read colour "${value}"`);
}
/** A token's colour, var() references followed. */
function token(tokens: Record<string, string>, name: string): RGBA {
  let value = tokens[name];
  for (let hops = 0; value?.startsWith('var('); hops++) value = tokens[value.slice(4, -1)];
  if (!value) throw new Error(`no token ${name}`);
  return parse(value);
}
/** A colour with alpha, laid over an opaque background. */
const over = ([r, g, b, a]: RGBA, [R, G, B]: RGBA): RGBA => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
const luminance = ([r, g, b]: RGBA): number => {
  const lin = (c: number): number => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour used in a pair: a token, or a translucent token laid over another ("--teal-wash@--paper"). */
function colour(tokens: Record<string, string>, spec: string): RGBA {
  const [top, under] = spec.split('@') as [string, string | undefined];
  const c = token(tokens, top);
  return under ? over(c, colour(tokens, under)) : c[3] < 1 ? over(c, token(tokens, '--paper')) : c;
}

type Kind = 'text' | 'graphics';
/** [foreground, background, kind, where it is used]. */
const PAIRS: readonly [string, string, Kind, string][] = [
  ['--ink', '--paper', 'text', 'body text, chart labels'],
  ['--ink', '--paper-deep', 'text', 'text on the footer and menu hover'],
  ['--ink', '--card', 'text', 'active step card'],
  ['--ink-soft', '--paper', 'text', 'captions, ticks, notes'],
  ['--ink-soft', '--paper-deep', 'text', 'footer'],
  ['--ink-dim', '--card', 'text', 'inactive step card'],
  ['--navy', '--paper', 'text', 'headings, chart titles and kickers'],
  ['--teal', '--paper', 'text', 'links'],
  ['--teal', '--paper-deep', 'text', 'links on the footer'],
  ['--teal', '--card', 'text', 'read-aloud button on a step'],
  ['--card', '--teal', 'text', 'pressed read-aloud button; labels inside teal squares'],
  ['--gold', '--paper', 'text', 'gold chart figures, derived marks'],
  ['--gold', '--card', 'text', 'chapter menu kickers'],
  ['--gold', '--paper-deep', 'text', 'chapter menu kicker on hover'],
  ['--ink', '--fig-wash@--paper', 'text', 'a bound figure on its highlight'],
  ['--ink', '--teal-wash@--paper', 'text', 'labels over a dashed stack'],
  ['--on-navy', '--navy', 'text', 'header, banner, tooltips'],
  ['--on-navy', '--navy-deep', 'text', 'chapter title (gradient end)'],
  ['--on-navy-soft', '--navy', 'text', 'edition, chapter position, tool labels'],
  ['--on-navy-soft', '--navy-deep', 'text', 'chapter deck'],
  ['--gold-bright', '--navy', 'text', 'chapter kicker'],
  ['--gold-bright', '--navy-deep', 'text', 'chapter kicker (gradient end)'],
  ['--navy', '--gold-bright', 'text', 'pressed text-size button'],
  ['--ink', '--gold-bright', 'text', 'resume banner: continue'],
  ['--teal', '--paper', 'graphics', 'past bars, icons, step-button edge'],
  ['--teal', '--card', 'graphics', 'read-aloud button edge'],
  ['--amber', '--paper', 'graphics', 'current bars, students, homes, figure underline'],
  ['--amber', '--card', 'graphics', 'active step edge'],
  ['--track-edge', '--paper', 'graphics', 'edge of a track (the whole a bar is part of)'],
  ['--track-edge', '--track', 'graphics', 'edge of a track against its fill'],
  ['--navy', '--paper', 'graphics', 'guides, lower-bound marks, schools'],
  ['--ink', '--paper', 'graphics', 'baselines'],
  ['--focus', '--paper', 'graphics', 'focus ring'],
  ['--focus', '--card', 'graphics', 'focus ring on a step card'],
  ['--focus-on-navy', '--navy', 'graphics', 'focus ring in the header'],
  ['--on-navy-soft', '--navy', 'graphics', 'edge of header buttons'],
  ['--gold-bright', '--navy', 'graphics', 'pressed header button'],
];

/** Colours that need no contrast, and why (WCAG 1.4.11 asks it of what is needed to understand or operate). */
export const EXEMPT: Readonly<Record<string, string>> = {
  '--rule': 'grid lines and table rules: every value is labelled directly',
  '--track': 'a track’s fill; its edge (--track-edge) carries the contrast',
  '--paper-deep': 'a background only',
  '--art-teal': 'chapter-head decoration (aria-hidden)',
  '--shadow': 'card shadows',
};

const MIN: Record<Kind, number> = { text: 4.5, graphics: 3 };

describe('design tokens', () => {
  test('the system high-contrast block (prefers-contrast: more) equals the switch block', () => {
    expect(system).toEqual(forced);
  });
  test('high contrast sets every colour token the standard look has', () => {
    const colours = (t: Record<string, string>): string[] =>
      Object.keys(t)
        .filter((k) => /^(#|rgb|var\(--)/.test(t[k]!) && !k.startsWith('--font'))
        .sort();
    expect(colours(forced)).toEqual(colours(standard));
  });
  test('every colour token is in a checked pair or exempt with a reason', () => {
    const used = new Set(PAIRS.flatMap(([a, b]) => [a, b].flatMap((s) => s.split('@'))));
    const colourTokens = Object.keys(standard).filter((k) => /^(#|rgb|var\(--)/.test(standard[k]!));
    expect(colourTokens.filter((k) => !used.has(k) && !EXEMPT[k])).toEqual([]);
  });
});

for (const [mode, tokens] of Object.entries(MODES)) {
  const rows = PAIRS.map(([fg, bg, kind, where]) => ({ fg, bg, kind, where, ratio: contrast(colour(tokens, fg), colour(tokens, bg)) }));
  describe(`contrast() in ${mode}`, () => {
    test.each(rows.map((r) => [`${r.fg} on ${r.bg} (${r.kind}: ${r.where}) is ${r.ratio.toFixed(2)}:1`, r] as const))('%s', (_, r) => {
      expect(r.ratio).toBeGreaterThanOrEqual(MIN[r.kind]);
    });
  });
}
