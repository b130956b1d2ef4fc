/** Units appear in reading order (rows of homes, then childcare centres one by one) with a short cascade. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.6, stagger: 0.03 });
}
