import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareNumbers, validateChapter } from '../../src/content/validateChapter.ts';
import { getEdition } from '../../src/data/index.ts';

const figureIds = new Set(getEdition('2022').figures.keys());
const chapterFiles = readdirSync('content/editions')
  .flatMap((edition) => ['zh', 'en'].map((lang) => join('content/editions', edition, lang)))
  .flatMap((dir) => {
    try {
      return readdirSync(dir).filter((n) => n.endsWith('.mdx')).map((n) => join(dir, n));
    } catch {
      return [];
    }
  });

describe('chapter content rules', () => {
  it('finds the chapters', () => expect(chapterFiles.length).toBeGreaterThanOrEqual(1));
  it.each(chapterFiles)('%s has no bare statistic outside <Fig>', (file) => {
    expect(bareNumbers(readFileSync(file, 'utf8'))).toEqual([]);
  });
  it.each(chapterFiles)('%s uses only known figures, charts and states', (file) => {
    expect(() => validateChapter(readFileSync(file, 'utf8'), file, figureIds)).not.toThrow();
  });
});

describe('validateChapter() on bad chapters', () => {
  const ok = '<Scrolly chart="gdp-doubling">\n<Step state="y2012">\n2012年 <Fig id="gdp-2012"/>\n</Step>\n</Scrolly>';
  it('validateChapter() accepts a good chapter', () => expect(() => validateChapter(ok, 'x.mdx', figureIds)).not.toThrow());
  it.each([
    ['an unknown figure id', ok.replace('gdp-2012"/>', 'gdp-2013"/>'), /x\.mdx:3[\s\S]*<Fig id="gdp-2013">[\s\S]*closest: /],
    ['an unknown chart', ok.replace('chart="gdp-doubling"', 'chart="gdp"'), /x\.mdx:1[\s\S]*unknown chart "gdp"[\s\S]*fix: use one of: [^\n]*gdp-doubling/],
    ['an unknown state', ok.replace('state="y2012"', 'state="y2013"'), /x\.mdx:2[\s\S]*chart "gdp-doubling" has no state "y2013"[\s\S]*fix: use one of: y2012, y2021, doubled/],
    ['a step outside a scrolly', '<Step state="y2012">hi</Step>', /a <Step> outside any <Scrolly>/],
    ['a repeated step id', ok.replace('</Scrolly>', '</Scrolly>\n<Scrolly chart="gdp-doubling">\n<Step state="y2012">x</Step>\n</Scrolly>'), /x\.mdx:7[\s\S]*step id "step-y2012" is already used on line 2/],
    ['a typed statistic', ok.replace('2012年 <Fig id="gdp-2012"/>', '2012年GDP突破700亿元'), /bare number "700"[\s\S]*fix: bind it/],
  ])('validateChapter() stops on %s', (_name, body, message) => {
    expect(() => validateChapter(body, 'x.mdx', figureIds)).toThrow(message);
  });
  it.each([
    ['2012年到2022年', []],
    ['“5G+全景式智慧政务”', []],
    ['增长了16.2%', ['16.2']],
    ['１８００亿元', ['１８００']],
    ['<Fig id="gdp-2021"/>，约2倍', ['2']],
  ])('bareNumbers() in "%s"', (text, expected) => {
    expect(bareNumbers(text).map((b) => b.text)).toEqual(expected);
  });
});
