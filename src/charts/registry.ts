/**
 * Every chart a chapter may use, by the id <Scrolly chart="…"> names, with the
 * state ids its <Step state="…"> may ask for. Build-time only: the browser side
 * lives in src/scrolly/animators.ts.
 */
import GdpChart from './gdp/GdpChart.astro';
import ShareChart from './share/ShareChart.astro';
import { CHART_STATES } from './states.ts';

export const CHARTS = {
  'gdp-doubling': { component: GdpChart, states: CHART_STATES['gdp-doubling'] },
  'share-of-zhengzhou': { component: ShareChart, states: CHART_STATES['share-of-zhengzhou'] },
} as const;

export type ChartId = keyof typeof CHARTS;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}
