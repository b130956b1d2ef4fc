/**
 * The last check of `npm run build`: the words of the built pages, as a reader
 * sees them (chart text, tooltips, tables and handouts included), held to the
 * claim rules of src/rules/claims.ts, with the same messages the chapter
 * checks give: no doubled hedge, no multiple used as a count, and on pages in
 * the source's language no quotation of four characters or more that is not
 * the source's words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../integrations/securityHeaders.ts';
import { builtEditions } from '../integrations/precache.mjs';
import { quotationFindings, readerTextFindings } from '../rules/claims.ts';
import { ContentError } from '../model/errors.ts';
import { readEdition } from '../data/load.ts';
import { SOURCE_LANG } from '../model/schema.ts';

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

/** Every claim problem in the built site under `dist` (its path named relative to `dist`), once per page and problem. */
export function builtTextProblems(dist: string, contentRoot: string): ContentError[] {
  const problems: ContentError[] = [];
  for (const id of builtEditions(dist)) {
    const { edition, sourceText } = readEdition(id, contentRoot);
    for (const lang of edition?.languages ?? []) {
      const dir = join(dist, id, lang);
      for (const file of existsSync(dir) ? htmlFiles(dir) : []) {
        const text = visibleText(readFileSync(file, 'utf8'));
        const findings = [
          ...readerTextFindings(text, lang),
          ...(lang === SOURCE_LANG && sourceText !== undefined ? quotationFindings(text, sourceText) : []),
        ];
        // A handout repeats its chapter's text: one problem per page.
        const seen = new Set<string>();
        for (const f of findings) {
          if (seen.has(f.problem)) continue;
          seen.add(f.problem);
          problems.push(new ContentError(relative(dist, file), 'page text', f.problem, f.fix));
        }
      }
    }
  }
  return problems;
}
