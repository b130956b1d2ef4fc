/**
 * `npm run validate [-- --root <content dir>]`: check every edition and every
 * language without building — the checks the build runs, from the same code
 * (src/validate/index.ts), so both say the same thing in the same words.
 * Prints every problem, one per line (file:line: field: problem — fix), and exits
 * 1 if there is any; otherwise one "ok" line. Figures still unconfirmed in a draft
 * are listed as the editor's worklist, without failing.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportLines, validateContent } from '../validate/index.ts';
import { contentRoot } from '../data/load.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = values.root ? resolve(values.root) : contentRoot();
if (!existsSync(join(root, 'editions'))) {
  console.error(`validate: ${root} has no editions/ folder; give the content root (the folder that holds editions/), e.g. --root content`);
  process.exit(2);
}

const report = validateContent(root);
// From the start of the process: what the editor waits for, Node's start-up included.
const seconds = process.uptime().toFixed(2);
const shown = relative(process.cwd(), root);
const { lines, ok } = reportLines(report, shown.startsWith('..') ? root : shown || '.', seconds);
console.log(lines.join('\n'));
process.exitCode = ok ? 0 : 1;
