/**
 * Text layout for SVG labels, at build time: there is no DOM to measure in, so
 * widths are estimated per character class. Good enough to wrap chart labels.
 */

/** Rough advance widths for layout: CJK glyphs are 1em, Latin ~0.56em. Good enough to wrap labels. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text)
    em += /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”▲]/.test(ch)
      ? 1
      : ch === ' '
        ? 0.3
        : /[A-Z%]/.test(ch)
          ? 0.72
          : /[0-9]/.test(ch)
            ? 0.6
            : 0.55;
  return em * size * (bold ? 1.06 : 1);
}

/**
 * Greedy wrap: at spaces for Latin text, between characters for CJK (no line
 * starts with punctuation). `keep` leaves unspaced text whole (a Chinese value
 * such as "突破1100亿元" must not break inside its number or unit).
 */
export function wrap(text: string, maxWidth: number, size: number, bold = false, keep = false): string[] {
  const latin = /\s/.test(text);
  if (keep && !latin) return [text];
  const tokens = latin ? text.split(/\s+/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line ? (latin ? `${line} ${token}` : line + token) : token;
    const punct = !latin && /^[，。、；：）)”%]/.test(token);
    if (line && textWidth(next, size, bold) > maxWidth && !punct) {
      lines.push(line);
      line = token;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Like wrap(), but as narrow as the same number of lines allows, so two-line labels come out even. */
export function balance(text: string, maxWidth: number, size: number, bold = false, keep = false): string[] {
  const lines = wrap(text, maxWidth, size, bold, keep);
  if (lines.length !== 2) return lines;
  let lo = 0;
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrap(text, mid, size, bold, keep).length > lines.length) lo = mid;
    else hi = mid;
  }
  return wrap(text, hi, size, bold, keep);
}
