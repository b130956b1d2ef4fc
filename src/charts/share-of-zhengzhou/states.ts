/** The states a <Step> may ask the share chart for, in reading order. */
export const STATES = ['land', 'people', 'output', 'density'] as const;
export type ShareState = (typeof STATES)[number];
