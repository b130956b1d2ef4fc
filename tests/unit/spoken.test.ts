import { describe, expect, test } from 'vitest';
import { integerZh, numberZh, spoken, spokenZh } from '../../src/client/reader/spoken.ts';
import { voiceFits } from '../../src/client/reader/readAloud.ts';

describe('spokenZh()', () => {
  test.each([
    ['超越1800亿元', '超越一千八百亿元'],
    ['17.54万', '十七点五四万'],
    ['2012年到2022年', '二〇一二年到二〇二二年'],
    ['增长12.5%', '增长百分之十二点五'],
    ['3.5倍', '三点五倍'],
    ['1,800', '一千八百'],
  ])('spokenZh("%s") reads "%s"', (text, out) => {
    expect(spokenZh(text)).toBe(out);
  });
});

describe('integerZh()', () => {
  test.each([
    [0, '零'],
    [10, '十'],
    [15, '十五'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [1347, '一千三百四十七'],
    [20000, '二万'],
    [120000, '十二万'],
    [100010000, '一亿零一万'],
    [1000000000, '十亿'],
  ])('integerZh(%i) is %s', (n, out) => {
    expect(integerZh(n)).toBe(out);
  });
  test('numberZh() reads decimals digit by digit', () => {
    expect(numberZh('22.848')).toBe('二十二点八四八');
  });
});

describe('spoken()', () => {
  test('spoken() leaves English numerals to the speech engine', () => {
    expect(spoken('  over 180   billion yuan ', 'en')).toBe('over 180 billion yuan');
  });
  test('spoken() spells out Chinese', () => {
    expect(spoken('超越1800亿元', 'zh-CN')).toBe('超越一千八百亿元');
  });
});

describe('voiceFits()', () => {
  test.each([
    ['zh-CN', 'zh-CN', true],
    ['zh_CN', 'zh-CN', true],
    ['zh-TW', 'zh-CN', false],
    ['zh-HK', 'zh-CN', false],
    ['en-US', 'zh-CN', false],
    ['en-GB', 'en', true],
    ['zh-CN', 'en', false],
  ])('voiceFits("%s", "%s") is %s', (voice, page, fits) => {
    expect(voiceFits(voice, page)).toBe(fits);
  });
});
