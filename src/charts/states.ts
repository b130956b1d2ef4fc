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
 * `file` is the module's name in each chart folder; the keys are "./<chart-id>/<file>", as the glob's.
 */
export async function chartModulesFromDisk<T>(file: string): Promise<Record<string, T>> {
  const { existsSync, readdirSync } = await import('node:fs');
  const here = new URL('./', import.meta.url);
  const modules: Record<string, T> = {};
  for (const dir of readdirSync(here, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const url = new URL(`./${dir.name}/${file}`, here);
    if (dir.isDirectory() && existsSync(url)) modules[`./${dir.name}/${file}`] = (await import(/* @vite-ignore */ url.href)) as T;
  }
  return modules;
}

// Vite replaces import.meta.env in everything it compiles; under plain Node it is undefined.
const modules: Record<string, StatesModule> = import.meta.env
  ? import.meta.glob<StatesModule>('./*/states.ts', { eager: true })
  : await chartModulesFromDisk<StatesModule>('states.ts');

export const CHART_STATES: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(modules).map(([path, mod]) => [path.split('/')[1]!, mod.STATES])),
);

export function isChartId(id: string): boolean {
  return Object.hasOwn(CHART_STATES, id);
}
