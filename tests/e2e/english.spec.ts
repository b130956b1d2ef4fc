/**
 * The English edition, page by page: no Chinese outside the allowlist, page
 * language, hreflang both ways and canonical, no words glued together by HTML
 * compression, every bound figure the same value as on the Chinese page after
 * conversion, the same steps and chart states as in Chinese, and a language
 * switcher that keeps the step in both directions. (axe, overflow 320–1920 px,
 * CSP, byte budgets and the arrival matrix run on these pages from the specs
 * that discover pages from dist/.)
 */
import { test, expect, stepsOf, scrollToStep } from './fixtures.ts';
import { ALL_PAGES, CHAPTER_PAGES, SCROLLY_PAGES } from './pages.ts';
import type { Page } from '@playwright/test';

const EN_PAGES = ALL_PAGES.filter((p) => /^\/(\d{4}|editions)\/en\//.test(p));
// The Chinese page of an English one: /2022/en/… → /2022/zh/…; the archive /editions/en/ → /editions/ (Chinese is its first language).
const zhOf = (path: string) => path.replace(/^\/(\d{4})\/en\//, '/$1/zh/').replace(/^\/editions\/en\//, '/editions/');
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Where Chinese may appear on an English page, always inside an element marked
 * lang="zh-CN": a glossary name in parentheses at its first use (.term__original),
 * the source's own words shown as a quote (.source-quote in figure tips and
 * tables, span[lang] in prose), the source's title and byline beside their
 * translation (.original), and a language's own name where it links to that
 * language (.lang-switch, the switcher; .archive__language, the archive's languages),
 * and, in the archive, the title, deck and notes of an edition not published in
 * English, in its own language (.archive__other-language).
 */
// .ours: Chinese in an editor's note (the site's own words, e.g. the name a misprint most likely stands for).
const ALLOWLIST = [
  '.term__original',
  '.source-quote',
  '.quote__original',
  '.ours',
  '.original',
  '.lang-switch',
  '.archive__language',
  '.archive__other-language',
  '.prose span[lang="zh-CN"]',
  '.slide__text span[lang="zh-CN"]',
  '.sources p[lang="zh-CN"]',
];

test('there is an English edition to test', () => {
  // The contents, six chapters and the sources page.
  expect(EN_PAGES.length).toBeGreaterThanOrEqual(8);
});

/** Chinese text an English page shows outside the allowlist (text and accessible attributes). */
async function strayChinese(page: Page): Promise<string[]> {
  return page.evaluate(
    ([allow, cjk]) => {
      const re = new RegExp(cjk);
      const ok = (el: Element | null) =>
        !!el && el.closest('[lang]')?.getAttribute('lang') === 'zh-CN' && allow.some((sel) => el.closest(sel));
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (el?.closest('script, style')) continue;
        if (re.test(n.nodeValue ?? '') && !ok(el))
          found.push(`${el?.tagName.toLowerCase()}.${el?.className}: ${n.nodeValue!.trim().slice(0, 40)}`);
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [alt]'))
        for (const a of ['aria-label', 'title', 'alt']) {
          const v = el.getAttribute(a);
          if (v && re.test(v) && !ok(el)) found.push(`${el.tagName.toLowerCase()}[${a}]: ${v.slice(0, 40)}`);
        }
      if (re.test(document.title)) found.push(`<title>: ${document.title}`);
      return found;
    },
    [ALLOWLIST, CJK.source] as const,
  );
}

/** The value a figure's text states, and the kind of bound it is: "over 70 billion yuan" → [7e10, "more"]; "突破700亿元" → the same. */
function readFigure(text: string): [number, string] {
  const zhRank: Record<string, number> = {
    首位: 1,
    第一: 1,
    第二: 2,
    第三: 3,
    第四: 4,
    第五: 5,
    第六: 6,
    第七: 7,
    第八: 8,
    第九: 9,
    第十: 10,
  };
  const bound = /^(over|突破|超越|超过)|余/.test(text)
    ? 'more'
    : /^at least|以上/.test(text)
      ? 'at-least'
      : /^under|^不到/.test(text)
        ? 'less'
        : /^about|^约/.test(text)
          ? 'about'
          : 'exact';
  for (const [word, n] of Object.entries(zhRank)) if (text.includes(word) && !/\d/.test(text)) return [n, bound];
  const m = /([\d,]+(?:\.\d+)?)\s*(billion|million|万|亿)?/.exec(text);
  if (!m) throw new Error(`no number in "${text}"`);
  const scale = { billion: 1e9, million: 1e6, 万: 1e4, 亿: 1e8 }[m[2] ?? ''] ?? 1;
  return [Number.parseFloat((Number(m[1]!.replace(/,/g, '')) * scale).toPrecision(12)), bound];
}

async function boundFigures(page: Page): Promise<{ id: string; value: string; text: string }[]> {
  return page.$$eval('.fig__value', (els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset['figure']!,
      value: el.querySelector('data')!.getAttribute('value')!,
      text: el.querySelector('data')!.textContent!.trim(),
    })),
  );
}

for (const path of EN_PAGES) {
  test.describe(`English ${path}`, { tag: '@desktop' }, () => {
    test('no Chinese outside the allowlist', async ({ guarded: page }) => {
      await page.goto(path);
      expect(await strayChinese(page)).toEqual([]);
    });

    test('lang, canonical and hreflang alternates both ways; a Latin font first', async ({ guarded: page, baseURL }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const href = (sel: string) => page.locator(sel).getAttribute('href');
      expect(await href('link[rel="canonical"]')).toBe(new URL(path, 'http://127.0.0.1:4321').href);
      expect(await href('link[rel="alternate"][hreflang="en"]')).toBe(new URL(path, 'http://127.0.0.1:4321').href);
      const zh = await href('link[rel="alternate"][hreflang="zh-CN"]');
      expect(zh).toBe(new URL(zhOf(path), 'http://127.0.0.1:4321').href);
      // …and the Chinese page points back.
      const zhHtml = await (await page.request.get(new URL(zhOf(path), baseURL).href)).text();
      expect(zhHtml).toContain(`<link rel="alternate" hreflang="en" href="${new URL(path, 'http://127.0.0.1:4321').href}">`);
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily.split(',')[0]!.trim());
      expect(font).not.toMatch(/PingFang|Noto Sans CJK|Source Han|YaHei|Songti|HarmonyOS|MiSans/);
    });

    test('no words glued to a bound figure or a name (HTML compression)', async ({ guarded: page }) => {
      await page.goto(path);
      const glued = await page.$$eval('.prose .fig, .prose .term, .chapter__deck .term', (els) =>
        els.flatMap((el) => {
          const before = el.previousSibling?.textContent?.slice(-1) ?? ' ';
          let after = el.nextSibling?.textContent?.[0] ?? ' ';
          if (el.nextSibling instanceof HTMLElement && el.nextSibling.classList.contains('fig__derived')) after = ' ';
          const text = (el.querySelector('.fig__value, .term') ?? el).textContent ?? '';
          return /[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after) ? [`${before}[${text.slice(0, 30)}]${after}`] : [];
        }),
      );
      expect(glued).toEqual([]);
    });
  });
}

for (const path of CHAPTER_PAGES.filter((p) => /^\/\d{4}\/en\//.test(p))) {
  test(`every figure on ${path} states the Chinese page's value, converted`, { tag: '@desktop' }, async ({ guarded: page }) => {
    await page.goto(zhOf(path));
    const zh = await boundFigures(page);
    await page.goto(path);
    const en = await boundFigures(page);
    expect([...new Set(en.map((f) => f.id))].sort()).toEqual([...new Set(zh.map((f) => f.id))].sort());
    const zhById = new Map(zh.map((f) => [f.id, f]));
    const wrong: string[] = [];
    for (const f of en) {
      const z = zhById.get(f.id)!;
      if (f.value !== z.value) wrong.push(`${f.id}: value ${f.value} vs ${z.value}`);
      const [enValue, enBound] = readFigure(f.text);
      const [zhValue, zhBound] = readFigure(z.text);
      if (enValue !== zhValue || enBound !== zhBound)
        wrong.push(`${f.id}: "${f.text}" (${enValue}, ${enBound}) is not "${z.text}" (${zhValue}, ${zhBound})`);
    }
    expect(wrong).toEqual([]);
  });
}

// Run at both widths (phone 390, desktop 1440): the same steps, charts and states as the Chinese page.
for (const path of SCROLLY_PAGES.filter((p) => /^\/\d{4}\/en\//.test(p))) {
  test(`${path} has the Chinese page's steps, and each chart reaches the same states`, async ({ guarded: page }) => {
    await page.goto(zhOf(path));
    const zhSteps = await stepsOf(page);
    const zhStates = await page.$$eval('[data-chart-root]', (rs) =>
      rs.map((r) => [(r as HTMLElement).dataset['chart'], Object.keys(JSON.parse((r as HTMLElement).dataset['states']!))]),
    );
    await page.goto(path);
    expect(await stepsOf(page)).toEqual(zhSteps);
    expect(
      await page.$$eval('[data-chart-root]', (rs) =>
        rs.map((r) => [(r as HTMLElement).dataset['chart'], Object.keys(JSON.parse((r as HTMLElement).dataset['states']!))]),
      ),
    ).toEqual(zhStates);
    for (const step of zhSteps) {
      await scrollToStep(page, step.id);
      await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
      await expect(page.locator(`[data-chart="${step.chart}"]`)).toHaveAttribute('data-state', step.state);
    }
  });
}

test.describe('the language switcher', () => {
  test('keeps the chapter and the step, Chinese → English → Chinese', async ({ guarded: page }) => {
    await page.goto('/2022/zh/economy/#step-y2021');
    await expect(page.locator('#step-y2021')).toHaveClass(/is-active/);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/2022\/en\/economy\/#step-y2021$/);
    await expect(page.locator('#step-y2021')).toHaveClass(/is-active/);
    await expect(page.locator('[data-chart="rank-climb"]')).toHaveAttribute('data-state', 'y2021');
    // Read on, then switch back: the step read last goes along.
    await scrollToStep(page, 'step-y2022');
    await expect(page.locator('#step-y2022')).toHaveClass(/is-active/);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/2022\/zh\/economy\/#step-y2022$/);
    await expect(page.locator('[data-chart="rank-climb"]')).toHaveAttribute('data-state', 'y2022');
  });

  test('is a plain link to the same chapter without JavaScript, on every page', { tag: '@desktop' }, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    for (const path of ALL_PAGES.filter((p) => /^\/\d{4}\/(zh|en)\//.test(p))) {
      await page.goto(path);
      const other = path.includes('/en/') ? path.replace('/en/', '/zh/') : path.replace('/zh/', '/en/');
      await expect(page.locator('[data-lang-switch]'), path).toHaveAttribute('href', other);
    }
    await context.close();
  });

  test(
    'the root stays Chinese for an English browser, and offers English without redirecting',
    { tag: '@desktop' },
    async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: 'en-US', baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForLoadState('load');
      await expect(page).toHaveURL(new URL('/', baseURL).href);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', '/2022/en/');
      await context.close();
    },
  );
});
