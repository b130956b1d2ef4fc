/** The states a <Step> may ask the technology-transactions chart for, in reading order. */
export const STATES = ['start', 'now', 'multiple'] as const;
export type TransactionsState = (typeof STATES)[number];
