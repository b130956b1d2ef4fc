/**
 * Reader robustness (issue 4): viewport changes, jumps, deep links, keyboard,
 * screen-reader structure, old browsers and fault isolation. Every assertion
 * reads the chart's actual state and what is on screen.
 */
import type { Page } from '@playwright/test';
import { test, expect, PROLOGUE, scrollToStep, markAttrs, expectedAttrs, roundAll } from './fixtures.ts';
import { SCROLLY_PAGES } from './pages.ts';

const ECONOMY = '/2022/zh/economy/';

/**
 * What the reader is looking at, per live chart: the last step whose top passed 60% of the
 * viewport, else the first. A chart starts (turns live) only when its section comes near the
 * viewport; until then it shows its server-rendered final state and nobody sees it.
 */
async function statesInView(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const line = window.innerHeight * 0.6;
    const out: Record<string, string> = {};
    for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
      if (!section.querySelector('[data-chart-root][data-live]')) continue;
      const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
      const passed = steps.filter((s) => s.getBoundingClientRect().top <= line);
      out[section.dataset['scrolly']!] = (passed.at(-1) ?? steps[0]!).dataset['state']!;
    }
    return out;
  });
}
async function chartStates(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-chart-root][data-live]', (roots) =>
    Object.fromEntries(roots.map((r) => [(r as HTMLElement).dataset['chart']!, (r as HTMLElement).dataset['state']!])),
  );
}
/** Charts on screen that have not started: there must be none. */
async function dormantInView(page: Page): Promise<string[]> {
  return page.$$eval('[data-chart-root]:not([data-live])', (roots) =>
    roots
      .filter((r) => {
        const box = r.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })
      .map((r) => (r as HTMLElement).dataset['chart']!),
  );
}
async function expectChartsMatchView(page: Page): Promise<void> {
  // Both sides are read on every poll: a resize may still be moving the page when the first read happens.
  await expect
    .poll(
      async () => {
        const [charts, view, dormant] = [await chartStates(page), await statesInView(page), await dormantInView(page)];
        if (dormant.length) return `on screen but not started: ${dormant.join(', ')}`;
        return JSON.stringify(charts) === JSON.stringify(view)
          ? 'match'
          : `charts ${JSON.stringify(charts)} vs view ${JSON.stringify(view)}`;
      },
      { timeout: 4000 },
    )
    .toBe('match');
}
/** The sticky graphic of a section is pinned to the top of the viewport and fully in view horizontally. */
async function graphicPinned(page: Page, chart: string): Promise<boolean> {
  return page.$eval(`[data-scrolly="${chart}"] .scrolly__graphic`, (g) => {
    const r = g.getBoundingClientRect();
    return Math.abs(r.top) <= 1 && r.left >= 0 && r.right <= window.innerWidth + 1;
  });
}

test.describe('viewport changes', () => {
  test('address bar showing and hiding keeps the step and the pinned graphic', async ({ guarded: page }) => {
    await page.goto(ECONOMY);
    const base = page.viewportSize()!;
    await scrollToStep(page, 'step-y2021');
    await expect(page.locator('[data-chart="rank-climb"]')).toHaveAttribute('data-state', 'y2021');
    for (const delta of [-56, -120, 120, 50]) {
      await page.setViewportSize({ width: base.width, height: base.height + delta });
      // expectChartsMatchView polls both sides until they agree: no fixed wait for the resize to settle.
      await expectChartsMatchView(page);
      // Read once, not polled: a view that matches the charts can still be the wrong place
      // (the reader's step lost while the resize was pending), and a later read might hide it.
      expect((await chartStates(page))['rank-climb']).toBe('y2021');
      expect(await graphicPinned(page, 'rank-climb')).toBe(true);
    }
  });

  test('rotation keeps charts on the step in view', async ({ guarded: page }) => {
    await page.goto(ECONOMY);
    const { width, height } = page.viewportSize()!;
    await scrollToStep(page, 'step-tech');
    await expect(page.locator('[data-chart="innovation-multipliers"]')).toHaveAttribute('data-state', 'tech');
    await page.setViewportSize({ width: height, height: width });
    await expectChartsMatchView(page);
    await page.setViewportSize({ width, height });
    await expectChartsMatchView(page);
    // And scrolling on from there still triggers in order.
    await scrollToStep(page, 'step-hightech');
    await expect(page.locator('[data-chart="innovation-multipliers"]')).toHaveAttribute('data-state', 'hightech');
  });

  test('200% zoom: steps still trigger in order and nothing overflows', async ({ guarded: page }) => {
    // Browser zoom at 200% halves the CSS viewport; text zoom doubles the root font size. Do both.
    const { width, height } = page.viewportSize()!;
    await page.setViewportSize({ width: Math.max(320, Math.round(width / 2)), height: Math.round(height / 2) });
    await page.goto(PROLOGUE);
    // Through the CSSOM: the page's Content-Security-Policy (rightly) blocks an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%', 'important'));
    for (const [step, state] of [
      ['step-y2012', 'y2012'],
      ['step-y2021', 'y2021'],
      ['step-doubled', 'doubled'],
    ] as const) {
      await scrollToStep(page, step);
      await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', state);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test.describe('jumps', () => {
  test('end to start in one jump leaves every chart on the step in view', async ({ guarded: page }) => {
    await page.goto(ECONOMY);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectChartsMatchView(page);
    // Only the charts near the end start (asynchronously: their code loads first); the jump passed
    // the others without a frame between. Wait for the start, then for the charts to match the view.
    await expect.poll(async () => Object.keys(await chartStates(page)).length).toBeGreaterThan(0);
    await expectChartsMatchView(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectChartsMatchView(page);
    // At the top no step has been reached: every chart that has started shows its first state
    // (charts far from both ends never started: the jumps passed them without a frame between).
    const firsts = await page.$$eval('[data-chart-root]', (roots) =>
      Object.fromEntries(
        roots.map((r) => [(r as HTMLElement).dataset['chart']!, Object.keys(JSON.parse((r as HTMLElement).dataset['states']!))[0]!]),
      ),
    );
    const live = await chartStates(page);
    expect(Object.keys(live).length).toBeGreaterThan(0);
    expect(live).toEqual(Object.fromEntries(Object.keys(live).map((chart) => [chart, firsts[chart]])));
  });

  test('jumps to arbitrary positions always show the state of the step in view, at its exact layout', async ({ guarded: page }) => {
    await page.goto(ECONOMY);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // A fixed pseudo-random walk, so a failure can be replayed.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 10; i++) {
      await page.evaluate((y) => window.scrollTo(0, y), Math.round(next() * height));
      await expectChartsMatchView(page);
    }
    const view = await statesInView(page);
    for (const [chart, state] of Object.entries(view)) {
      const target = roundAll(await expectedAttrs(page, chart, state));
      await expect.poll(async () => roundAll(await markAttrs(page, chart)), { timeout: 5000 }).toEqual(target);
    }
  });
});

test.describe('deep links', () => {
  for (const [path, step, chart, state] of [
    [PROLOGUE, 'step-people', 'share-of-zhengzhou', 'people'],
    [ECONOMY, 'step-y2021', 'rank-climb', 'y2021'],
    ['/2022/zh/livelihood/', 'step-homes', 'elderly-childcare', 'homes'],
  ] as const) {
    test(`${path}#${step} opens at that step, in that state`, async ({ guarded: page }) => {
      await page.goto(`${path}#${step}`);
      await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', state);
      await expect(page.locator(`#${step}`)).toHaveClass(/is-active/);
      await expect(page.locator(`#${step} .step__card`)).toBeInViewport();
    });
  }

  test('every step of every scrolly chapter has a unique id', async ({ guarded: page }) => {
    for (const path of SCROLLY_PAGES) {
      await page.goto(path);
      const ids = await page.$$eval('[data-step]', (steps) => steps.map((s) => s.id));
      expect(
        ids.every((id) => /^step-[a-z0-9-]+$/.test(id)),
        path,
      ).toBe(true);
      expect(new Set(ids).size, path).toBe(ids.length);
    }
  });
});

test.describe('keyboard', () => {
  test('arrow keys, j/k, PageUp/PageDown and Space move step by step with visible focus', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    await scrollToStep(page, 'step-y2012');
    await expect(page.locator('#step-y2012')).toHaveClass(/is-active/);
    const press = async (key: string, step: string, state: string) => {
      await page.keyboard.press(key);
      await expect(page.locator(`#${step}`)).toBeFocused();
      await expect(page.locator(`#${step}`)).toHaveClass(/is-active/);
      await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', state);
    };
    await press('ArrowDown', 'step-y2021', 'y2021');
    await press('ArrowDown', 'step-doubled', 'doubled');
    await press('ArrowUp', 'step-y2021', 'y2021');
    await press('j', 'step-doubled', 'doubled');
    await press('k', 'step-y2021', 'y2021');
    await press('PageDown', 'step-doubled', 'doubled');
    await press('PageUp', 'step-y2021', 'y2021');
    await press('Space', 'step-doubled', 'doubled');
    await press('Shift+Space', 'step-y2021', 'y2021');
    // The focus ring is visible on the focused step's card.
    const outline = await page.$eval('#step-y2021 .step__card', (c) => getComputedStyle(c).outlineStyle);
    expect(outline).toBe('solid');
  });

  test('the first Tab reaches the skip link, which moves focus to the content', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await expect(page.locator('.skip-link')).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('screen readers', () => {
  test('each chart state has a text equivalent, announced politely', async ({ guarded: page }) => {
    await page.goto(PROLOGUE);
    const status = page.locator('[data-chart="share-of-zhengzhou"] [data-chart-status]');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    for (const state of ['land', 'people', 'output', 'density']) {
      await scrollToStep(page, `step-${state}`);
      const expected = await page.locator(`[data-chart="share-of-zhengzhou"] [data-state-text="${state}"]`).textContent();
      expect(expected?.length).toBeGreaterThan(5);
      await expect(status).toHaveText(expected!);
    }
  });

  test('landmarks, heading order, and decorative art hidden', async ({ guarded: page }) => {
    for (const path of ['/', ...SCROLLY_PAGES]) {
      await page.goto(path);
      for (const landmark of ['banner', 'main', 'contentinfo', 'navigation'] as const)
        await expect(page.getByRole(landmark).first(), `${path} ${landmark}`).toBeAttached();
      const levels = await page.$$eval('h1, h2, h3, h4', (hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0], path).toBe(1);
      expect(
        levels.filter((l) => l === 1),
        path,
      ).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path}: heading jumps`).toBeLessThanOrEqual(1);
      for (const art of await page.locator('.chapter-art').all()) await expect(art).toHaveAttribute('aria-hidden', 'true');
    }
  });
});

test.describe('old or odd browsers', () => {
  for (const [name, script] of [
    [
      'without IntersectionObserver',
      () => {
        delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
      },
    ],
    [
      'without position: sticky',
      () => {
        const supports = CSS.supports.bind(CSS);
        CSS.supports = ((a: string, b?: string) =>
          String(a).includes('sticky') || String(b).includes('sticky')
            ? false
            : b === undefined
              ? supports(a)
              : supports(a, b)) as typeof CSS.supports;
      },
    ],
  ] as const) {
    test(`${name} the story unrolls: every chart inline in its final state, nothing hidden`, async ({ guarded: page }) => {
      await page.addInitScript(script);
      await page.goto(ECONOMY);
      await expect(page.locator('html')).toHaveClass(/story-unrolled/);
      for (const graphic of await page.locator('.scrolly__graphic').all())
        expect(await graphic.evaluate((g) => getComputedStyle(g).position)).toBe('static');
      for (const root of await page.locator('[data-chart-root]').all()) {
        const [state, last] = await root.evaluate((r) => [
          (r as HTMLElement).dataset['state'],
          Object.keys(JSON.parse((r as HTMLElement).dataset['states']!)).at(-1),
        ]);
        expect(state).toBe(last);
      }
      // Steps are plain, undimmed text, and scrolling changes nothing.
      await expect(page.locator('.scrolly.is-live')).toHaveCount(0);
      await scrollToStep(page, 'step-y2020');
      await expect(page.locator('[data-chart="rank-climb"]')).toHaveAttribute('data-state', 'y2022');
      await expect(page.locator('#step-y2020 .step__card')).toBeVisible();
    });
  }
});

/** Console errors and uncaught exceptions of a page, for tests that expect some. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

/**
 * Break the GDP chart's precomputed states as the HTML is parsed, before its
 * animator reads them: `dropState` removes one state (the animator starts,
 * then throws when asked for it); without it the JSON is made unparseable.
 */
async function breakGdpStates(page: Page, dropState?: string): Promise<void> {
  await page.addInitScript((drop) => {
    new MutationObserver((_m, observer) => {
      const gdp = document.querySelector<HTMLElement>('[data-chart="gdp-doubling"]');
      if (!gdp?.dataset['states']) return;
      if (drop) {
        const states = JSON.parse(gdp.dataset['states']);
        delete states[drop];
        gdp.dataset['states'] = JSON.stringify(states);
      } else gdp.dataset['states'] = '{broken';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, dropState);
}

test.describe('fault isolation', () => {
  test('a chart whose animator fails keeps its static SVG; text, other charts and tracking go on', async ({ page }) => {
    const errors = collectErrors(page);
    await breakGdpStates(page);
    await page.goto(PROLOGUE);
    const finalGdp = await page.$eval('[data-chart="gdp-doubling"] [data-mark="bar-2021"]', (el) => el.getAttribute('height'));
    await scrollToStep(page, 'step-y2012');
    await expect(page.locator('#step-y2012')).toHaveClass(/is-active/);
    // The failed chart stays in its static, complete form.
    await expect(page.locator('[data-chart="gdp-doubling"] [data-mark="bar-2021"]')).toHaveAttribute('height', finalGdp!);
    // The other chart still animates through its states.
    for (const state of ['land', 'people', 'output']) {
      await scrollToStep(page, `step-${state}`);
      await expect(page.locator('[data-chart="share-of-zhengzhou"]')).toHaveAttribute('data-state', state);
    }
    await expect(page.locator('h1')).toHaveText('十年');
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.every((e) => e.includes('gdp-doubling')),
      errors.join('\n'),
    ).toBe(true);
  });

  test('a chart that fails mid-story falls back to its static SVG without stopping the others', async ({ page }) => {
    const errors = collectErrors(page);
    await breakGdpStates(page, 'y2021');
    await page.goto(PROLOGUE);
    await scrollToStep(page, 'step-y2012');
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', 'y2012');
    await scrollToStep(page, 'step-y2021');
    await expect(page.locator('#step-y2021')).toHaveClass(/is-active/);
    // Reverted to the server-rendered final state.
    await expect(page.locator('[data-chart="gdp-doubling"]')).toHaveAttribute('data-state', 'doubled');
    await expect(page.locator('[data-chart="gdp-doubling"] [data-mark="double-line"]')).toHaveAttribute('opacity', '1');
    await scrollToStep(page, 'step-land');
    await expect(page.locator('[data-chart="share-of-zhengzhou"]')).toHaveAttribute('data-state', 'land');
    expect(
      errors.every((e) => e.includes('gdp-doubling')),
      errors.join('\n'),
    ).toBe(true);
  });
});
