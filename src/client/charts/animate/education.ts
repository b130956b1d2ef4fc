/** Blocks of units appear one after another, so the eye counts along with them. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.6, stagger: 0.025 });
}
