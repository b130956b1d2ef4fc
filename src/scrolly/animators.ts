/** The browser half of src/charts/registry.ts: chart id → animator factory. */
import { animateGdp } from '../charts/gdp/animate.ts';
import { animateShare } from '../charts/share/animate.ts';
import type { ChartAnimator } from '../charts/shared/animator.ts';

export const ANIMATORS: Readonly<Record<string, (root: HTMLElement) => ChartAnimator>> = {
  'gdp-doubling': animateGdp,
  'share-of-zhengzhou': animateShare,
};
