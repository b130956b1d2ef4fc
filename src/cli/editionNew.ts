/**
 * `npm run edition:new -- --from 2022 --id 2023 [--root <content dir>]`: scaffold
 * the next edition from an earlier one. It copies the edition folder (chapters in
 * every language, data, the source text), sets the new id and draft: true in
 * edition.yaml, and marks every figure status: unconfirmed, so nothing copied
 * forward can be published until an editor has checked it against the new source.
 *
 * The old source text is kept, not replaced by a placeholder: with it the new
 * draft validates at once, and when the editor pastes the new article over it,
 * `npm run validate` names exactly the quotes the new text no longer contains.
 * A placeholder would instead break every quote at once and hide that list.
 * Refuses to overwrite an existing folder or to copy an edition that does not exist.
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Scalar, YAMLMap, YAMLSeq, parseDocument } from 'yaml';
import { contentRoot, listEditionIds } from '../data/load.ts';

function fail(message: string): never {
  console.error(`edition:new: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { from: { type: 'string' }, id: { type: 'string' }, root: { type: 'string' } } });
const root = values.root ? resolve(values.root) : contentRoot();
const from = values.from;
const id = values.id;
/** Paths as the editor types them: relative inside the project, absolute elsewhere. */
const shown = (path: string) => {
  const r = relative(process.cwd(), path);
  return r.startsWith('..') ? path : r || '.';
};

if (!from || !id) fail("say which edition to copy and the new edition's id: npm run edition:new -- --from 2022 --id 2023");
if (!/^\d{4}$/.test(id)) fail(`"${id}" is not an edition id: an edition id is its year, e.g. --id 2023`);
const known = existsSync(join(root, 'editions')) ? listEditionIds(root) : [];
if (!known.includes(from))
  fail(`there is no edition "${from}" in ${shown(join(root, 'editions'))} to copy (editions: ${known.join(', ') || 'none'})`);
const source = join(root, 'editions', from);
const target = join(root, 'editions', id);
if (existsSync(target))
  fail(`${shown(target)} already exists; choose another id, or delete that folder first if it is a scaffold you no longer want`);

cpSync(source, target, { recursive: true });

/**
 * Adds `key: value` on the line after a mapping's `id:` line, with the same indent, and
 * leaves every other byte of the file as it was (re-serialising would restyle its flow maps).
 */
function insertAfterId(text: string, map: YAMLMap, line: string, edits: { at: number; text: string }[]): void {
  const pair = map.items.find((p) => (p.key as Scalar).value === 'id');
  const key = pair?.key as Scalar | undefined;
  const value = pair?.value as Scalar | undefined;
  if (!key?.range || !value?.range || map.flow) throw new Error('edition:new: every figure must be a block mapping that starts with id:');
  const indent = key.range[0] - text.lastIndexOf('\n', key.range[0]) - 1;
  const end = text.indexOf('\n', value.range[1]);
  edits.push({ at: end < 0 ? text.length : end + 1, text: `${' '.repeat(indent)}${line}\n` });
}

function applyEdits(text: string, edits: { at: number; text: string; remove?: number }[]): string {
  return [...edits].sort((a, b) => b.at - a.at).reduce((t, e) => t.slice(0, e.at) + e.text + t.slice(e.at + (e.remove ?? 0)), text);
}

// edition.yaml: the new id (keeping its quotes, so it stays a string) and draft: true under it.
const editionFile = join(target, 'edition.yaml');
const editionText = readFileSync(editionFile, 'utf8');
const edition = parseDocument(editionText);
const idNode = edition.get('id', true) as Scalar;
const idEdits: { at: number; text: string; remove?: number }[] = [
  { at: idNode.range![0], remove: idNode.range![1] - idNode.range![0], text: JSON.stringify(id) },
];
insertAfterId(editionText, edition.contents as YAMLMap, 'draft: true', idEdits);
writeFileSync(editionFile, applyEdits(editionText, idEdits));

// Every figure: status: unconfirmed, under its id.
let figures = 0;
const dataDir = join(target, 'data');
const dataFiles = readdirSync(dataDir)
  .filter((n) => n.endsWith('.yaml'))
  .sort();
for (const name of dataFiles) {
  const file = join(dataDir, name);
  const text = readFileSync(file, 'utf8');
  const list = parseDocument(text).get('figures', true);
  if (!(list instanceof YAMLSeq)) continue;
  const edits: { at: number; text: string }[] = [];
  for (const item of list.items)
    if (item instanceof YAMLMap) {
      insertAfterId(text, item, 'status: unconfirmed', edits);
      figures++;
    }
  writeFileSync(file, applyEdits(text, edits));
}

const languages = (edition.toJS() as { languages: string[]; source: { file: string } }).languages;
const sourceFile = (edition.toJS() as { source: { file: string } }).source.file;
const chapters = languages.flatMap((lang) =>
  existsSync(join(target, lang)) ? readdirSync(join(target, lang)).filter((n) => n.endsWith('.mdx')) : [],
);
const dir = shown(target);
console.log(`Created draft edition ${id} in ${dir}, copied from ${from}: ${chapters.length} chapters (${languages.join(', ')}), ${dataFiles.length} data files, ${figures} figures marked status: unconfirmed.

Next steps:
  1. Put the ${id} source article in ${dir}/${sourceFile} (it still holds the ${from} text), and in ${dir}/edition.yaml
     set dataVintage and source (title, publisher, byline, date, translations), and replace the changelog copied
     from ${from} with this edition's first release, its date also in published.
  2. Confirm each figure in ${dir}/data/*.yaml against the new source: update quote, written and value,
     then delete its line "status: unconfirmed" (or delete the figure and every <Fig> that shows it).
  3. Edit the chapters in ${languages.map((l) => `${dir}/${l}/`).join(' and ')} (keep each slug, so URLs stay stable),
     and their teacher notes and glossary in each teach/ folder.
  4. npm run validate   lists every problem, and every figure still unconfirmed.
  5. npm run dev        previews the draft at http://127.0.0.1:4321/${id}/${languages[0]}/ with a draft banner;
                        npm run build leaves it out while edition.yaml says draft: true.
  6. To publish: delete the line "draft: true" from ${dir}/edition.yaml, then npm run validate and npm run build.`);
