/**
 * The built site's Content-Security-Policy (dist/, from `npm run build`): every
 * page carries one strict policy, and the script hashes it allows are pinned
 * here, so that a change to them — a new or edited inline script, a different
 * bundle — is a deliberate one, reviewed, and never slips in with another change.
 *
 * When this test fails on the hashes after a deliberate change (or after merging
 * branches that change scripts):
 *   1. review what changed in the inline and bundled scripts
 *      (src/layouts/prepaint.ts, <script> tags in components and layouts, src/client/);
 *   2. print the current list and paste it over PINNED_SCRIPT_HASHES below:
 *        npm run build && node tests/slow/print-csp-hashes.mjs
 *   3. say in the commit message which script changed and why.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREPAINT_HASH } from '../../src/layouts/prepaint.ts';
import { directives, formatPin, htmlFiles, siteScriptHashes, sitePolicies, scriptHashes } from './print-csp-hashes.mjs';

const DIST = 'dist';

// Pinned on 2026-12-02 from a build of issue-14b (main at 8c29e09 + random-content tests);
// 2026-12-07: the data page's script and the pre-paint script changed (issue 9, start-up).
const PINNED_SCRIPT_HASHES = [
  'sha256-0chmwFk0zaA528yFfGV7J9ppIpdfTPPULncDF3WG7Zs=',
  'sha256-1vlHaiK09YV+j4FmFnXxoLPqbLqz/LNFvwEZA625K8g=', // the offline note: registers the edition's service worker (src/components/OfflineNote.astro)
  'sha256-48FsaEoe7znn0VtyspSkrVd38ND0p4WP1/D2QDyzZSU=',
  'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw=',
  'sha256-Q2BPg90ZMplYY+FSdApNErhpWafg2hcRRbndmvxuL/Q=',
  'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=',
  'sha256-SHXg3YtOAVshUMT3f+eElYDgbV0kaujWj8DSaXSS4Vs=',
  'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U=',
  'sha256-eIXWvAmxkr251LJZkjniEK5LcPF3NkapbJepohwYRIc=',
  'sha256-qIQOMwLgiFu5z5XK1BpRWSUJSdZIA3U7JyDhEok6+DE=', // the pre-paint script (src/layouts/prepaint.ts)
  'sha256-y7CyXb8F+0oxcPp+39lNGRAoLHfvEPAYSLbLjIQ6tDs=', // the data page's sort and filter (src/client/dataTable.ts)
];

describe('the built site\u2019s Content-Security-Policy', () => {
  if (!existsSync(DIST)) throw new Error('no dist/: run `npm run build` first');
  const pages = sitePolicies(DIST);

  it('every built HTML page carries exactly one CSP <meta>', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.policies.length !== 1).map((p) => `${p.page}: ${p.policies.length} policies`)).toEqual([]);
  });

  it("every policy has default-src 'self' and allows no 'unsafe-inline' or 'unsafe-eval'", () => {
    const problems: string[] = [];
    for (const { page, policies } of pages)
      for (const policy of policies) {
        const d = directives(policy);
        if ((d['default-src'] ?? []).join(' ') !== "'self'")
          problems.push(`${page}: default-src is "${(d['default-src'] ?? []).join(' ')}", not 'self'`);
        if (!d['script-src']) problems.push(`${page}: no script-src`);
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*'])
          for (const [name, sources] of Object.entries(d)) if (sources.includes(bad)) problems.push(`${page}: ${name} allows ${bad}`);
      }
    expect(problems).toEqual([]);
  });

  it('the script-src hashes of all pages are the pinned list', () => {
    const now = siteScriptHashes(DIST);
    const added = now.filter((h) => !PINNED_SCRIPT_HASHES.includes(h));
    const removed = PINNED_SCRIPT_HASHES.filter((h) => !now.includes(h));
    const message = [
      `The CSP script hashes changed (${added.length} new, ${removed.length} gone, over ${htmlFiles(DIST).length} pages).`,
      ...added.map((h) => `  new:  '${h}'`),
      ...removed.map((h) => `  gone: '${h}'`),
      'Review the changed inline and bundled scripts first; if the change is deliberate, replace the pin in tests/slow/csp.test.ts with:',
      '',
      formatPin(now),
      '',
      '(printed by: npm run build && node tests/slow/print-csp-hashes.mjs)',
    ].join('\n');
    expect(added.length + removed.length, message).toBe(0);
    expect(now).toEqual([...PINNED_SCRIPT_HASHES].sort());
  });

  it('the pin includes the inline pre-paint script\u2019s hash, and every page allows it', () => {
    expect(PINNED_SCRIPT_HASHES).toContain(PREPAINT_HASH);
    expect(pages.filter((p) => !p.policies.some((policy) => scriptHashes(policy).includes(PREPAINT_HASH))).map((p) => p.page)).toEqual([]);
  });
});
