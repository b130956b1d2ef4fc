/**
 * Where each figure appears: the chapter and step whose text binds it with <Fig>,
 * or whose chart draws it (the chart's FIGURES, linked to the chart's first step).
 * The data page links every row back to these places. Build-time only.
 */
import { chapterPath, chaptersOf, type Chapter } from '../routes/chapters.ts';
import { storySteps } from '../model/steps.ts';
import type { Lang } from '../data/index.ts';
import { CHART_FIGURES } from '../charts/figures.ts';

export interface Appearance {
  chapter: Chapter;
  /** The step's anchor, when the figure is in a step or its chart. */
  step?: string;
  href: string;
}

export async function figureAppearances(edition: string, lang: Lang): Promise<Map<string, Appearance[]>> {
  const out = new Map<string, Appearance[]>();
  const add = (id: string, a: Appearance): void => {
    const list = out.get(id) ?? [];
    if (!list.some((x) => x.href === a.href)) list.push(a);
    out.set(id, list);
  };
  for (const chapter of await chaptersOf(edition, lang)) {
    const path = chapterPath(chapter);
    const { steps, prose } = storySteps(chapter.body ?? '');
    for (const s of steps) for (const id of s.figures) add(id, { chapter, step: s.id, href: `${path}#${s.id}` });
    const firstStepOfChart = new Map<string, string>();
    for (const s of steps) if (!firstStepOfChart.has(s.chart)) firstStepOfChart.set(s.chart, s.id);
    for (const [chart, step] of firstStepOfChart)
      for (const id of CHART_FIGURES[chart] ?? []) add(id, { chapter, step, href: `${path}#${step}` });
    for (const id of prose) add(id, { chapter, href: path });
  }
  return out;
}
