/** Types for precache.mjs (plain JS so astro.config.mjs can import it). `base` is astro.config's `base`, '/' by default. */
export function pageUrl(file: string, base?: string): string;
export function writeServiceWorker(dist: string, edition: string, base?: string): Promise<{ cache: string; urls: string[] }>;
export function builtEditions(dist: string): string[];
export function offline(): import('astro').AstroIntegration;
