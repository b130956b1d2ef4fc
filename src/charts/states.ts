/**
 * Chart id → its state ids. Kept apart from registry.ts (which imports .astro
 * components) so content checks and tests can load it in plain TypeScript.
 */
import { GDP_STATES } from './gdp/states.ts';
import { SHARE_STATES } from './share/states.ts';

export const CHART_STATES = {
  'gdp-doubling': GDP_STATES,
  'share-of-zhengzhou': SHARE_STATES,
} as const;
