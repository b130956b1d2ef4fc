/**
 * What the content checks need to know of the charts: each chart's state ids
 * (its states.ts) and the figure ids it draws (FIGURES in its geometry.ts). The
 * checks take it as an argument, so src/rules/ stays below the charts.
 */
import type { ChartCatalog } from '../rules/chapter.ts';
import { CHART_FIGURES } from './figures.ts';
import { CHART_STATES } from './states.ts';

export const CHART_CATALOG: ChartCatalog = Object.freeze({ states: CHART_STATES, figures: CHART_FIGURES });
