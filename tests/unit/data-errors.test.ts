import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadEdition } from '../../src/data/load.ts';

// Each case copies the real edition, breaks one thing, and expects an error naming file, field and fix.
let root = '';
function brokenEdition(edit: (dir: string) => void): string {
  root = mkdtempSync(join(tmpdir(), 'jinshui-'));
  cpSync('content/editions/2022', join(root, 'editions/2022'), { recursive: true });
  edit(join(root, 'editions/2022'));
  return root;
}
function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture text "${from}" not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadEdition() on bad content', () => {
  it.each([
    ['a quote that is not in the source', (d: string) => replaceIn(join(d, 'data/prologue.yaml'), '2021年GDP超越1800亿元', '2021年GDP超越1900亿元'), /prologue\.yaml[\s\S]*figures\[id=gdp-2021\]\.quote[\s\S]*fix: copy the sentence exactly/],
    ['a value that no longer matches the source', (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'value: 180000000000', 'value: 18000000000'), /figures\[id=gdp-2021\]\.value[\s\S]*"超越180亿元" but the source writes "超越1800亿元"/],
    ['a misspelt field', (d: string) => replaceIn(join(d, 'data/prologue.yaml'), '    period: "2021"\n    qualifier: { zh: 超越', '    peroid: "2021"\n    qualifier: { zh: 超越'), /figures\[id=gdp-2021\][\s\S]*fix:/],
    ['an unknown unit', (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'unit: rank', 'unit: place'), /figures\[id=top100-rank-2020\]\.unit[\s\S]*fix: use one of: yuan, percent, count, rank, times/],
    ['a stale derived value', (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'value: 140000000000', 'value: 150000000000'), /figures\[id=gdp-2012-doubled\]\.value[\s\S]*fix: set value: 140000000000/],
    ['a series pointing at a missing figure', (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'points: [gdp-2012, gdp-2021]', 'points: [gdp-2012, gdp-2022]'), /series\[id=gdp\]\.points[\s\S]*unknown figure "gdp-2022"/],
    ['broken YAML', (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'figures:', 'figures: ['), /prologue\.yaml[\s\S]*not valid YAML[\s\S]*fix:/],
  ])('loadEdition() stops on %s', (_name, edit, message) => {
    const dir = brokenEdition(edit);
    expect(() => loadEdition('2022', dir)).toThrow(message);
  });

  it('loadEdition() accepts the untouched copy', () => {
    const dir = brokenEdition(() => {});
    expect(loadEdition('2022', dir).figures.size).toBeGreaterThan(10);
  });
});
