/** The states a <Step> may ask the jobs-and-income chart for, in reading order. */
export const STATES = ['jobs', 'income', 'growth'] as const;
export type JobsIncomeState = (typeof STATES)[number];
