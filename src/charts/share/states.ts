/** The states a <Step> may ask the share chart for, in reading order. */
export const SHARE_STATES = ['land', 'people', 'output', 'density'] as const;
export type ShareState = (typeof SHARE_STATES)[number];
