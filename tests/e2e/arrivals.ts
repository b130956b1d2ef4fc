/**
 * The arrival matrix's oracle and probes. What a chart must show in a state is
 * read from the built HTML on disk (the layout geometry.ts computed at build),
 * never from the live page the runtime could have changed. What it shows is
 * read from the DOM: every geometry attribute of every mark, and each mark's
 * computed opacity and visibility, once the animator reports it has settled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

type Attrs = Record<string, number>;
export type Layout = Record<string, Attrs>;

export interface StepCase {
  id: string;
  state: string;
  chart: string;
}
export interface PagePlan {
  path: string;
  steps: StepCase[];
  /** chart id → state id → mark id → attributes */
  layouts: Record<string, Record<string, Layout>>;
}

const decode = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Steps (in document order, with their section's chart) and every chart's layouts, from dist/<path>/index.html. */
export function planFor(path: string, dist = 'dist'): PagePlan {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const layouts: PagePlan['layouts'] = {};
  for (const tag of html.match(/<figure\b[^>]*\bdata-chart-root\b[^>]*>/g) ?? []) {
    const chart = /\bdata-chart="([^"]+)"/.exec(tag)?.[1];
    const states = /\bdata-states="([^"]*)"/.exec(tag)?.[1];
    if (chart && states) layouts[chart] = JSON.parse(decode(states));
  }
  const steps: StepCase[] = [];
  // A section's steps all follow its opening tag, before the next section's.
  const sections = html.split(/<section\b[^>]*\bdata-scrolly="/).slice(1);
  for (const section of sections) {
    const chart = section.slice(0, section.indexOf('"'));
    for (const tag of section.match(/<div\b[^>]*\bdata-step\b[^>]*>/g) ?? []) {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      const state = /\bdata-state="([^"]+)"/.exec(tag)?.[1];
      if (id && state) steps.push({ id, state, chart });
    }
  }
  return { path, steps, layouts };
}

interface MarkReading {
  attrs: Layout;
  /** Marks whose computed opacity differs from their opacity attribute, or that are not visible at all. */
  hidden: string[];
  settled: string | null;
  state: string | undefined;
}

async function readChart(page: Page, chart: string, names: Record<string, string[]>): Promise<MarkReading> {
  return page.$eval(
    `[data-chart="${chart}"]`,
    (root, names) => {
      const attrs: Record<string, Record<string, number>> = {};
      const hidden: string[] = [];
      for (const el of root.querySelectorAll<SVGElement>('[data-mark]')) {
        const id = el.dataset['mark']!;
        attrs[id] = Object.fromEntries((names[id] ?? []).map((n) => [n, Number(el.getAttribute(n))]));
        const style = getComputedStyle(el);
        const wanted = el.hasAttribute('opacity') ? Number(el.getAttribute('opacity')) : 1;
        if (Math.abs(Number(style.opacity) - wanted) > 1e-6 || style.visibility !== 'visible' || style.display === 'none') hidden.push(id);
      }
      return { attrs, hidden, settled: root.getAttribute('data-settled'), state: (root as HTMLElement).dataset['state'] };
    },
    names,
  );
}

/**
 * Waits (on observable state, never the clock) until the chart reports it has
 * settled in `state`, then requires every mark to hold exactly the layout built
 * for that state, and to be as visible as its opacity says.
 */
export async function expectChartAt(page: Page, plan: PagePlan, step: StepCase, label: string): Promise<void> {
  const expected = plan.layouts[step.chart]?.[step.state];
  if (!expected) throw new Error(`${plan.path}: no built layout for ${step.chart}/${step.state}`);
  const names = Object.fromEntries(Object.entries(expected).map(([id, a]) => [id, Object.keys(a)]));
  const describe = (r: MarkReading): string => {
    if (r.settled !== step.state || r.state !== step.state) return `state ${r.state}, settled ${r.settled}`;
    const wrong = Object.keys(expected).filter((id) => JSON.stringify(r.attrs[id]) !== JSON.stringify(expected[id]));
    if (wrong.length)
      return `marks off: ${wrong.map((id) => `${id} ${JSON.stringify(r.attrs[id])} ≠ ${JSON.stringify(expected[id])}`).join('; ')}`;
    if (r.hidden.length) return `computed opacity or visibility differs from the layout: ${r.hidden.join(', ')}`;
    return 'exact';
  };
  // First wait in the page, frame by frame, for the chart to say it has settled in this state: two
  // attribute reads per frame, where polling from here would find it up to a second late. If it never
  // does, the poll below still runs and says what the chart shows instead.
  await page
    .waitForFunction(
      ([chart, state]) => {
        const root = document.querySelector(`[data-chart="${chart}"]`);
        return root?.getAttribute('data-settled') === state && root.getAttribute('data-state') === state;
      },
      [step.chart, step.state] as const,
      { polling: 'raf', timeout: 20_000 },
    )
    .catch(() => undefined);
  await expect
    .poll(async () => describe(await readChart(page, step.chart, names)), {
      message: `${label}: ${plan.path}#${step.id} (${step.chart} → ${step.state})`,
      timeout: 5_000,
      intervals: [50, 100, 250],
    })
    .toBe('exact');
}

/** Resolves after the browser has painted `frames` more frames: lets scroll events fire without waiting by the clock. */
export async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const tick = (left: number): void => void (left <= 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
        tick(n);
      }),
    count,
  );
}

/** Where scrollToStep() puts a step: its top just above the trigger line (60% of the viewport). */
export async function stepScrollY(page: Page, id: string): Promise<number> {
  return page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    return Math.round(step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5);
  }, id);
}

/** The story code loads after the load event: it has started once a step is active. */
export async function storyStarted(page: Page): Promise<void> {
  await expect(page.locator('[data-step].is-active').first()).toBeAttached({ timeout: 20_000 });
}
