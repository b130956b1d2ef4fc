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
    expect(html).toContain('“2012年,金水区地区生产总值(GDP)突破700亿元”');
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
    expect(html).toMatch(/<data value="180000000000">(<span class="fig__part">)?超越(<\/span>)?<span class="fig__part">1800亿元<\/span><\/data>/);
    expect(html).toContain('role="tooltip"');
    expect(html).toContain('“2021年GDP超越1800亿元”');
  });
  it('<Fig> marks a derived figure and explains it', async () => {
    const html = await container.renderToString(Fig, { props: { id: 'gdp-2012-doubled' }, locals: locals() });
    expect(html).toContain('fig__derived');
    expect(html).toContain('推算：突破700亿元 × 2');
  });
  it('<Fig> stops the build on an unknown id, naming the chapter file', async () => {
    await expect(container.renderToString(Fig, { props: { id: 'gdp-2099' }, locals: locals() })).rejects.toThrow(/test\.mdx: <Fig id="gdp-2099"\/>[\s\S]*closest/);
  });
});
