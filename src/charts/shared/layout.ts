/**
 * The contract between a chart's geometry (build time) and its animator
 * (browser): for every state, the SVG attributes of every mark. The browser
 * never computes a layout; it only moves marks between precomputed states.
 */
import type { Lang } from '../../data/index.ts';

/** SVG presentation attributes of one mark in one state. Numbers are viewBox units. */
export type MarkAttrs = Readonly<Record<string, number>>;

/** markId → attributes, for one state. Every state lists every mark. */
export type StateLayout = Readonly<Record<string, MarkAttrs>>;

export interface ChartState {
  /** Id used by <Step state="…">. */
  readonly id: string;
  /** Short name of the state, e.g. "2012". */
  readonly title: string;
  /** A sentence that says what the chart shows in this state (its text alternative). */
  readonly description: string;
  readonly marks: StateLayout;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  /** In reading order; the last one is what the chart shows without JavaScript. */
  readonly states: readonly ChartState[];
}

export interface GeometryOptions {
  lang?: Lang;
  width?: number;
  height?: number;
  marginTop?: number;
  marginRight?: number;
  marginBottom?: number;
  marginLeft?: number;
}

/** Rounds to 0.01 viewBox units: sub-pixel enough, and keeps HTML small and tests stable. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;

export function finalState(layout: ChartLayout): ChartState {
  const last = layout.states[layout.states.length - 1];
  if (!last) throw new Error('a chart layout needs at least one state');
  return last;
}

/** Checks the contract: every state has the same marks, so any state can tween to any other. */
export function assertComplete(layout: ChartLayout): ChartLayout {
  const [first, ...rest] = layout.states;
  if (!first) throw new Error('a chart layout needs at least one state');
  const marks = Object.keys(first.marks).sort().join();
  for (const s of rest) {
    if (Object.keys(s.marks).sort().join() !== marks) throw new Error(`state "${s.id}" does not list the same marks as "${first.id}"`);
  }
  return layout;
}

/** The per-state mark attributes as they travel to the browser in a data-* attribute. */
export function serializeStates(layout: ChartLayout): string {
  return JSON.stringify(Object.fromEntries(layout.states.map((s) => [s.id, s.marks])));
}

/** The attributes of one mark in a state, ready to spread onto an SVG element (data-mark included). */
export function markAttrs(state: ChartState, markId: string): Record<string, string | number> {
  const attrs = state.marks[markId];
  if (!attrs) throw new Error(`state "${state.id}" has no mark "${markId}"`);
  return { 'data-mark': markId, ...attrs };
}

/**
 * The state a chart is rendered in: the named one (a handout frozen at a step),
 * or the final state when none is named.
 */
export function stateOf(layout: ChartLayout, stateId?: string): ChartState {
  if (stateId === undefined) return finalState(layout);
  const found = layout.states.find((s) => s.id === stateId);
  if (!found) throw new Error(`a chart has no state "${stateId}" (states: ${layout.states.map((s) => s.id).join(', ')})`);
  return found;
}
