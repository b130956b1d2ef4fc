/**
 * The last check of `npm run build`: the words of the built pages, as a reader
 * sees them (chart text, tooltips, tables and handouts included), held to the
 * claim rules of src/content/claims.ts, the same rules and messages the chapter
 * checks use: no doubled hedge, no multiple used as a count, and on Chinese pages
 * no quotation of four characters or more that is not the source's words.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { quotationFindings, readerTextFindings } from '../content/claims.ts';
import type { Lang } from '../data/schema.ts';

/** A page's visible text: scripts, styles and tags removed, block ends as line breaks, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|li|td|th|h[1-6]|div|figcaption|caption|dt|dd|title|text|tspan|button)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Every finding in the built site under `dist`, one line each (file: problem — fix). */
export function builtTextProblems(dist: string, contentRoot: string): string[] {
  const lines: string[] = [];
  for (const edition of readdirSync(dist).filter((n) => /^\d{4}$/.test(n))) {
    const sourceFile = join(contentRoot, 'editions', edition, 'source.zh.txt');
    const source = existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : undefined;
    for (const lang of ['zh', 'en'] as Lang[]) {
      const dir = join(dist, edition, lang);
      if (!existsSync(dir)) continue;
      for (const file of htmlFiles(dir)) {
        const text = visibleText(readFileSync(file, 'utf8'));
        const findings = [...readerTextFindings(text, lang), ...(lang === 'zh' && source ? quotationFindings(text, source) : [])];
        // One line per distinct problem in a page: a handout repeats a chapter's text.
        for (const problem of new Set(findings.map((f) => `${f.problem} — ${f.fix}`))) lines.push(`${relative(join(dist, '..'), file)}: ${problem}`);
      }
    }
  }
  return lines;
}
