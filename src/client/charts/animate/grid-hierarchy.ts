/** Rows of dots fill left to right, top to bottom, so each tier pours in as its step arrives. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.6, stagger: 0.025 });
}
