/** The states a <Step> may ask the grid-hierarchy chart for, in reading order. */
export const STATES = ['level1', 'level2', 'level3', 'people'] as const;
export type GridState = (typeof STATES)[number];
