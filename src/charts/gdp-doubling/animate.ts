/** GDP columns grow from the baseline; the doubling stack follows. */
import { createStateAnimator, type ChartAnimator } from '../shared/animator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.9 });
}
