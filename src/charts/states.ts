/**
 * Chart id → its state ids, discovered from src/charts/<chart-id>/states.ts.
 * Kept apart from registry.ts (which loads .astro components) so content checks
 * can use it in plain TypeScript. Adding a chart folder registers it.
 */
interface StatesModule {
  STATES: readonly string[];
}

/**
 * The same discovery for editor commands (`npm run validate`), which run under
 * plain Node: import.meta.glob exists only where Vite compiles the code (the build,
 * the dev server, vitest), so there the chart folders are read from disk.
 */
async function statesFromDisk(): Promise<Record<string, StatesModule>> {
  const { existsSync, readdirSync } = await import('node:fs');
  const here = new URL('./', import.meta.url);
  const modules: Record<string, StatesModule> = {};
  for (const dir of readdirSync(here, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = new URL(`./${dir.name}/states.ts`, here);
    if (dir.isDirectory() && existsSync(file)) modules[`./${dir.name}/states.ts`] = (await import(/* @vite-ignore */ file.href)) as StatesModule;
  }
  return modules;
}

// Vite replaces import.meta.env in everything it compiles; under plain Node it is undefined.
const modules: Record<string, StatesModule> = import.meta.env ? import.meta.glob<StatesModule>('./*/states.ts', { eager: true }) : await statesFromDisk();

export const CHART_STATES: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(modules).map(([path, mod]) => [path.split('/')[1]!, mod.STATES])),
);

export function isChartId(id: string): boolean {
  return Object.hasOwn(CHART_STATES, id);
}
