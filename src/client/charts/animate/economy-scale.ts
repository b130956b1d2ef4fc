/** Each square grows out of its bottom-left corner; its labels fade in after it. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.8, stagger: 0.05 });
}
