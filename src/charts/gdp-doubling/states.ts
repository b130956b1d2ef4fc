/** The states a <Step> may ask the GDP chart for, in reading order. */
export const STATES = ['y2012', 'y2021', 'doubled'] as const;
export type GdpState = (typeof STATES)[number];
