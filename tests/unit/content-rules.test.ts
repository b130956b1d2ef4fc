import { CHART_CATALOG } from '../../src/charts/catalog.ts';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NUMBER_ALLOWLIST, bareNumbers, validateChapter } from '../../src/rules/chapter.ts';
import { getEdition, periodYears } from '../../src/data/index.ts';

const { figures, sourceText } = getEdition('2022');
const yearsOf = (id: string) => (figures.has(id) ? periodYears(figures.get(id)!.period) : []);
const chapterFiles = readdirSync('content/editions')
  .flatMap((edition) => ['zh', 'en'].map((lang) => join('content/editions', edition, lang)))
  .flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => join(dir, n));
    } catch {
      return [];
    }
  });

const langOf = (file: string) => (file.split('/').at(-2) === 'en' ? 'en' : 'zh');

describe('chapter content rules', () => {
  it('finds the chapters', () => expect(chapterFiles.length).toBeGreaterThanOrEqual(1));
  it.each(chapterFiles)('%s has no bare statistic outside <Fig>', (file) => {
    expect(bareNumbers(readFileSync(file, 'utf8'), yearsOf, langOf(file))).toEqual([]);
  });
  it.each(chapterFiles)('%s uses only known figures, charts and states', (file) => {
    expect(() => validateChapter(readFileSync(file, 'utf8'), file, figures, langOf(file), sourceText, CHART_CATALOG)).not.toThrow();
  });
});

describe('validateChapter() on bad chapters', () => {
  const ok = '<Scrolly chart="gdp-doubling">\n<Step state="y2012">\n2012年 <Fig id="gdp-2012"/>\n</Step>\n</Scrolly>';
  it('validateChapter() accepts a good chapter', () =>
    expect(() => validateChapter(ok, 'x.mdx', figures, 'zh', sourceText, CHART_CATALOG)).not.toThrow());
  it.each([
    ['an unknown figure id', ok.replace('gdp-2012"/>', 'gdp-2013"/>'), /x\.mdx:3[\s\S]*<Fig id="gdp-2013">[\s\S]*closest: /],
    [
      'an unknown chart',
      ok.replace('chart="gdp-doubling"', 'chart="gdp"'),
      /x\.mdx:1[\s\S]*unknown chart "gdp"[\s\S]*fix: use one of: [^\n]*gdp-doubling/,
    ],
    [
      'an unknown state',
      ok.replace('state="y2012"', 'state="y2013"'),
      /x\.mdx:2[\s\S]*chart "gdp-doubling" has no state "y2013"[\s\S]*fix: use one of: y2012, y2021, doubled/,
    ],
    ['a step outside a scrolly', '<Step state="y2012">hi</Step>', /a <Step> outside any <Scrolly>/],
    [
      'a repeated step id',
      ok.replace('</Scrolly>', '</Scrolly>\n<Scrolly chart="gdp-doubling">\n<Step state="y2012">x</Step>\n</Scrolly>'),
      /x\.mdx:7[\s\S]*step id "step-y2012" is already used on line 2/,
    ],
    [
      'a typed statistic',
      ok.replace('2012年 <Fig id="gdp-2012"/>', '2012年GDP突破700亿元'),
      /x\.mdx:3\n  field: prose\n  problem: 2 number\(s\) in the text that no <Fig> binds: "2012" \(line 3\), "700" \(line 3\)\n  fix: bind each statistic with <Fig id="…"\/>/,
    ],
    // (d) every number in prose is bound through <Fig> or named on the allowlist
    [
      'a year the figure does not have (the 55 buildings "in 2021")',
      ok.replace('2012年 <Fig id="gdp-2012"/>', '2021年，区级税收超千万的楼宇达到<Fig id="buildings-tax-over-10m"/>'),
      /x\.mdx:3\n  field: prose\n  problem: 1 number\(s\) in the text that no <Fig> binds: "2021" \(line 3\)\n  fix: [^\n]*a year is bound only by a <Fig> in the same paragraph whose period is that year[^\n]*NUMBER_ALLOWLIST in src\/rules\/chapter\.ts/,
    ],
    [
      'a span in Chinese numerals ("九年之后")',
      ok.replace('2012年 <Fig id="gdp-2012"/>', '九年之后，<Fig id="gdp-2021"/>'),
      /x\.mdx:3\n  field: prose\n  problem: 1 number\(s\) in the text that no <Fig> binds: "九年" \(line 3\)/,
    ],
    [
      'a year bound only in another paragraph',
      ok.replace('2012年 <Fig id="gdp-2012"/>', '<Fig id="gdp-2012"/>\n\n2012年以来'),
      /x\.mdx:5[\s\S]*"2012" \(line 5\)/,
    ],
  ])('validateChapter() stops on %s', (_name, body, message) => {
    expect(() => validateChapter(body, 'x.mdx', figures, 'zh', sourceText, CHART_CATALOG)).toThrow(message);
  });
  it.each([
    ['2012年到2022年', ['2012', '2022']],
    ['2012年<Fig id="gdp-2012"/>', []],
    ['“5G+全景式智慧政务”', []],
    ['第八批、第四批、四项、十年间', []],
    ['九年之后，第九批，三倍', ['九年', '第九批', '三倍']],
    ['一年一年往前走，翻了一番', []],
    ['增长了16.2%', ['16.2']],
    ['１８００亿元', ['１８００']],
    ['<Fig id="gdp-2021"/>，约2倍', ['2']],
  ])('bareNumbers() in "%s"', (text, expected) => {
    expect(bareNumbers(text, yearsOf).map((b) => b.text)).toEqual(expected);
  });
  it('NUMBER_ALLOWLIST: every name on it is explained on the methodology page', () => {
    // The paragraph that lists the numbers prose may type (it begins 下面这些数字不是统计数字).
    const list = readFileSync('content/editions/2022/zh/05-methodology.mdx', 'utf8')
      .split('\n')
      .find((p) => p.startsWith('下面这些数字不是统计数字'));
    expect(list).toBeDefined();
    for (const entry of NUMBER_ALLOWLIST.filter((e) => !e.lang || e.lang === 'zh')) expect(list, entry.name).toContain(entry.name);
  });
  it('NUMBER_ALLOWLIST: every English name on it is explained on the English methodology page', () => {
    const list = readFileSync('content/editions/2022/en/05-methodology.mdx', 'utf8')
      .split('\n')
      .find((p) => p.startsWith('The following numbers are not statistics'));
    expect(list).toBeDefined();
    for (const entry of NUMBER_ALLOWLIST.filter((e) => e.lang === 'en')) expect(list, entry.name).toContain(entry.name);
  });
});
