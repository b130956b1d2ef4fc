/**
 * The claim rules (src/rules/claims.ts) and the build's last check of the built
 * pages' words (src/cli/lintBuilt.ts), on small texts written here.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVerbatim, quotationFindings, readerTextFindings, translatedQuoteFindings } from '../../src/rules/claims.ts';
import { builtTextProblems, visibleText } from '../../src/cli/lintBuilt.ts';
import { formatProblem } from '../../src/model/errors.ts';
import { claimProblems, type FigurePeriods } from '../../src/rules/chapter.ts';

const SOURCE = '2021年GDP超越1800亿元,不到十年,金水GDP翻了\n\n一番,挥笔写就了高位跨越。“平台+产业”同契合,构建创新载体。';

describe('quotations of the source', () => {
  it("are verbatim across the source's broken lines, with full-width punctuation and inner ‘’ read as the source writes them", () => {
    expect(isVerbatim('不到十年，金水GDP翻了一番。', SOURCE)).toBe(true);
    expect(isVerbatim('‘平台+产业’同契合，构建创新载体', SOURCE)).toBe(true);
    expect(isVerbatim('不到十年……挥笔写就', SOURCE)).toBe(true);
  });
  it("fail when a word differs, or when parts joined by …… are out of the source's order", () => {
    expect(isVerbatim('不到十年，金水GDP翻了两番', SOURCE)).toBe(false);
    expect(isVerbatim('挥笔写就……不到十年', SOURCE)).toBe(false);
  });
  it('quotationFindings() names a quotation of four characters or more that the source lacks, and leaves short words alone', () => {
    const found = quotationFindings('原文说“最大的民生”，又说“突破”。', SOURCE);
    expect(found.map((f) => f.problem)).toEqual(["“最大的民生” is in quotation marks but is not the source's words"]);
  });
});

describe('what a reader sees', () => {
  it('a hedge said twice around one figure is found, in Chinese and English', () => {
    expect(readerTextFindings('现在为起点的约为约7.6倍。', 'zh')).toHaveLength(1);
    expect(readerTextFindings('today is about about 7.6× the start', 'en')).toHaveLength(1);
    expect(readerTextFindings('现在为起点的约7.6倍。', 'zh')).toHaveLength(0);
    // Any two hedge words, not only the same one twice; the English ones are the formatter's.
    expect(readerTextFindings('GDP超过突破700亿元', 'zh')).toHaveLength(1);
    expect(readerTextFindings('about over 3×', 'en')).toHaveLength(1);
  });
  it('a multiple used as a count is found; a multiple compared is not', () => {
    expect(readerTextFindings('每个一级网格平均约有13倍二级网格。', 'zh').map((f) => f.problem)).toEqual([
      'a multiple used as a count: “13倍二级网格。”',
    ]);
    expect(readerTextFindings('二级网格的个数为一级的约13倍。增长超过55倍读作增加的部分。', 'zh')).toHaveLength(0);
    expect(readerTextFindings('增长7.6倍后达到433家，是7.6倍水平。', 'zh')).toHaveLength(0);
  });
});

describe('translated quotations', () => {
  it("need <Quote zh> with the source's words, and three words or more in curly quotes outside it are reported", () => {
    expect(translatedQuoteFindings('<Quote zh="不到十年,金水GDP翻了一番">In under ten years, GDP doubled.</Quote>', SOURCE)).toEqual([]);
    expect(translatedQuoteFindings('<Quote zh="不到十年,金水GDP翻了两番">x</Quote>', SOURCE)[0]!.problem).toContain("not the source's");
    expect(translatedQuoteFindings('It says “In under ten years, GDP doubled.”', SOURCE)[0]!.problem).toContain(
      "quoted without the source's words",
    );
    expect(translatedQuoteFindings('written “over”', SOURCE)).toEqual([]);
  });
});

describe('the built pages', () => {
  it('visibleText() drops scripts and tags and decodes entities', () => {
    expect(visibleText('<p>a&amp;b</p><script>约为约1</script><text>c</text>')).toBe('a&b\nc\n');
  });
  it("builtTextProblems() reports a doubled hedge in a chart's SVG text and an unquotable quotation on a Chinese page, once per page", () => {
    const root = mkdtempSync(join(tmpdir(), 'lint-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, '2022/zh/prologue'), { recursive: true });
    // The small good edition (its edition.yaml names the source the quotations are checked against).
    cpSync(join(import.meta.dirname, '../fixtures/good/basic'), join(root, 'content'), { recursive: true });
    writeFileSync(
      join(dist, '2022/zh/prologue/index.html'),
      '<svg><text>两端之比约为约3倍</text></svg><p>“金水区最好的十年”</p><p>又约为约3倍</p>',
    );
    const lines = builtTextProblems(dist, join(root, 'content')).map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2022\/zh\/prologue\/index\.html: page text: a hedge said twice/);
    expect(lines[1]).toContain("“金水区最好的十年” is in quotation marks but is not the source's words");
  });
});

describe('a step that opens by naming the district around a figure whose subject the source leaves open', () => {
  const figures = new Map([
    ['rank', { period: '2022', derived: false }],
    [
      'open',
      {
        id: 'open',
        value: 7.6,
        unit: 'times',
        numerals: 'arabic',
        period: '2022',
        label: { zh: 'x', en: 'x' },
        derived: { method: 'ratio', inputs: ['a', 'b'] },
        precision: 1,
        qualifier: { zh: '约', meaning: 'about', position: 'before' },
        subject: 'unstated',
      },
    ],
  ]) as unknown as FigurePeriods;
  const step = (text: string) => `<Scrolly chart="building-economy">\n<Step state="rank">\n\n${text}\n\n</Step>\n</Scrolly>`;
  it('is reported even when the figure has a decimal point before the district is named', () => {
    const problems = claimProblems(step('**一项名次。** 数量为起点的<Fig id="open"/>，是金水区的。'), 'x.mdx', figures, 'zh', SOURCE);
    expect(problems.map((p) => p.field)).toEqual(['<Step state="rank">']);
  });
  it('is not reported when the district is named only later in the step', () => {
    expect(
      claimProblems(step('**一项名次。** 原文没有写主语。\n\n居<Fig id="open"/>。后文说到金水区。'), 'x.mdx', figures, 'zh', SOURCE),
    ).toEqual([]);
  });
});
