/** Types for precache.mjs (plain JS so astro.config.mjs can import it). */
export function pageUrl(file: string): string;
export function writeServiceWorker(dist: string, edition: string): Promise<{ cache: string; urls: string[] }>;
export function builtEditions(dist: string): string[];
export function offline(): import('astro').AstroIntegration;
