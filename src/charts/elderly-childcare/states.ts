/** The states a <Step> may ask the elderly-care and childcare chart for, in reading order. */
export const STATES = ['elderly', 'homes', 'childcare'] as const;
export type ElderlyChildcareState = (typeof STATES)[number];
