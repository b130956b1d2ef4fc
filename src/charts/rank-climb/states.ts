/** The states a <Step> may ask the rank chart for, in reading order. */
export const STATES = ['y2020', 'y2021', 'y2022'] as const;
export type RankState = (typeof STATES)[number];
