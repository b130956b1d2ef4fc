/**
 * One Content-Security-Policy: astro.config.mjs's meta tag, the build's `_headers`
 * and nginx snippet, and the server block in docs/deploying.md all carry CSP_DIRECTIVES.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CSP_DIRECTIVES,
  NGINX_FILE,
  SECURITY_HEADERS,
  headersFile,
  metaPolicy,
  nginxSnippet,
  unionPolicy,
} from '../../src/integrations/securityHeaders.ts';

const STATIC = CSP_DIRECTIVES.join('; ');
const PAGE_A = `${CSP_DIRECTIVES.join(';')}; script-src 'self' 'sha256-b' 'sha256-a'; style-src 'self' 'sha256-s'`;
const PAGE_B = `${CSP_DIRECTIVES.join(';')}; script-src 'self' 'sha256-c' 'sha256-a'; style-src 'self' 'sha256-s'`;
const policy = unionPolicy([PAGE_A, PAGE_B]);

describe('the header policy', () => {
  it('astro.config.mjs takes its meta-tag directives from CSP_DIRECTIVES', async () => {
    const config = (await import('../../astro.config.mjs')).default;
    expect(config.security?.csp && typeof config.security.csp === 'object' ? config.security.csp.directives : undefined).toEqual(
      CSP_DIRECTIVES,
    );
  });

  it("is the pages' directives with the union of their hashes", () => {
    expect(policy).toBe(`${STATIC}; script-src 'self' 'sha256-a' 'sha256-b' 'sha256-c'; style-src 'self' 'sha256-s'`);
  });

  it("is read from a built page's meta tag, entities decoded", () => {
    expect(
      metaPolicy(`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>`),
    ).toBe("default-src 'self'");
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeNull();
  });

  it('_headers carries the policy, the security headers and the cache rules under the base', () => {
    const file = headersFile('/jinshui-decade', policy, ['2022']);
    expect(file).toContain(`/jinshui-decade/*\n  Content-Security-Policy: ${STATIC}; script-src`);
    for (const [name, value] of SECURITY_HEADERS) expect(file).toContain(`\n  ${name}: ${value}\n`);
    expect(file).toContain(`/jinshui-decade/_astro/*\n  Cache-Control: ${CACHE_IMMUTABLE}\n`);
    expect(file).toContain(`/jinshui-decade/2022/sw.js\n  Cache-Control: ${CACHE_REVALIDATE}\n`);
    // No rule outside the base.
    expect(file.split('\n').filter((l) => l.startsWith('/') && !l.startsWith('/jinshui-decade/'))).toEqual([]);
  });

  it('the nginx snippet carries the same policy and headers', () => {
    const conf = nginxSnippet(policy);
    expect(conf).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    for (const [name, value] of SECURITY_HEADERS) expect(conf).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('docs/deploying.md', () => {
  const readme = readFileSync('docs/deploying.md', 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

  it("shows the meta tag's directives as they are in astro.config.mjs", () => {
    expect(readme).toContain(`${STATIC}; script-src 'self' 'sha256-…'; style-src 'self' 'sha256-…'`);
  });

  it('has an nginx server block that includes the generated headers in every location and sets the cache rules', () => {
    expect(nginx).toMatch(/server \{/);
    const locations = nginx
      .split(/\n\s*location /)
      .slice(1)
      .filter((l) => !l.includes('return 404'));
    expect(locations.length).toBeGreaterThanOrEqual(2);
    for (const location of locations) expect(location).toContain(`include /var/www/jinshui-decade/${NGINX_FILE};`);
    expect(nginx).toContain(
      `location /jinshui-decade/_astro/ {\n        include /var/www/jinshui-decade/${NGINX_FILE};\n        add_header Cache-Control "${CACHE_IMMUTABLE}" always;`,
    );
    expect(nginx).toContain(`add_header Cache-Control "${CACHE_REVALIDATE}" always;`);
  });
});
