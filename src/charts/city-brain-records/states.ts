/** The states a <Step> may ask the city-brain records chart for, in reading order. */
export const STATES = ['addresses', 'objects', 'organisations'] as const;
export type CityBrainState = (typeof STATES)[number];
