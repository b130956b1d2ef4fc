/** Share bars fill one after another, top to bottom, so the eye reads them in order. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.7, stagger: 0.04 });
}
