/**
 * Every e2e test runs through this fixture: it fails the test on any console
 * error or uncaught exception, any Content-Security-Policy violation, and any
 * request to a host other than the local server (the site must never call a
 * CDN, font host or tracker). The arrival matrix scrolls through every step of
 * every chapter at 390 and 1440 px under it.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ guarded: Page }>({
  guarded: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    // Every page, every test: a Content-Security-Policy violation is a failure, whether or not the browser logs it.
    await page.exposeBinding('__reportCspViolation', (_source, text: string) => void problems.push(`CSP violation: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        void (window as unknown as { __reportCspViolation(t: string): Promise<void> }).__reportCspViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    const ownHost = new URL(baseURL!).host;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.host !== ownHost) problems.push(`request to another host: ${request.url()}`);
    });
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});
export { expect };

export const PROLOGUE = '/2022/zh/prologue/';

export interface StepInfo {
  id: string;
  state: string;
  chart: string;
}

/** The steps of a page in document order, with the chart each one drives. */
export async function stepsOf(page: Page): Promise<StepInfo[]> {
  return page.$$eval('[data-step]', (steps) =>
    steps.map((s) => ({
      id: s.id,
      state: (s as HTMLElement).dataset['state']!,
      chart: (s.closest('[data-scrolly]') as HTMLElement).dataset['scrolly']!,
    })),
  );
}

/** Scroll so the step's top sits just above the trigger line (60% of the viewport). */
export async function scrollToStep(page: Page, stepId: string): Promise<void> {
  await page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.5);
  }, stepId);
}

/** Mark attributes now in the DOM, for the chart with this id. */
export async function markAttrs(page: Page, chart: string): Promise<Record<string, Record<string, number>>> {
  return page.$eval(`[data-chart="${chart}"]`, (root) => {
    const out: Record<string, Record<string, number>> = {};
    const layouts = JSON.parse((root as HTMLElement).dataset['states']!) as Record<string, Record<string, Record<string, number>>>;
    const names = Object.values(layouts)[0]!;
    for (const el of root.querySelectorAll<SVGElement>('[data-mark]')) {
      const id = el.dataset['mark']!;
      out[id] = Object.fromEntries(Object.keys(names[id]!).map((attr) => [attr, Number(el.getAttribute(attr))]));
    }
    return out;
  });
}

/** The layout the build computed for a chart state (the target the DOM must reach). */
export async function expectedAttrs(page: Page, chart: string, state: string): Promise<Record<string, Record<string, number>>> {
  return page.$eval(`[data-chart="${chart}"]`, (root, s) => JSON.parse((root as HTMLElement).dataset['states']!)[s], state);
}

export function roundAll(attrs: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([a, n]) => [a, Math.round(n * 10) / 10]))]),
  );
}
