/**
 * A step's anchor, the same in every view (reading page, present view, handout)
 * and in the content checks: its own `id`, or "step-<state>". Deep links, QR
 * codes, the language switch and resume reading all point at it.
 */

/** What every view's <Step> takes: the chart state to show, and an optional anchor. */
export interface StepProps {
  /** A state id of the enclosing <Scrolly>'s chart (checked at build against the chart's states.ts). */
  state: string;
  /** Optional stable anchor; defaults to "step-<state>". */
  id?: string | undefined;
}

export const stepAnchor = ({ state, id }: StepProps): string => id ?? `step-${state}`;
