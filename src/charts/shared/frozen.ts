/**
 * A frozen chart (a handout's step) shows one state and is never animated, so a
 * mark that state hides is dead weight. The whole-report handout freezes 38
 * charts: dropping hidden marks takes its gzipped HTML from 77.9 to 68.9 KB.
 * The marks it keeps keep their data-mark ids, so each is still named.
 *
 * The markup is our own chart components' SVG as Astro renders it: every element
 * has an end tag or ends in "/>", and text never holds a raw "<" (Astro escapes
 * it). Attribute values may hold ">" or "/>" (Astro escapes only & and " there),
 * so the scanner reads quoted values whole.
 */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;
const HIDDEN = /\sopacity="0"/;

export function frozenMarkup(markup: string): string {
  let out = '';
  let kept = 0;
  let skipping: { name: string; depth: number; at: number } | null = null;
  for (const m of markup.matchAll(TAG)) {
    const [whole, closing, name, rest] = [m[0], m[1], m[2]!, m[3]!];
    const selfClosing = rest.endsWith('/');
    if (skipping) {
      if (name === skipping.name && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) {
        skipping = null;
        kept = m.index + whole.length;
      }
      continue;
    }
    if (closing || !HIDDEN.test(rest)) continue;
    out += markup.slice(kept, m.index);
    kept = m.index + whole.length;
    if (!selfClosing) skipping = { name, depth: 1, at: m.index };
  }
  if (skipping) throw new Error(`frozenMarkup: <${skipping.name}> at offset ${skipping.at} has no end tag`);
  return out + markup.slice(kept);
}
