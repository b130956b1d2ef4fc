import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import GdpChart from '../../src/charts/gdp-doubling/GdpChart.astro';
import ShareChart from '../../src/charts/share-of-zhengzhou/ShareChart.astro';
import Fig from '../../src/components/Fig.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const locals = (lang: 'zh' | 'en' = 'zh') => ({ chapter: { edition: '2022', lang, file: 'test.mdx' } });
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('<GdpChart>', () => {
  it('<GdpChart> renders the final state as SVG with every mark', async () => {
    const html = await container.renderToString(GdpChart, { locals: locals() });
    expect(html).toContain('data-chart="gdp-doubling"');
    expect(html).toContain('data-state="doubled"');
    for (const mark of ['bar-2012', 'bar-2021', 'stack-a', 'stack-b', 'double-line', 'label-2012', 'label-2021', 'label-double'])
      expect(html).toContain(`data-mark="${mark}"`);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 400 380"[^>]*role="img"/);
    expect(html).toContain('突破700亿元');
    expect(html).toContain('超越1800亿元');
  });
  it('<GdpChart> ships its text alternative and a data table with sources', async () => {
    const html = await container.renderToString(GdpChart, { locals: locals() });
    expect(count(html, /data-state-text="/g)).toBe(3);
    expect(html).toContain('<table');
    expect(html).toContain('“<span class=\"source-quote\" lang=\"zh-CN\">2012年,金水区地区生产总值(GDP)突破700亿元</span>”');
    expect(html).toMatch(/推算：超越1800亿元 ÷ 突破700亿元/);
  });
  it('<GdpChart> uses no inline style attributes (strict CSP)', async () => {
    const html = await container.renderToString(GdpChart, { locals: locals() });
    expect(html).not.toMatch(/\sstyle="/);
  });
  it('<GdpChart> renders in English with converted units', async () => {
    const html = await container.renderToString(GdpChart, { locals: locals('en') });
    expect(html).toContain('over 180 billion yuan');
    // Only the quotes in the data table stay Chinese (they are the source's words).
    expect(html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))).not.toMatch(/亿|万/);
  });
});

describe('<ShareChart>', () => {
  it('<ShareChart> renders five share bars on tracks, with derived ratios marked', async () => {
    const html = await container.renderToString(ShareChart, { locals: locals() });
    expect(count(html, /class="track"/g)).toBe(5);
    expect(count(html, /data-mark="fill-\d"/g)).toBe(5);
    expect(count(html, /data-mark="ratio-\d"/g)).toBe(4);
    expect(html).toContain('12倍*');
    expect(html).toContain('data-state="density"');
  });
});

describe('<Fig>', () => {
  it('<Fig> renders the figure as the source writes it, with its quote', async () => {
    const html = await container.renderToString(Fig, { props: { id: 'gdp-2021' }, locals: locals() });
    expect(html).toMatch(
      /<data value="180000000000">(<span class="fig__part">)?超越(<\/span>)?<span class="fig__part">1800亿元<\/span><\/data>/,
    );
    expect(html).toContain('role="tooltip"');
    expect(html).toContain('“<span class=\"source-quote\" lang=\"zh-CN\">2021年GDP超越1800亿元</span>”');
  });
  it('<Fig> marks a derived figure and explains it', async () => {
    const html = await container.renderToString(Fig, { props: { id: 'gdp-2012-doubled' }, locals: locals() });
    expect(html).toContain('fig__derived');
    expect(html).toContain('推算：突破700亿元 × 2');
  });
  it('<Fig> stops the build on an unknown id, naming the chapter file', async () => {
    await expect(container.renderToString(Fig, { props: { id: 'gdp-2099' }, locals: locals() })).rejects.toThrow(
      /test\.mdx: <Fig id="gdp-2099"\/>[\s\S]*closest/,
    );
  });
});

describe('<Term> and <Fig> in English', () => {
  it('<Term> prints the English name with the Chinese in parentheses at its first use only', async () => {
    const { default: Term } = await import('../../src/components/Term.astro');
    const shared = { chapter: { edition: '2022', lang: 'en' as const, file: 'test.mdx' }, termsSeen: new Set<string>() };
    const first = await container.renderToString(Term, { props: { id: 'city-brain' }, locals: shared });
    const again = await container.renderToString(Term, { props: { id: 'city-brain' }, locals: shared });
    expect(first).toBe('<span class="term">City Brain (<span class="term__original" lang="zh-CN">城市大脑</span>)</span>');
    expect(again).toBe('<span class="term">City Brain</span>');
  });
  it('<Term> on a Chinese page is the Chinese name alone', async () => {
    const { default: Term } = await import('../../src/components/Term.astro');
    expect(await container.renderToString(Term, { props: { id: 'city-brain' }, locals: locals('zh') })).toBe(
      '<span class="term">城市大脑</span>',
    );
  });
  it('<Term> with an unknown id stops with the file and the glossary', async () => {
    const { default: Term } = await import('../../src/components/Term.astro');
    await expect(container.renderToString(Term, { props: { id: 'city-brian' }, locals: locals('en') })).rejects.toThrow(
      /test\.mdx: <Term id="city-brian"\/> — unknown glossary id; use one of src\/i18n\/glossary\.ts: [^\n]*city-brain/,
    );
  });
  it('<Fig> in English converts the unit, keeps the qualifier and keeps the number with its first word', async () => {
    const html = await container.renderToString(Fig, { props: { id: 'smart-elderly-care-users' }, locals: locals('en') });
    // The qualifier may wrap to the line before on a very narrow, large-text screen; the number never leaves its first word.
    expect(html).toContain(
      '<data value="175400"><span class="fig__part">over </span><span class="fig__part">175,400\u00a0people</span></data>',
    );
    expect(html).toContain('Source (Zhengguan News · Zhengzhou Evening News): “<span class="source-quote" lang="zh-CN">');
  });
});
