/** Helpers the chart tests share: figures, marks, the viewBox check and container rendering. */
import { expect } from 'vitest';
import type { ChartLayout } from '../../src/charts/shared/layout.ts';
import { getFigure } from '../../src/data/index.ts';

/** A figure of the 2022 edition. */
export const f = (id: string) => getFigure(id, '2022');

/** One mark's attributes in one state. */
export const mark = (layout: ChartLayout, state: string, id: string) => layout.states.find((s) => s.id === state)!.marks[id]!;

/** Every positioned mark stays inside the viewBox, in every state (x/y with width/height, line ends, circle centres). */
export function expectMarksInside(g: ChartLayout): void {
  for (const s of g.states)
    for (const [id, m] of Object.entries(s.marks)) {
      for (const k of ['x', 'x1', 'x2', 'cx'] as const)
        if (m[k] !== undefined) expect(m[k], `${s.id}/${id}.${k}`).toBeGreaterThanOrEqual(0);
      for (const k of ['x', 'x1', 'x2', 'cx'] as const)
        if (m[k] !== undefined) expect(m[k]! + (k === 'x' ? (m['width'] ?? 0) : 0), `${s.id}/${id}.${k}`).toBeLessThanOrEqual(g.width);
      for (const k of ['y', 'y1', 'y2', 'cy'] as const)
        if (m[k] !== undefined) expect(m[k], `${s.id}/${id}.${k}`).toBeGreaterThanOrEqual(0);
      for (const k of ['y', 'y1', 'y2', 'cy'] as const)
        if (m[k] !== undefined) expect(m[k]! + (k === 'y' ? (m['height'] ?? 0) : 0), `${s.id}/${id}.${k}`).toBeLessThanOrEqual(g.height);
    }
}

/** Astro.locals for rendering a chart as if inside a 2022 chapter. */
export const locals = (lang: 'zh' | 'en' = 'zh') => ({ chapter: { edition: '2022', lang, file: 'test.mdx' } });
/** How many times a pattern occurs in rendered HTML. */
export const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
/** The <svg> part of a rendered chart. */
export const svgOf = (html: string) => html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
