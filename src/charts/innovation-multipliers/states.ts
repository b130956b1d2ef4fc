/** The states a <Step> may ask the innovation chart for, in reading order: each adds a row. */
export const STATES = ['centres', 'tech', 'hightech'] as const;
export type InnovationState = (typeof STATES)[number];
