/** Deploying under a portal: the base path and live origin from the environment, and site paths under the base. */
import { describe, expect, it } from 'vitest';
import { sitePath } from '../../src/routes/sitePath.ts';
import { DEFAULT_SITE, deployment, normaliseBase } from '../../src/routes/deploy.ts';
import { pageUrl } from '../../src/integrations/precache.mjs';

describe('sitePath()', () => {
  it('puts a site path under the base, with one slash at each join', () => {
    expect(sitePath('/2022/zh/', '/')).toBe('/2022/zh/');
    expect(sitePath('/2022/zh/', '/jinshui-decade/')).toBe('/jinshui-decade/2022/zh/');
    expect(sitePath('2022/figures.csv', 'jinshui-decade')).toBe('/jinshui-decade/2022/figures.csv');
    expect(sitePath('/', '/a/b')).toBe('/a/b/');
  });
  it('is the identity in the default build (base "/")', () => {
    expect(sitePath('/favicon.svg')).toBe('/favicon.svg');
  });
  it('normaliseBase() gives a slash at each end, or "/" alone', () => {
    expect(['', '/', '//', 'x', '/x', 'x/', '/x/', '/x/y//'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/',
      '/x/',
      '/x/',
      '/x/',
      '/x/',
      '/x/y/',
    ]);
  });
});

describe('deployment() from BASE_PATH and SITE', () => {
  it('defaults to the root of the local preview', () => {
    expect(deployment({})).toEqual({ site: DEFAULT_SITE, base: '/' });
    expect(deployment({ BASE_PATH: '', SITE: '' })).toEqual({ site: DEFAULT_SITE, base: '/' });
  });
  it('takes a portal path and a live origin', () => {
    expect(deployment({ BASE_PATH: '/jinshui-decade', SITE: 'https://www.example.gov.cn/' })).toEqual({
      site: 'https://www.example.gov.cn',
      base: '/jinshui-decade/',
    });
  });
  it('refuses a base that is not a plain path, and a site that is not a bare origin', () => {
    expect(() => deployment({ BASE_PATH: 'https://x.cn/a/' })).toThrow(/BASE_PATH/);
    expect(() => deployment({ BASE_PATH: '/a/../b/' })).toThrow(/BASE_PATH/);
    expect(() => deployment({ BASE_PATH: '/a b/' })).toThrow(/BASE_PATH/);
    expect(() => deployment({ SITE: 'www.example.gov.cn' })).toThrow(/SITE/);
    expect(() => deployment({ SITE: 'https://www.example.gov.cn/jinshui/' })).toThrow(/BASE_PATH/);
    expect(() => deployment({ SITE: 'ftp://www.example.gov.cn' })).toThrow(/SITE/);
  });
});

describe('service worker precache URLs', () => {
  it('carry the base, pages by their directory URL', () => {
    expect(pageUrl('2022/zh/economy/index.html', '/jinshui-decade/')).toBe('/jinshui-decade/2022/zh/economy/');
    expect(pageUrl('_astro/a.js', '/jinshui-decade')).toBe('/jinshui-decade/_astro/a.js');
    expect(pageUrl('2022/figures.csv')).toBe('/2022/figures.csv');
  });
});
