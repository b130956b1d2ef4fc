/**
 * The browser half of src/charts/registry.ts: chart id → animator, from
 * src/client/charts/animate/<chart-id>.ts (the file is named by the chart's folder). This module (with gsap) is its own chunk,
 * loaded by the orchestrator when the first chart comes near the viewport, so
 * a page's start runs only the small orchestrator.
 */
import type { ChartAnimator } from './stateAnimator.ts';

const modules = import.meta.glob<{ animate: (root: HTMLElement) => ChartAnimator }>('./animate/*.ts', { eager: true });

export const ANIMATORS: Readonly<Record<string, (root: HTMLElement) => ChartAnimator>> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [path.slice('./animate/'.length, -'.ts'.length), mod.animate]),
);
