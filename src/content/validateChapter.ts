/**
 * Checks a chapter's MDX source before it renders, so a typo stops the build
 * with the file, line and fix instead of producing a wrong chart.
 */
import { ContentError } from '../data/errors.ts';
import { nearest } from '../data/errors.ts';
import { CHART_STATES } from '../charts/states.ts';

/** Digits prose may contain without <Fig>: years, and a few names that are not statistics. */
export const BARE_NUMBER_ALLOWLIST = [/(?<!\d)(19|20)\d{2}(?=年|—|–|-|\b|[^\d])/g, /5G/g, /2\.0/g, /1\+17\+N/g];

interface Tag {
  name: string;
  attrs: Record<string, string>;
  closing: boolean;
  line: number;
}

function tagsOf(body: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of body.matchAll(/<(\/?)(Scrolly|Step|Fig)\b([^>]*)>/g)) {
    const attrs = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    tags.push({ name: match[2]!, attrs, closing: match[1] === '/', line: body.slice(0, match.index).split('\n').length });
  }
  return tags;
}

/** Prose with every tag, expression and code removed: what a reader sees as text. */
export function proseOf(body: string): string {
  return body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<Fig\b[^>]*\/>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/`[^`]*`/g, '');
}

/** Digits in prose that are not years or allowlisted names: each one is a number that should be a <Fig>. */
export function bareNumbers(body: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  proseOf(body)
    .split('\n')
    .forEach((lineText, i) => {
      let cleaned = lineText;
      for (const allowed of BARE_NUMBER_ALLOWLIST) cleaned = cleaned.replace(allowed, (m) => ' '.repeat(m.length));
      for (const m of cleaned.matchAll(/[\d０-９]+(?:[.,]\d+)*/g)) found.push({ text: m[0], line: i + 1 });
    });
  return found;
}

export function validateChapter(body: string, file: string, figureIds: ReadonlySet<string>): void {
  let openChart: string | null = null;
  const stepIds = new Map<string, number>();
  for (const tag of tagsOf(body)) {
    const at = `${file}:${tag.line}`;
    if (tag.name === 'Fig') {
      const id = tag.attrs['id'];
      if (!id) throw new ContentError(at, '<Fig id>', 'a <Fig> without an id', 'write <Fig id="figure-id"/>');
      if (!figureIds.has(id))
        throw new ContentError(at, `<Fig id="${id}">`, `unknown figure id "${id}"`, `use a figure id from the edition's data files (closest: ${nearest(id, figureIds).join(', ')})`);
    } else if (tag.name === 'Scrolly') {
      if (tag.closing) {
        openChart = null;
        continue;
      }
      const chart = tag.attrs['chart'] ?? '';
      if (!Object.hasOwn(CHART_STATES, chart))
        throw new ContentError(at, `<Scrolly chart="${chart}">`, `unknown chart "${chart}"`, `use one of: ${Object.keys(CHART_STATES).join(', ')}`);
      openChart = chart;
    } else if (tag.name === 'Step' && !tag.closing) {
      const state = tag.attrs['state'] ?? '';
      if (!openChart) throw new ContentError(at, `<Step state="${state}">`, 'a <Step> outside any <Scrolly>', 'put the step inside <Scrolly chart="…"> … </Scrolly>');
      const stepId = tag.attrs['id'] ?? `step-${state}`;
      const earlier = stepIds.get(stepId);
      if (earlier !== undefined)
        throw new ContentError(at, `<Step state="${state}">`, `step id "${stepId}" is already used on line ${earlier}; deep links would be ambiguous`, `give this step its own id: <Step state="${state}" id="step-…">`);
      stepIds.set(stepId, tag.line);
      const states = CHART_STATES[openChart] ?? [];
      if (!states.includes(state))
        throw new ContentError(at, `<Step state="${state}">`, `chart "${openChart}" has no state "${state}"`, `use one of: ${states.join(', ')}`);
    }
  }
  const bare = bareNumbers(body);
  if (bare.length)
    throw new ContentError(`${file}:${bare[0]!.line}`, 'prose', `a bare number "${bare[0]!.text}" in the text (${bare.length} in all)`, 'bind it to the data with <Fig id="…"/> so text and charts cannot disagree; years are fine');
}
