/** Building glyphs rise one after another, so the count reads as a count; the ranking strip follows. */
import { createStateAnimator, type ChartAnimator } from '../shared/animator.ts';

export function animate(root: HTMLElement): ChartAnimator {
  return createStateAnimator(root, { duration: 0.5, stagger: 0.006 });
}
