/**
 * Where the built site will live, from two environment variables, so an office
 * deploys under its own portal without editing code:
 *   BASE_PATH=/jinshui-decade/  → Astro's `base`: every link, download, script and
 *                                  service worker is under that path (src/routes/sitePath.ts).
 *   SITE=https://www.example.gov.cn → Astro's `site`: the origin of canonical links,
 *                                  hreflang, the sitemap and the handouts' QR codes.
 * A mistyped value stops the build with the reason, rather than publishing a site
 * whose links all point somewhere else.
 */

/** '/x', 'x/', '/x/' → '/x/'; '' and '/' → '/'. */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

export const DEFAULT_SITE = 'http://127.0.0.1:4321';

export interface Deployment {
  site: string;
  base: string;
}

export function deployment(env: Record<string, string | undefined>): Deployment {
  const rawBase = env['BASE_PATH']?.trim() || '/';
  // Path segments of plain URL characters only: no scheme, host, query, '..' or spaces.
  if (!/^[A-Za-z0-9._~/-]*$/.test(rawBase) || rawBase.split('/').some((s) => s === '..' || s === '.'))
    throw new Error(
      `BASE_PATH="${rawBase}": write the path the site is served under, like /jinshui-decade/ (letters, digits, . _ ~ - and /)`,
    );
  const site = env['SITE']?.trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE="${site}": write the live origin, like https://www.example.gov.cn`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE="${site}": write only the origin (https://host); a path goes in BASE_PATH`);
  return { site: url.origin, base: normaliseBase(rawBase) };
}
