import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapEntry, sitemapXml } from '../../src/integrations/sitemap.ts';

const page = (path: string, alternates: [string, string][]) =>
  `<!doctype html><html><head><link rel="canonical" href="https://example.gov.cn${path}">${alternates.map(([l, p]) => `<link rel="alternate" hreflang="${l}" href="https://example.gov.cn${p}">`).join('')}</head><body><link rel="canonical" href="https://elsewhere/"></body></html>`;

describe('sitemap', () => {
  it('sitemapEntry() reads the canonical URL and hreflang alternates from the head only', () => {
    const entry = sitemapEntry(
      page('/2022/en/economy/', [
        ['zh-CN', '/2022/zh/economy/'],
        ['en', '/2022/en/economy/'],
        ['x-default', '/2022/zh/economy/'],
      ]),
    );
    expect(entry?.loc).toBe('https://example.gov.cn/2022/en/economy/');
    expect([...entry!.alternates]).toEqual([
      ['zh-CN', 'https://example.gov.cn/2022/zh/economy/'],
      ['en', 'https://example.gov.cn/2022/en/economy/'],
      ['x-default', 'https://example.gov.cn/2022/zh/economy/'],
    ]);
    expect(sitemapEntry('<html><head><title>x</title></head></html>')).toBeNull();
  });

  it('sitemapXml() writes one <url> per page in URL order, with escaped alternates', () => {
    const xml = sitemapXml([sitemapEntry(page('/b/', [['en', '/b/?a=1&b=2']]))!, sitemapEntry(page('/a/', []))!]);
    expect(xml.indexOf('<loc>https://example.gov.cn/a/</loc>')).toBeLessThan(xml.indexOf('<loc>https://example.gov.cn/b/</loc>'));
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.gov.cn/b/?a=1&amp;b=2"/>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });

  it('robotsTxt() allows everything and names the sitemap', () => {
    expect(robotsTxt('https://example.gov.cn/jinshui/sitemap.xml')).toMatch(
      /^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/example\.gov\.cn\/jinshui\/sitemap\.xml$/m,
    );
  });
});
