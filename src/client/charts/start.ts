/**
 * Starting a chart and moving it, the same way in every view that animates one
 * (the story, the present deck): the animators' chunk (gsap and every chart's
 * animator) is fetched once, each chart starts in its own task, and a chart whose
 * animator fails keeps its static SVG while the page goes on.
 */
import type { ChartAnimator } from './stateAnimator.ts';

/** On a chart root whose animator runs: from then on its marks and data-state follow the steps. */
export const LIVE_ATTRIBUTE = 'data-live';

/** Lets the browser paint and handle input between two pieces of start-up work (one chart each). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** gsap and every chart's animator, as one chunk fetched once, when the first chart starts. */
let animators: Promise<typeof import('./animators.ts')> | null = null;

/** The chart's animator, or null (the chart stays as the server drew it) when it has none or it fails to start. */
export async function startChart(chart: HTMLElement): Promise<ChartAnimator | null> {
  try {
    const { ANIMATORS } = await (animators ??= import('./animators.ts'));
    const factory = ANIMATORS[chart.dataset['chart'] ?? ''];
    if (!factory) {
      console.warn(`no animator for chart "${chart.dataset['chart']}"; it stays static`);
      return null;
    }
    // Each chart's start (state parse, DOM walk) is its own task: never one long task for a page of charts.
    await yieldToMain();
    const animator = factory(chart);
    // From here on the chart's marks follow the animator (every view that starts one says so the same way).
    chart.setAttribute(LIVE_ATTRIBUTE, '');
    return animator;
  } catch (error) {
    console.error(`chart "${chart.dataset['chart']}" could not start; showing its static version`, error);
    return null;
  }
}

/**
 * Sends a started chart to a state. If its animator throws, the animator is
 * destroyed and the chart shows its static version: false, and the caller drops it.
 */
export function moveChart(chart: HTMLElement, animator: ChartAnimator, stateId: string, instant: boolean): boolean {
  try {
    animator.to(stateId, { instant });
    return true;
  } catch (error) {
    console.error(`chart "${chart.dataset['chart']}" failed at state "${stateId}"; showing its static version`, error);
    animator.destroy();
    chart.removeAttribute(LIVE_ATTRIBUTE);
    return false;
  }
}
