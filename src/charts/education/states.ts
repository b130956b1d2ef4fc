/** The states a <Step> may ask the education chart for, in reading order. */
export const STATES = ['investment', 'classes', 'after-school'] as const;
export type EducationState = (typeof STATES)[number];
