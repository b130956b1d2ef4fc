/**
 * Chart id → its state ids, discovered from src/charts/<chart-id>/states.ts.
 * Kept apart from registry.ts (which loads .astro components) so content checks
 * can use it in plain TypeScript. Adding a chart folder registers it.
 */
const modules = import.meta.glob<{ STATES: readonly string[] }>('./*/states.ts', { eager: true });

export const CHART_STATES: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(modules).map(([path, mod]) => [path.split('/')[1]!, mod.STATES])),
);

export function isChartId(id: string): boolean {
  return Object.hasOwn(CHART_STATES, id);
}
