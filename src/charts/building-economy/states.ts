/** The states a <Step> may ask the building-economy chart for, in reading order. */
export const STATES = ['over-10m', 'over-100m', 'rank'] as const;
export type BuildingEconomyState = (typeof STATES)[number];
