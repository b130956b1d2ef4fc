/**
 * A chapter's steps, read from its MDX body with the same tag reader as
 * validateChapter: which chart each step drives and which figures it binds.
 * The present view, the handout and the data page use it to pair a step with
 * its chart and a figure with the step where it appears. Build-time only.
 */
import { stepAnchor } from './stepAnchor.ts';

/** An MDX tag the story is made of (<Scrolly>, <Step>, <Fig>), with its attributes and line. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  closing: boolean;
  line: number;
}

export function tagsOf(body: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of body.matchAll(/<(\/?)(Scrolly|Step|Fig)\b([^>]*)>/g)) {
    const attrs = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    tags.push({ name: match[2]!, attrs, closing: match[1] === '/', line: body.slice(0, match.index).split('\n').length });
  }
  return tags;
}

export interface StoryStep {
  /** The step's anchor, e.g. "step-y2021". */
  id: string;
  state: string;
  chart: string;
  /** Figure ids bound with <Fig> inside the step, in order. */
  figures: string[];
}

export interface ChapterFigures {
  steps: StoryStep[];
  /** Figures bound outside any step (plain prose). */
  prose: string[];
}

export function storySteps(body: string): ChapterFigures {
  const steps: StoryStep[] = [];
  const prose: string[] = [];
  let chart: string | null = null;
  let step: StoryStep | null = null;
  for (const tag of tagsOf(body)) {
    if (tag.name === 'Scrolly') chart = tag.closing ? null : (tag.attrs['chart'] ?? null);
    else if (tag.name === 'Step') {
      if (tag.closing) step = null;
      else if (chart) {
        const state = tag.attrs['state'] ?? '';
        step = { id: stepAnchor({ state, id: tag.attrs['id'] }), state, chart, figures: [] };
        steps.push(step);
      }
    } else if (tag.name === 'Fig' && tag.attrs['id']) (step ? step.figures : prose).push(tag.attrs['id']);
  }
  return { steps, prose };
}
