/**
 * `npm run build`: build the site into a staging folder and put it in place of
 * dist/ only when the build succeeded. A build that fails (bad content, a
 * missing translation…) leaves the last good dist/ exactly as it was, never a
 * half-written site that could be deployed by mistake.
 *
 * Extra arguments go to `astro build` (for example --outDir is not allowed:
 * the output is always dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtTextProblems } from './lintBuilt.ts';
import { contentRoot } from '../data/load.ts';
import { formatProblem } from '../model/errors.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist');
const staging = resolve(root, '.dist-staging');
const previous = resolve(root, '.dist-previous');

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync('npx', ['astro', 'build', '--outDir', staging, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nbuild failed: dist/ was left as it was${existsSync(dist) ? '' : ' (there is none yet)'}. Fix the error above and build again.`,
  );
  process.exit(astro.status ?? 1);
}
// Words are checked like numbers, on what a reader sees: chart text and tables included.
const wordProblems = builtTextProblems(staging, contentRoot());
if (wordProblems.length) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\n${wordProblems.map(formatProblem).join('\n')}\n\nbuild failed: ${wordProblems.length} claim problem(s) in the built pages' text (paths relative to the output); dist/ was left as it was${existsSync(dist) ? '' : ' (there is none yet)'}. Fix the text above and build again.`,
  );
  process.exit(1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log('build done: dist/ replaced');
