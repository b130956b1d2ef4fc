/**
 * A chapter rendered with HandoutScrolly/HandoutStep is HTML with markers around
 * each step; this splits it into prose and steps (with their chart), so the
 * handout can put each step's text beside its chart in the step's state. Pure.
 */
export type HandoutPart = { kind: 'html'; html: string } | { kind: 'step'; id: string; state: string; chart: string; html: string };

const MARKER = /<!--(\/?)(hpart|hstep)(?: ([^ >]+))?(?: ([^ >]+))?-->/g;

export function handoutParts(html: string): HandoutPart[] {
  const parts: HandoutPart[] = [];
  let chart: string | null = null;
  let step: { id: string; state: string; start: number } | null = null;
  let last = 0;
  for (const m of html.matchAll(MARKER)) {
    const [whole, closing, kind, a, b] = m;
    const at = m.index;
    if (kind === 'hpart') {
      if (!step && at > last) parts.push({ kind: 'html', html: html.slice(last, at) });
      chart = closing ? null : (a ?? null);
    } else if (!closing) {
      if (at > last) parts.push({ kind: 'html', html: html.slice(last, at) });
      step = { id: a ?? '', state: b ?? '', start: at + whole.length };
    } else if (step) {
      if (!chart) throw new Error(`handout: step "${step.id}" is outside any <Scrolly>`);
      parts.push({ kind: 'step', id: step.id, state: step.state, chart, html: html.slice(step.start, at) });
      step = null;
    }
    last = at + whole.length;
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
  // Whitespace between markers is no prose.
  return parts.filter((p) => p.kind === 'step' || p.html.trim() !== '');
}
