#!/usr/bin/env node
/**
 * Prints the script-src hashes of the built site's Content-Security-Policy in the
 * form tests/slow/csp.test.ts pins them, to paste over its PINNED_SCRIPT_HASHES
 * after a deliberate change to the site's scripts:
 *
 *   npm run build && node tests/slow/print-csp-hashes.mjs [dist]
 *
 * Plain JavaScript, so it runs without the TypeScript loader; csp.test.ts imports
 * the same readers, so the test and this script cannot disagree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every built HTML file under dist, as a path relative to it ("2022/zh/prologue/index.html"). */
export function htmlFiles(dist = 'dist') {
  /** @type {string[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(dist, path));
    }
  };
  walk(dist);
  return out.sort();
}

/** @param {string} s */
const decode = (s) =>
  s
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * The content of each <meta http-equiv="content-security-policy"> in a page (normally exactly one).
 * @param {string} html
 * @returns {string[]}
 */
export function metaPolicies(html) {
  /** @type {string[]} */
  const out = [];
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    out.push(decode(content?.[1] ?? content?.[2] ?? ''));
  }
  return out;
}

/**
 * A policy as directive name → its source list: "script-src 'self' 'sha256-…'" → { 'script-src': ["'self'", "'sha256-…'"] }.
 * @param {string} policy
 * @returns {Record<string, string[]>}
 */
export function directives(policy) {
  /** @type {Record<string, string[]>} */
  const out = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

/**
 * The sha256 hashes a policy allows scripts by, without quotes: "sha256-…=".
 * @param {string} policy
 * @returns {string[]}
 */
export function scriptHashes(policy) {
  return (directives(policy)['script-src'] ?? []).map((s) => s.replace(/^'|'$/g, '')).filter((s) => s.startsWith('sha256-'));
}

/** page → its policies, for every built page. */
export function sitePolicies(dist = 'dist') {
  return htmlFiles(dist).map((page) => ({ page, policies: metaPolicies(readFileSync(join(dist, page), 'utf8')) }));
}

/** The sorted, de-duplicated script-src hashes of every page. */
export function siteScriptHashes(dist = 'dist') {
  return [...new Set(sitePolicies(dist).flatMap(({ policies }) => policies.flatMap(scriptHashes)))].sort();
}

/**
 * The pin as it is written in csp.test.ts.
 * @param {string[]} hashes
 */
export function formatPin(hashes) {
  return `const PINNED_SCRIPT_HASHES = [\n${hashes.map((h) => `  '${h}',`).join('\n')}\n];`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  const hashes = siteScriptHashes(dist);
  console.log(`// ${hashes.length} script-src hashes over ${htmlFiles(dist).length} pages of ${dist}/`);
  console.log(formatPin(hashes));
}
