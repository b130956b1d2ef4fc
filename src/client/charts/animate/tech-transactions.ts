/** The 52 squares fly out of the start square one after another; the 55-square frame fades in last. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.6, stagger: 0.012 });
}
