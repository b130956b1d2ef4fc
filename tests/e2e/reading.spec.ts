/**
 * Reading for everyone (issue 13): text size, high contrast, read-aloud, tap
 * targets, focus, and charts that use the screen. Tests that open their own
 * browser contexts run once (desktop project) and loop over the pages inside one
 * test per condition, so the whole matrix shares one browser.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test, expect, PROLOGUE, scrollToStep } from './fixtures.ts';
import { axe } from './axe.ts';
import { layoutShifts } from './layoutShifts.ts';
import { resumeKey } from '../../src/client/story/resume.ts';
import { ALL_PAGES, CHAPTER_PAGES, SAMPLE_PAGES, SCROLLY_PAGES, perPages } from './pages.ts';

type Size = 'standard' | 'large' | 'xlarge';
interface Condition {
  name: string;
  width: number;
  height?: number;
  js?: boolean;
  size?: Size;
  contrast?: 'more';
  options?: BrowserContextOptions;
}

/** A context whose stored reading settings are in place before any page script runs (as after a visit). */
async function open(browser: Browser, baseURL: string, c: Condition): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: c.width, height: c.height ?? 900 }, baseURL, ...c.options });
  if (c.js === false) {
    // "No JavaScript" as a reader without it gets the page: every <script> removed from the HTML.
    // (A context with javaScriptEnabled: false would also stop axe, which runs in the page.)
    await context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
      await route.fulfill({ response, body: html });
    });
  }
  await context.addInitScript(
    ([size, contrast]) => {
      try {
        if (size) localStorage.setItem('jinshui:text-size', size);
        if (contrast) localStorage.setItem('jinshui:contrast', contrast);
      } catch {}
    },
    [c.size ?? '', c.contrast ?? ''] as const,
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    page,
    close: async () => {
      await context.close();
      expect(errors, errors.join('\n')).toEqual([]);
    },
  };
}

/** The page's settings reached <html> (or, without JS, the page is simply there). */
async function settled(page: Page, c: Condition): Promise<void> {
  if (c.js === false) {
    expect(await page.locator('script').count()).toBe(0);
    return;
  }
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  if (c.size && c.size !== 'standard') await expect(page.locator('html')).toHaveAttribute('data-text-size', c.size);
  if (c.contrast) await expect(page.locator('html')).toHaveAttribute('data-contrast', c.contrast);
}

const AXE_CONDITIONS: Condition[] = [
  { name: 'JS on, 1440 px', width: 1440 },
  { name: 'JS on, 320 px', width: 320 },
  { name: 'JS off, 1440 px', width: 1440, js: false },
  { name: 'JS off, 320 px', width: 320, js: false },
  { name: 'reduced motion, 390 px', width: 390, options: { reducedMotion: 'reduce' } },
  { name: 'Large, 1440 px', width: 1440, size: 'large' },
  { name: 'Large, 320 px', width: 320, size: 'large' },
  { name: 'Extra large, 1440 px', width: 1440, size: 'xlarge' },
  { name: 'Extra large, 320 px', width: 320, size: 'xlarge' },
  { name: 'high contrast, 1440 px', width: 1440, contrast: 'more' },
  { name: 'high contrast, Extra large, 320 px', width: 320, contrast: 'more', size: 'xlarge' },
  { name: 'system prefers-contrast: more, 390 px', width: 390, options: { contrast: 'more' } },
];

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

test.describe('axe on every page', { tag: '@desktop' }, () => {
  // The base conditions on every page, with every rule axe has (best practices too); the variants
  // (JS off, motion, sizes, contrast) on one page of each kind, with the WCAG rules.
  for (const [i, c] of AXE_CONDITIONS.entries()) {
    const everyPage = i < 2;
    const pages = everyPage ? ALL_PAGES : SAMPLE_PAGES;
    test(`axe: 0 violations on ${everyPage ? 'every page, every rule' : `a page of each kind, ${WCAG.join(', ')}`}, ${c.name}`, async ({
      browser,
      baseURL,
    }) => {
      // axe on the whole-report handout and the data page (every figure) takes many seconds on a busy machine.
      test.setTimeout(perPages(pages.length, 30_000));
      const { page, close } = await open(browser, baseURL!, c);
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        await settled(page, c);
        const results = await (everyPage ? axe(page) : axe(page).withTags(WCAG)).analyze();
        for (const v of results.violations) found.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      expect(found).toEqual([]);
      await close();
    });
  }
});

test.describe('text size', { tag: '@desktop' }, () => {
  test('the switch applies at once, causes no layout shift, and persists across pages and reloads', async ({ browser, baseURL }) => {
    const { page, close } = await open(browser, baseURL!, { name: 'switch', width: 390, height: 844 });
    const shiftsAfterLoad = (): Promise<string[]> => layoutShifts(page);
    await page.goto(PROLOGUE);
    await page.waitForFunction(() => document.readyState === 'complete');
    const rootPx = (): Promise<number> => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await rootPx()).toBe(18);
    const body = page.locator('.prose > p').first();
    expect(await body.evaluate((p) => parseFloat(getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(18);

    await page.getByRole('button', { name: '特大' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: '标准' })).toHaveAttribute('aria-pressed', 'false');
    expect(await rootPx()).toBe(24);
    expect(await shiftsAfterLoad()).toEqual([]);

    // Another page, then a reload: applied before the first paint, so nothing shifts.
    await page.goto('/2022/zh/economy/');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await rootPx()).toBe(24);
    expect(await shiftsAfterLoad()).toEqual([]);
    await page.reload();
    await page.waitForFunction(() => document.readyState === 'complete');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
    expect(await shiftsAfterLoad()).toEqual([]);

    await page.getByRole('button', { name: '大', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    expect(await rootPx()).toBe(21);
    await page.getByRole('button', { name: '标准' }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
    expect(await page.evaluate(() => localStorage.getItem('jinshui:text-size'))).toBe('standard');
    await close();
  });

  test('body text: at least 18 px, line height at least 1.6, paragraphs at least 1.3 line heights apart, at every size', async ({
    browser,
    baseURL,
  }) => {
    for (const size of ['standard', 'large', 'xlarge'] as const) {
      const { page, close } = await open(browser, baseURL!, { name: size, width: 390, size });
      await page.goto(PROLOGUE);
      await settled(page, { name: size, width: 390, size });
      const m = await page
        .locator('.prose > p')
        .first()
        .evaluate((p) => {
          const s = getComputedStyle(p);
          const next = p.nextElementSibling!;
          return {
            font: parseFloat(s.fontSize),
            line: parseFloat(s.lineHeight),
            gap: next.getBoundingClientRect().top - p.getBoundingClientRect().bottom,
          };
        });
      expect(m.font, size).toBeGreaterThanOrEqual(18);
      expect(m.line / m.font, size).toBeGreaterThanOrEqual(1.6);
      expect(m.gap / m.line, size).toBeGreaterThanOrEqual(1.3);
      // text-size-adjust is never disabled (WeChat's own font setting must work).
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('-webkit-text-size-adjust'))).not.toBe(
        'none',
      );
      await close();
    }
  });

  test('chart labels, step cards, tables and navigation grow with the text size', async ({ browser, baseURL }) => {
    const measure = async (size: Size): Promise<number[]> => {
      const { page, close } = await open(browser, baseURL!, { name: size, width: 390, size });
      await page.goto(PROLOGUE);
      await settled(page, { name: size, width: 390, size });
      const px = (sel: string): Promise<number> =>
        page
          .locator(sel)
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const out = [
        await px('.chart .tick'),
        await px('.step__card'),
        await px('.figure-table'),
        await px('.chapter-menu summary'),
        await px('.site-footer'),
      ];
      await close();
      return out;
    };
    const [standard, xlarge] = [await measure('standard'), await measure('xlarge')];
    standard.forEach((s, i) => expect(xlarge[i]!, `measure ${i}`).toBeGreaterThan(s));
  });

  const OVERFLOW: Condition[] = [
    { name: 'Extra large at 320 px', width: 320, height: 640, size: 'xlarge' },
    { name: '400% zoom (1280 px wide: 320 × 180 CSS px)', width: 320, height: 180 },
    { name: '400% zoom at Extra large', width: 320, height: 180, size: 'xlarge' },
  ];
  for (const c of OVERFLOW) {
    test(`nothing scrolls sideways or spills out of its box on any page: ${c.name}`, async ({ browser, baseURL }) => {
      test.setTimeout(perPages(ALL_PAGES.length));
      const { page, close } = await open(browser, baseURL!, c);
      const problems: string[] = [];
      for (const path of ALL_PAGES) {
        await page.goto(path);
        await settled(page, c);
        problems.push(...(await page.evaluate(overflowProblems)).map((p) => `${path}: ${p}`));
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  test('a 200% root font size (the browser or WeChat font setting) leaves nothing sideways or spilled at 320 and 390 px', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(perPages(2 * ALL_PAGES.length));
    const problems: string[] = [];
    for (const width of [320, 390]) {
      const { page, close } = await open(browser, baseURL!, { name: '200%', width });
      for (const path of ALL_PAGES) {
        await page.goto(path);
        // As if the reader's default font size were 32 px instead of 16: our 112.5% becomes 225% of 16.
        await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
        expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(36);
        problems.push(...(await page.evaluate(overflowProblems)).map((p) => `${width}px ${path}: ${p}`));
      }
      await close();
    }
    expect(problems).toEqual([]);
  });
});

/** In the page: sideways scrolling, and text boxes whose content is wider than themselves. */
function overflowProblems(): string[] {
  const out: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) out.push(`page is ${root.scrollWidth}px wide in ${root.clientWidth}px`);
  for (const el of document.querySelectorAll<HTMLElement>(
    '.step__card, .reader-tools, .site-header, .chapter__head, .chart__caption, .chapter__nav, .resume, .toc, .prose > p',
  )) {
    if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} content is ${el.scrollWidth}px in ${el.clientWidth}px`);
  }
  for (const b of document.querySelectorAll<HTMLElement>('button, summary')) {
    // A data table scrolls inside its own region (tabindex=0, keyboard-scrollable): WCAG 1.4.10 exempts two-dimensional tables.
    if (b.closest('.table-scroll')) continue;
    const r = b.getBoundingClientRect();
    if (r.width && r.right > root.clientWidth + 1) out.push(`"${b.textContent?.trim()}" ends at ${Math.round(r.right)}px`);
  }
  return out;
}

test.describe('high contrast', { tag: '@desktop' }, () => {
  test('the switch turns it on and off, is remembered, and the system setting turns it on until switched off', async ({
    browser,
    baseURL,
  }) => {
    const { page, close } = await open(browser, baseURL!, { name: 'hc', width: 390 });
    await page.goto(PROLOGUE);
    const paper = (): Promise<string> => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await paper()).toBe('rgb(251, 248, 241)');
    const toggle = page.getByRole('button', { name: '高对比度' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await paper()).toBe('rgb(255, 255, 255)');
    await page.goto('/2022/zh/sources/');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');
    expect(await paper()).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: '高对比度' }).click();
    expect(await paper()).toBe('rgb(251, 248, 241)');
    await close();

    // The system asks for more contrast: on by default, and the switch can still turn it off (remembered).
    const sys = await open(browser, baseURL!, { name: 'system', width: 390, options: { contrast: 'more' } });
    await sys.page.goto(PROLOGUE);
    const sysToggle = sys.page.getByRole('button', { name: '高对比度' });
    await expect(sysToggle).toHaveAttribute('aria-pressed', 'true');
    expect(await sys.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await sysToggle.click();
    await expect(sysToggle).toHaveAttribute('aria-pressed', 'false');
    await sys.page.reload();
    expect(await sys.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(251, 248, 241)');
    await sys.close();
  });

  test('under forced colours (Windows high contrast) chart marks and labels keep distinct system colours', async ({ browser, baseURL }) => {
    const { page, close } = await open(browser, baseURL!, { name: 'forced', width: 1440, options: { forcedColors: 'active' } });
    await page.goto(PROLOGUE);
    const fills = await page.locator('[data-chart="gdp-doubling"]').evaluate((root) => {
      const fill = (sel: string): string => getComputedStyle(root.querySelector(sel)!).fill;
      return {
        past: fill('.bar--past'),
        now: fill('.bar--now'),
        text: fill('text'),
        svg: getComputedStyle(root.querySelector('svg')!).backgroundColor,
      };
    });
    expect(fills.past).not.toBe(fills.svg);
    expect(fills.now).not.toBe(fills.past);
    expect(fills.text).not.toBe(fills.svg);
    await close();
  });
});

/** A speechSynthesis that records what it is asked to say and ends an utterance only when the test says so. */
function stubSpeech(voiceLangs: string[]): void {
  interface Said {
    lang: string;
    text: string;
    reading: string | null;
  }
  const said: Said[] = [];
  let current: { onend: (() => void) | null } | null = null;
  let cancels = 0;
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    getVoices: () => voiceLangs.map((lang) => ({ lang, name: `stub ${lang}`, default: false, localService: true, voiceURI: lang })),
    speak(u: Utterance) {
      const reading = document.querySelector('.is-reading');
      said.push({ lang: u.lang, text: u.text, reading: reading?.id || reading?.tagName || null });
      current = u;
    },
    cancel() {
      cancels += 1;
      current = null;
    },
    addEventListener() {},
    speaking: false,
    pending: false,
    paused: false,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    __speech: {
      said,
      cancels: () => cancels,
      end: () => {
        const u = current;
        current = null;
        u?.onend?.();
      },
    },
  });
}
type SpeechWindow = Window & {
  __speech: { said: { lang: string; text: string; reading: string | null }[]; cancels: () => number; end: () => void };
};

test.describe('read-aloud', () => {
  test('a chapter is read in order in a zh-CN voice, figures as written, and the story follows step by step', async ({ guarded: page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(stubSpeech, ['en-US', 'zh-CN']);
    await page.goto(PROLOGUE);
    const button = page.locator('[data-read="chapter"]');
    await expect(button).toBeVisible();
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(button).toHaveText('停止朗读');
    const steps = await page.$$eval('[data-step]', (els) =>
      els.map((s) => ({
        id: s.id,
        state: (s as HTMLElement).dataset['state']!,
        chart: (s.closest('[data-scrolly]') as HTMLElement).dataset['scrolly']!,
      })),
    );
    const followed: string[] = [];
    for (let i = 0; ; i++) {
      // Wait for the i-th utterance, or for the reading to have finished.
      await expect
        .poll(
          async () =>
            (await page.evaluate(() => (window as unknown as SpeechWindow).__speech.said.length)) > i ||
            (await button.getAttribute('aria-pressed')) === 'false',
        )
        .toBe(true);
      const said = await page.evaluate((n) => (window as unknown as SpeechWindow).__speech.said[n], i);
      if (!said) break;
      expect(said.lang).toBe('zh-CN');
      expect(said.text).not.toMatch(/\d/);
      const step = steps.find((s) => s.id === said.reading);
      if (step) {
        // The step being read is the active one, and its chart shows its state.
        await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
        await expect(page.locator(`[data-chart="${step.chart}"]`)).toHaveAttribute('data-state', step.state);
        followed.push(step.id);
      }
      await page.evaluate(() => (window as unknown as SpeechWindow).__speech.end());
    }
    expect(followed).toEqual(steps.map((s) => s.id));
    const texts = await page.evaluate(() => (window as unknown as SpeechWindow).__speech.said.map((s) => s.text));
    expect(texts[0]).toBe('十年');
    // Figures come from the page's data, spoken as the source writes them.
    const gdp = await page.locator('[data-figure="gdp-2021"] data').first().textContent();
    expect(gdp).toBe('超越1800亿元');
    expect(texts.join('')).toContain('超越一千八百亿元');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(button).toHaveText('朗读本章');
  });

  test('it stops on a second press, on Escape and when the page is left; a step button reads its step', async ({ guarded: page }) => {
    await page.addInitScript(stubSpeech, ['zh-CN', 'en-US']);
    await page.goto(PROLOGUE);
    const chapter = page.locator('[data-read="chapter"]');
    const speech = (): Promise<{ n: number; cancels: number }> =>
      page.evaluate(() => ({
        n: (window as unknown as SpeechWindow).__speech.said.length,
        cancels: (window as unknown as SpeechWindow).__speech.cancels(),
      }));
    await chapter.click();
    await expect.poll(async () => (await speech()).n).toBe(1);
    const before = (await speech()).cancels;
    await chapter.click();
    await expect(chapter).toHaveAttribute('aria-pressed', 'false');
    expect((await speech()).cancels).toBeGreaterThan(before);
    await expect(page.locator('.is-reading')).toHaveCount(0);

    await chapter.click();
    await expect(chapter).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(chapter).toHaveAttribute('aria-pressed', 'false');

    await chapter.click();
    await expect(chapter).toHaveAttribute('aria-pressed', 'true');
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await expect(chapter).toHaveAttribute('aria-pressed', 'false');

    // One step: its own text, then silence.
    const stepId = 'step-y2021';
    await scrollToStep(page, stepId);
    const stepButton = page.locator(`#${stepId} [data-read="step"]`);
    const n = (await speech()).n;
    await stepButton.click();
    await expect.poll(async () => (await speech()).n).toBe(n + 1);
    const said = await page.evaluate((i) => (window as unknown as SpeechWindow).__speech.said[i]!, n);
    expect(said.reading).toBe(stepId);
    expect(said.text).toContain('一千八百亿元');
    await expect(page.locator(`#${stepId}`)).toHaveClass(/is-active/);
    await page.evaluate(() => (window as unknown as SpeechWindow).__speech.end());
    await expect(stepButton).toHaveAttribute('aria-pressed', 'false');
    expect((await speech()).n).toBe(n + 1);
  });

  test('without a voice for the page language the buttons stay hidden (their room kept, nothing moves)', async ({ guarded: page }) => {
    await page.addInitScript(stubSpeech, ['en-US', 'zh-TW']);
    await page.goto(PROLOGUE);
    // Read-aloud has started (and looked for a voice) once it has silenced the synthesiser.
    await page.waitForFunction(() => (window as unknown as SpeechWindow).__speech.cancels() > 0);
    await expect(page.locator('[data-read="chapter"]')).toBeHidden();
    await expect(page.locator('[data-read="step"]').first()).toBeHidden();
    await expect(page.locator('html')).not.toHaveClass(/can-read/);
  });
});

test.describe('targets and focus', { tag: '@desktop' }, () => {
  for (const [size, min] of [
    ['standard', 44],
    ['xlarge', 60],
  ] as const) {
    test(`every interactive element is at least ${min}×${min} px at ${size} on every page`, async ({ browser, baseURL }) => {
      test.setTimeout(perPages(2 * ALL_PAGES.length));
      const small: string[] = [];
      for (const width of [390, 1440]) {
        const { page, close } = await open(browser, baseURL!, { name: size, width, size });
        await page.addInitScript(stubSpeech, ['zh-CN', 'en-US']);
        for (const path of ALL_PAGES) {
          await page.goto(path);
          await settled(page, { name: size, width, size });
          if (CHAPTER_PAGES.includes(path)) await expect(page.locator('html')).toHaveClass(/can-read/);
          // Open every chart's data table and the chapter menu, so their links count too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const found = await page.evaluate((m) => {
            const out: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>(
              'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])',
            )) {
              const s = getComputedStyle(el);
              if (s.visibility === 'hidden' || s.display === 'none' || !el.getClientRects().length) continue;
              const r = el.getBoundingClientRect();
              if (r.width < m - 0.5 || r.height < m - 0.5)
                out.push(
                  `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
                );
            }
            return out;
          }, min);
          small.push(...found.map((f) => `${width}px ${path}: ${f}`));
        }
        await close();
      }
      expect(small).toEqual([]);
    });
  }

  test('focus is always visible: every element reached by Tab draws an outline', async ({ browser, baseURL }) => {
    const { page, close } = await open(browser, baseURL!, { name: 'focus', width: 1440 });
    await page.addInitScript(stubSpeech, ['zh-CN', 'en-US']);
    const invisible: string[] = [];
    for (const path of [PROLOGUE, '/2022/zh/sources/', '/']) {
      await page.goto(path);
      if (path === PROLOGUE) await expect(page.locator('html')).toHaveClass(/can-read/);
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const card = el.matches('.step') ? getComputedStyle(el.querySelector('.step__card')!) : null;
          const drawn = (x: CSSStyleDeclaration | null): boolean => !!x && x.outlineStyle !== 'none' && parseFloat(x.outlineWidth) >= 2;
          return {
            name: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 16)}"`,
            ok: drawn(s) || drawn(card),
          };
        });
        if (f && !f.ok) invisible.push(`${path} ${f.name}`);
      }
    }
    expect(invisible).toEqual([]);
    await close();
  });
});

test.describe('resume banner', () => {
  test('it stays a non-modal region: the story behind it remains reachable', async ({ guarded: page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, JSON.stringify({ id: 'step-y2021', t: 1 }));
        sessionStorage.setItem('seeded', '1');
      }
    }, resumeKey(PROLOGUE));
    await page.goto(PROLOGUE);
    const banner = page.locator('.resume');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'region');
    expect(await banner.getAttribute('aria-modal')).toBeNull();
    expect(await page.locator('[role="dialog"], dialog[open], [inert], [aria-modal]').count()).toBe(0);
    await page.getByRole('button', { name: '特大' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    await expect(banner).toBeVisible();
  });
});

test.describe('charts use the screen', { tag: '@desktop' }, () => {
  for (const [width, height] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} every chart is drawn at least half the sticky area's height and fits in it, at Standard and Extra large`, async ({
      browser,
      baseURL,
    }) => {
      const problems: string[] = [];
      for (const size of ['standard', 'xlarge'] as const) {
        const { page, close } = await open(browser, baseURL!, { name: size, width, height, size });
        for (const path of SCROLLY_PAGES) {
          await page.goto(path);
          await settled(page, { name: size, width, height, size });
          // Measured at each section's last step, whose caption is usually the longest.
          for (const chart of await page.$$eval('[data-scrolly]', (els) => els.map((e) => (e as HTMLElement).dataset['scrolly']!))) {
            const last = page.locator(`[data-scrolly="${chart}"] [data-step]`).last();
            await scrollToStep(page, (await last.getAttribute('id'))!);
            await expect(last).toHaveClass(/is-active/);
            problems.push(
              ...(
                await page.$$eval(`[data-scrolly="${chart}"]`, (sections) =>
                  sections.flatMap((s) => {
                    const area = s.querySelector('.scrolly__graphic')!.getBoundingClientRect();
                    const svg = s.querySelector('svg.chart__svg')!;
                    const box = svg.getBoundingClientRect();
                    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
                    const drawn = h * Math.min(box.width / w, box.height / h);
                    const fig = s.querySelector('.chart')!.getBoundingClientRect();
                    const out: string[] = [];
                    if (drawn < area.height / 2)
                      out.push(`${(s as HTMLElement).dataset['scrolly']} drawn ${Math.round(drawn)}px of ${Math.round(area.height)}px`);
                    if (fig.bottom > area.bottom + 1 || fig.top < area.top - 1)
                      out.push(
                        `${(s as HTMLElement).dataset['scrolly']} runs past the sticky area (${Math.round(fig.top - area.top)}, ${Math.round(fig.bottom - area.bottom)})`,
                      );
                    return out;
                  }),
                )
              ).map((p) => `${size} ${path}: ${p}`),
            );
          }
        }
        await close();
      }
      expect(problems).toEqual([]);
    });
  }

  test('at 390 px the chart and the active step card are both on screen when a step becomes active, at Standard and Extra large', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    for (const size of ['standard', 'xlarge'] as const) {
      const { page, close } = await open(browser, baseURL!, {
        name: size,
        width: 390,
        height: 844,
        size,
        options: { reducedMotion: 'reduce' },
      });
      for (const path of SCROLLY_PAGES) {
        await page.goto(path);
        await settled(page, { name: size, width: 390, size });
        for (const id of await page.$$eval('[data-step]', (els) => els.map((e) => e.id))) {
          // The step's top just above the trigger line (60%), where it turns active.
          await page.evaluate((stepId) => {
            const step = document.getElementById(stepId)!;
            window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.58);
          }, id);
          await expect(page.locator(`#${id}`)).toHaveClass(/is-active/);
          const m = await page.evaluate((stepId) => {
            const step = document.getElementById(stepId)!;
            const card = step.querySelector('.step__card')!.getBoundingClientRect();
            const svg = step.closest('.scrolly')!.querySelector('svg.chart__svg')!;
            const box = svg.getBoundingClientRect();
            const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
            return {
              chartTop: box.top,
              chartBottom: box.top + h * Math.min(box.width / w, box.height / h),
              cardTop: card.top,
              vh: window.innerHeight,
            };
          }, id);
          if (m.chartTop < -1 || m.chartBottom > m.cardTop + 1 || m.cardTop > m.vh - 120)
            problems.push(
              `${size} ${path}#${id}: chart ${Math.round(m.chartTop)}–${Math.round(m.chartBottom)}, card from ${Math.round(m.cardTop)} (of ${m.vh})`,
            );
        }
      }
      await close();
    }
    expect(problems).toEqual([]);
  });
});

test.describe('the pre-paint script', { tag: '@desktop' }, () => {
  test('every page has a strict Content-Security-Policy with its hash (so it runs), and the settings reach <html> before first paint', async ({
    browser,
    baseURL,
  }) => {
    const { page, close } = await open(browser, baseURL!, { name: 'csp', width: 390, size: 'xlarge', contrast: 'more' });
    // The first animation frame runs just before the first paint: what <html> carries then is what is painted.
    await page.addInitScript(() =>
      requestAnimationFrame(() => Object.assign(window, { firstFrame: document.documentElement.dataset['textSize'] ?? 'none' })),
    );
    for (const path of ALL_PAGES) {
      await page.goto(path);
      const { hash, csp } = await page.evaluate(async () => {
        const script = [...document.head.querySelectorAll('script:not([src])')].find((s) => s.textContent!.includes('jinshui:text-size'))!;
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script.textContent!));
        return {
          hash: `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`,
          csp: document.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!,
        };
      });
      expect(csp, path).toContain(hash);
      // A strict policy: nothing from elsewhere and no inline code but the hashed scripts. (A violation
      // would be a console error, which open() fails on here and in the axe loops over every page.)
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      await expect.poll(() => page.evaluate(() => (window as Window & { firstFrame?: string }).firstFrame)).toBe('xlarge');
    }
    await close();
  });
});
