/** Building glyphs rise one after another, so the count reads as a count; the ranking strip follows. */
import { createStateAnimator, type ChartAnimator } from '../stateAnimator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.5, stagger: 0.006 });
}
