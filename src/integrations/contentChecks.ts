/**
 * The build's one content check: before any page is rendered, every rule in
 * src/rules/ runs over the content the build publishes, through the same runner
 * as `npm run validate` (src/validate/), and any problem stops the build with
 * the same lines: file:line: field: problem — fix. Pages render checked content
 * and check nothing themselves. In the dev server a content edit is checked
 * again and its problems are printed.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../data/load.ts';
import { assertNoProblems, formatProblem } from '../model/errors.ts';
import { buildProblems } from '../validate/index.ts';

export function contentChecks(): AstroIntegration {
  return {
    name: 'jinshui:content-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview') return;
        try {
          assertNoProblems(buildProblems(contentRoot(), { drafts: command === 'dev' }));
        } catch (error) {
          // An editor needs the problems, not where in our code they were found: no stack trace.
          if (error instanceof Error) error.stack = error.message;
          throw error;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentRoot());
        server.watcher.on('change', (file) => {
          if (!file.startsWith(root)) return;
          const problems = buildProblems(root, { drafts: true });
          if (problems.length) logger.error(`\n${problems.map(formatProblem).join('\n')}`);
          else logger.info('content checked: no problems');
        });
      },
    },
  };
}
