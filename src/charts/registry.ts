/**
 * Every chart a chapter may use. A chart is a folder src/charts/<chart-id>/ with
 * states.ts (STATES), <Name>Chart.astro and geometry.ts, and its animator in the
 * browser code, src/client/charts/animate/<chart-id>.ts; its folder name is the
 * id that <Scrolly chart="…"> uses. Build-time only.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { CHART_STATES } from './states.ts';

const components = import.meta.glob<{ default: AstroComponentFactory }>('./*/*Chart.astro', { eager: true });

export const CHART_COMPONENTS: Readonly<Record<string, AstroComponentFactory>> = Object.fromEntries(
  Object.entries(components).map(([path, mod]) => [path.split('/')[1]!, mod.default]),
);

for (const id of Object.keys(CHART_STATES)) {
  if (!CHART_COMPONENTS[id]) throw new Error(`src/charts/${id}/ has states.ts but no <Name>Chart.astro`);
}

export { CHART_STATES, isChartId } from './states.ts';
