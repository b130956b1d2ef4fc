/** The states a <Step> may ask the economy-scale chart for, in reading order. */
export const STATES = ['gdp', 'industries', 'digital'] as const;
export type EconomyScaleState = (typeof STATES)[number];
