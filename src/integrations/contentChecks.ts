/**
 * The build's one content check: before any page is rendered, every rule in
 * src/rules/ runs over the content the build publishes, through the same runner
 * as `npm run validate` (src/validate/), and any problem stops the build with
 * the same lines: file:line: field: problem — fix. Pages render checked content
 * and check nothing themselves. The dev server lists the problems instead of
 * refusing to start, and checks again on every content edit.
 */
import { resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentRoot } from '../data/load.ts';
import { assertNoProblems, formatProblem } from '../model/errors.ts';
import { buildProblems } from '../validate/index.ts';

/** The dev server's report: every problem of every edition, drafts included, or one line saying there is none. */
function report(logger: AstroIntegrationLogger): void {
  const problems = buildProblems(contentRoot(), { drafts: true });
  if (problems.length) logger.error(`\n${problems.map(formatProblem).join('\n')}`);
  else logger.info('content checked: no problems');
}

export function contentChecks(): AstroIntegration {
  return {
    name: 'jinshui:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        if (command === 'dev') {
          // The dev server starts anyway (an editor fixes content while looking at it); the problems are listed.
          report(logger);
          return;
        }
        try {
          assertNoProblems(buildProblems(contentRoot(), { drafts: false }));
        } catch (error) {
          // An editor needs the problems, not where in our code they were found: no stack trace.
          if (error instanceof Error) error.stack = error.message;
          throw error;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentRoot());
        const recheck = (file: string): void => {
          if (file.startsWith(root)) report(logger);
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
