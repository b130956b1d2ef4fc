/** The income line grows out of its 2012 point; annotations fade in after the lines. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.8, stagger: 0.03 });
}
