/**
 * Chart id → the figure ids it draws (FIGURES in src/charts/<chart-id>/geometry.ts).
 * Content checks use it so that an edition whose data lacks a figure a chart draws
 * is rejected by `npm run validate` and the build alike, naming the chart and the id,
 * and the data page uses it to link a figure to the chart that shows it.
 */
import { chartModulesFromDisk } from './states.ts';

interface GeometryModule {
  FIGURES?: Readonly<Record<string, string>>;
}

// As in states.ts: Vite's glob where Vite compiles the code, the folders on disk under plain Node.
const modules: Record<string, GeometryModule> = import.meta.env
  ? import.meta.glob<GeometryModule>('./*/geometry.ts', { eager: true })
  : await chartModulesFromDisk<GeometryModule>('geometry.ts');

export const CHART_FIGURES: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(modules).map(([path, mod]) => [path.split('/')[1]!, Object.values(mod.FIGURES ?? {})])),
);
