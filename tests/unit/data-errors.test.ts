import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadEdition } from '../../src/data/load.ts';
import { maxDecimals, significantFigures } from '../../src/model/derive.ts';

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
    [
      'a quote that is not in the source',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), '2021年GDP超越1800亿元', '2021年GDP超越1900亿元'),
      /prologue\.yaml[\s\S]*figures\[id=gdp-2021\]\.quote[\s\S]*fix: copy the sentence exactly/,
    ],
    [
      'a value that no longer matches the source',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'value: 180000000000', 'value: 18000000000'),
      /figures\[id=gdp-2021\]\.value[\s\S]*"超越180亿元" but the source writes "超越1800亿元"/,
    ],
    [
      'a misspelt field',
      (d: string) =>
        replaceIn(
          join(d, 'data/prologue.yaml'),
          '    period: "2021"\n    qualifier: { zh: 超越',
          '    peroid: "2021"\n    qualifier: { zh: 超越',
        ),
      /figures\[id=gdp-2021\][\s\S]*fix:/,
    ],
    [
      'an unknown unit',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'unit: rank', 'unit: place'),
      /figures\[id=top100-rank-2020\]\.unit[\s\S]*fix: use one of: yuan, percent, count, rank, times/,
    ],
    [
      'a stale derived value',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'value: 140000000000', 'value: 150000000000'),
      /figures\[id=gdp-2012-doubled\]\.value[\s\S]*fix: set value: 140000000000/,
    ],
    [
      'a series pointing at a missing figure',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'points: [gdp-2012, gdp-2021]', 'points: [gdp-2012, gdp-2022]'),
      /series\[id=gdp\]\.points[\s\S]*unknown figure "gdp-2022"/,
    ],
    [
      'broken YAML',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'figures:', 'figures: ['),
      /prologue\.yaml[\s\S]*not valid YAML[\s\S]*fix:/,
    ],
  ])('loadEdition() stops on %s', (_name, edit, message) => {
    const dir = brokenEdition(edit);
    expect(() => loadEdition('2022', dir)).toThrow(message);
  });
});

// The checks of issue 15: a figure may not claim more than the source says.
const economy = (d: string) => join(d, 'data/economy.yaml');
const buildingsPeriod = '    measure: { zh: 幢, en: buildings }\n    period: { stated: false }\n    label: { zh: 区级税收超千万楼宇';
describe('loadEdition() on figures that claim more than the source', () => {
  it.each([
    // (a) periods need a source
    [
      'a year the source does not give (the 55 buildings dated 2022)',
      (d: string) => replaceIn(economy(d), buildingsPeriod, buildingsPeriod.replace('{ stated: false }', '"2022"')),
      /economy\.yaml:\d+\n  field: figures\[id=buildings-tax-over-10m\]\.period\n  problem: period "2022" names 2022, which is not in the figure's quote\n  fix: add periodQuote: [^\n]*or write period: \{ stated: false \} — shown as 原文未注明年份 — if the source gives no year/,
    ],
    [
      'a span the source does not give (transactions dated 2012–2022)',
      (d: string) =>
        replaceIn(
          economy(d),
          '    period: { stated: false, says: { zh: 近年来, en: in recent years } }\n    periodQuote: "近年来,以科技创新加速度,引领金水区经济社会高质量发展,从成交额由不到1亿元增长至52亿元"\n    qualifier: { zh: 不到',
          '    period: "2012–2022"\n    qualifier: { zh: 不到',
        ),
      /figures\[id=tech-transactions-start\]\.period[\s\S]*period "2012–2022" names 2012, which is not in the figure's quote[\s\S]*fix: add periodQuote/,
    ],
    [
      'a period written as prose',
      (d: string) => replaceIn(economy(d), buildingsPeriod, buildingsPeriod.replace('{ stated: false }', '"起点至2022年"')),
      /figures\[id=buildings-tax-over-10m\]\.period\n  problem: a stated period is a year or a span written "2012–2021" \(en dash\); if the source gives no year, write period: \{ stated: false \}/,
    ],
    [
      'a period object that is neither',
      (d: string) => replaceIn(economy(d), buildingsPeriod, buildingsPeriod.replace('{ stated: false }', '{ stated: true }')),
      /figures\[id=buildings-tax-over-10m\]\.period\n  problem: [^\n]*is not a period\n  fix: write the year or span the source states[^\n]*period: \{ stated: false \}/,
    ],
    [
      'a periodQuote that is not in the source',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'periodQuote: "2021年,作为', 'periodQuote: "2022年,作为'),
      /prologue\.yaml:\d+\n  field: figures\[id=land-share-2021\]\.periodQuote\n  problem: the periodQuote is not a verbatim part of source\.zh\.txt[\s\S]*fix: copy the passage exactly/,
    ],
    [
      'a periodQuote that does not contain the quote',
      (d: string) =>
        replaceIn(
          join(d, 'data/livelihood.yaml'),
          'periodQuote: "2021年新增就业35482人,较2012年的28248人同比增长25.6%"',
          'periodQuote: "2021年新增就业35482人"',
        ),
      /figures\[id=new-jobs-growth-rate\]\.periodQuote\n  problem: the periodQuote does not contain the quote[\s\S]*fix: quote the whole passage/,
    ],
    [
      'a time word that is not in the quote',
      (d: string) => replaceIn(join(d, 'data/prologue.yaml'), 'says: { zh: 今年, en: this year }', 'says: { zh: 目前, en: currently }'),
      /figures\[id=top100-rank-this-year\]\.period\.says\n  problem: the time word "目前" is not in the figure's quote[\s\S]*fix: add periodQuote/,
    ],
    // (b) derived labels make no new claims
    [
      'a derived label naming a year its inputs lack (multiple "2022 ÷ 2012")',
      (d: string) =>
        replaceIn(
          join(d, 'data/economy-derived.yaml'),
          'label: { zh: 各级工程技术研究中心增长后的数量约为起点的倍数（起点年份原文未注明）',
          'label: { zh: 各级工程技术研究中心2022年数量约为2012年的倍数',
        ),
      /economy-derived\.yaml:\d+\n  field: figures\[id=research-centres-multiple\]\.label\.zh\n  problem: names 2022, but none of its inputs \(research-centres-now, research-centres-start\) has that year in its period\n  fix: remove the year/,
    ],
    [
      'a derived note naming a span its inputs lack',
      (d: string) =>
        replaceIn(
          join(d, 'data/economy-derived.yaml'),
          'zh: "起点{research-centres-start}',
          'zh: "2012–2022年，起点{research-centres-start}',
        ),
      /figures\[id=research-centres-multiple\]\.note\.zh\n  problem: names 2012, but none of its inputs/,
    ],
    [
      'a derived period its inputs lack (grid ratio dated 2022)',
      (d: string) =>
        replaceIn(
          join(d, 'data/governance-derived.yaml'),
          '    value: 13\n    unit: times\n    qualifier: { zh: 约, meaning: about }\n    period: { stated: false }',
          '    value: 13\n    unit: times\n    qualifier: { zh: 约, meaning: about }\n    period: "2022"',
        ),
      /governance-derived\.yaml:\d+\n  field: figures\[id=grid-level2-per-level1\]\.period\n  problem: period "2022" names 2022, but none of its inputs \(grid-level2-count, grid-level1-count\) has that year[\s\S]*fix: use the period of its inputs, or period: \{ stated: false \}/,
    ],
    [
      'a quoted figure whose note names a year its quote lacks',
      (d: string) => replaceIn(economy(d), 'zh: "原文只说“近年来”成交额', 'zh: "2012年以来，原文只说“近年来”成交额'),
      /figures\[id=tech-transactions-start\]\.note\.zh\n  problem: names 2012, but it is not in the figure's quote or periodQuote/,
    ],
    // (c) precision
    [
      'a derived value more precise than its inputs (21% ÷ 1.8% as 11.7)',
      (d: string) =>
        replaceIn(
          join(d, 'data/prologue.yaml'),
          '    value: 12\n    unit: times\n    qualifier: { zh: 约, meaning: about }\n    period: "2021"\n    label: { zh: 财政收入占比是国土面积占比的倍数, en: Fiscal-revenue share relative to land share }\n    derived: { method: ratio, inputs: [fiscal-revenue-share-2021, land-share-2021] }\n    precision: 0',
          '    value: 11.7\n    unit: times\n    qualifier: { zh: 约, meaning: about }\n    period: "2021"\n    label: { zh: 财政收入占比是国土面积占比的倍数, en: Fiscal-revenue share relative to land share }\n    derived: { method: ratio, inputs: [fiscal-revenue-share-2021, land-share-2021] }\n    precision: 1',
        ),
      /prologue\.yaml:\d+\n  field: figures\[id=fiscal-revenue-density-ratio-2021\]\.precision\n  problem: stated to 1 decimal place\(s\), which is more significant figures than its least precise input, fiscal-revenue-share-2021 \(written 21: 2 significant figure\(s\)\), supports\n  fix: set precision: 0 and value: 12/,
    ],
    [
      'an upper bound stated to more figures than 52 and 55 allow (0.929)',
      (d: string) =>
        replaceIn(
          join(d, 'data/economy-derived.yaml'),
          '    value: 93000000\n    unit: yuan\n    scale: 亿\n    period: { stated: false }\n    qualifier: { zh: 约, meaning: about }\n    label: { zh: 成交额起点的上限（由“增长超过55倍”推算，“增长”读作增加的部分）, en: "Upper bound of the starting transaction value (implied by “grew over 55 times”, read as the increase)" }\n    derived: { method: baseline-from-growth-multiple, inputs: [tech-transactions-current, tech-transactions-growth-multiple] }\n    precision: 2',
          '    value: 92900000\n    unit: yuan\n    scale: 亿\n    period: { stated: false }\n    qualifier: { zh: 约, meaning: about }\n    label: { zh: 成交额起点的上限（由“增长超过55倍”推算，“增长”读作增加的部分）, en: "Upper bound of the starting transaction value (implied by “grew over 55 times”, read as the increase)" }\n    derived: { method: baseline-from-growth-multiple, inputs: [tech-transactions-current, tech-transactions-growth-multiple] }\n    precision: 3',
        ),
      /figures\[id=tech-transactions-start-upper-bound\]\.precision[\s\S]*least precise input, tech-transactions-current \(written 52: 2 significant figure\(s\)\)[\s\S]*fix: set precision: 2 and value: 93000000/,
    ],
    // a bound pointing the wrong way: 52 ÷ (1 + over 55) is an upper bound
    [
      'an upper bound marked as a lower bound',
      (d: string) =>
        replaceIn(
          join(d, 'data/economy-derived.yaml'),
          '    value: 93000000\n    unit: yuan\n    scale: 亿\n    period: { stated: false }\n    qualifier: { zh: 约, meaning: about }',
          '    value: 93000000\n    unit: yuan\n    scale: 亿\n    period: { stated: false }\n    qualifier: { zh: 超过, meaning: more-than }',
        ),
      /figures\[id=tech-transactions-start-upper-bound\]\.qualifier\n  problem: it is computed from tech-transactions-growth-multiple, so it is an upper bound, but its qualifier says more-than/,
    ],
    // a lower bound on a lower bound
    [
      'twice a lower bound not marked as a lower bound',
      (d: string) =>
        replaceIn(
          join(d, 'data/prologue.yaml'),
          '    period: "2012"\n    qualifier: { zh: 超过, meaning: more-than }\n',
          '    period: "2012"\n',
        ),
      /figures\[id=gdp-2012-doubled\]\.qualifier\n  problem: it scales gdp-2012, which is a bound \("突破", more-than\), so it is a bound too\n  fix: add qualifier/,
    ],
  ])('loadEdition() stops on %s', (_name, edit, message) => {
    const dir = brokenEdition(edit);
    expect(() => loadEdition('2022', dir)).toThrow(message);
  });

  it('loadEdition() accepts the untouched copy', () => {
    const dir = brokenEdition(() => {});
    expect(loadEdition('2022', dir).figures.size).toBeGreaterThan(10);
  });
});

describe('the precision rule (derive.ts)', () => {
  it.each([
    ['1.8', 2],
    ['21', 2],
    ['700', 3],
    ['0.95', 2],
    ['659.65', 5],
    ['236.4', 4],
  ])('significantFigures("%s") is %i', (written, sf) => expect(significantFigures(written)).toBe(sf));
  it.each([
    [11.67, 2, 0],
    [0.9286, 2, 2],
    [2.571, 3, 2],
    [1400, 3, -1],
    [4.467, 3, 2],
  ])('maxDecimals(%d, %i) is %i', (value, sf, decimals) => expect(maxDecimals(value, sf)).toBe(decimals));
});
