import { describe, expect, it } from 'vitest';
import { formatEn, formatZh, formatYuanShort, groupThousands, ordinal } from '../../src/model/format.ts';
import type { Figure } from '../../src/model/schema.ts';

type F = Pick<Figure, 'value' | 'unit' | 'measure' | 'scale' | 'numerals' | 'qualifier'>;
const more = (zh: string, position: 'before' | 'after' = 'before') => ({ zh, meaning: 'more-than' as const, position });
const people = { zh: '人', en: 'people' };

// Expected strings are written by hand from the source article and GB/T 15835, not produced by the code.
describe.each<[string, F, string, string]>([
  [
    'GDP 2012',
    { value: 7e10, unit: 'yuan', scale: '亿', numerals: 'arabic', qualifier: more('突破') },
    '突破700亿元',
    'over 70 billion yuan',
  ],
  [
    'GDP 2021',
    { value: 1.8e11, unit: 'yuan', scale: '亿', numerals: 'arabic', qualifier: more('超越') },
    '超越1800亿元',
    'over 180 billion yuan',
  ],
  ['digital economy', { value: 1.626e10, unit: 'yuan', scale: '亿', numerals: 'arabic' }, '162.6亿元', '16.26 billion yuan'],
  ['education investment', { value: 2.2848e9, unit: 'yuan', scale: '亿', numerals: 'arabic' }, '22.848亿元', '2.2848 billion yuan'],
  [
    'tech transactions start',
    { value: 1e8, unit: 'yuan', scale: '亿', numerals: 'arabic', qualifier: { zh: '不到', meaning: 'less-than', position: 'before' } },
    '不到1亿元',
    'under 100 million yuan',
  ],
  ['income', { value: 53471, unit: 'yuan', numerals: 'arabic' }, '53471元', '53,471 yuan'],
  [
    'elderly platform',
    { value: 175400, unit: 'count', scale: '万', measure: people, numerals: 'arabic', qualifier: more('余', 'after') },
    '17.54万余人',
    'over 175,400 people',
  ],
  [
    'students',
    { value: 156100, unit: 'count', measure: { zh: '名', en: 'students' }, numerals: 'arabic', qualifier: more('余', 'after') },
    '156100余名',
    'over 156,100 students',
  ],
  ['records', { value: 752065, unit: 'count', measure: { zh: '条', en: 'records' }, numerals: 'arabic' }, '752065条', '752,065 records'],
  [
    'family doctors',
    { value: 80, unit: 'percent', numerals: 'arabic', qualifier: { zh: '以上', meaning: 'at-least', position: 'after' } },
    '80%以上',
    'at least 80%',
  ],
  ['land share', { value: 1.8, unit: 'percent', numerals: 'arabic' }, '1.8%', '1.8%'],
  ['growth rate', { value: 3186.36, unit: 'percent', numerals: 'arabic' }, '3186.36%', '3,186.36%'],
  ['rank 22', { value: 22, unit: 'rank', numerals: 'arabic' }, '第22位', '22nd'],
  ['rank 2 in hanzi', { value: 2, unit: 'rank', numerals: 'hanzi' }, '第二', '2nd'],
  ['first place', { value: 1, unit: 'rank', numerals: 'shou' }, '首位', '1st'],
  ['multiple', { value: 55, unit: 'times', numerals: 'arabic', qualifier: more('超过') }, '超过55倍', 'over 55×'],
])('formatZh()/formatEn() of %s', (_name, fig, zh, en) => {
  it(`formatZh() writes ${zh}`, () => expect(formatZh(fig)).toBe(zh));
  it(`formatEn() writes ${en}`, () => expect(formatEn(fig)).toBe(en));
});

describe('number helpers', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [26, '26th'],
    [101, '101st'],
  ])('ordinal(%i) is %s', (n, s) => expect(ordinal(n)).toBe(s));
  it('groupThousands() groups only the integer part', () => {
    expect(groupThousands(1234567.891)).toBe('1,234,567.891');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(180_000_000_000)).toBe('180,000,000,000');
    expect(groupThousands(0.1 + 0.2)).toBe('0.3');
    expect(groupThousands(-1234.5)).toBe('−1,234.5');
    expect(groupThousands(1000)).toBe('1,000');
  });
  it('formatYuanShort() uses 亿 in Chinese and billions in English', () => {
    expect(formatYuanShort(1.4e11, 'zh')).toBe('1400亿');
    expect(formatYuanShort(1.4e11, 'en')).toBe('140bn');
  });
  it('formatZh() refuses hanzi ranks it cannot write', () => {
    expect(() => formatZh({ value: 12, unit: 'rank', numerals: 'hanzi' })).toThrow(/1–10/);
  });
});

describe('formatEn() singulars', () => {
  it('formatEn() uses measure.enOne for a count of one', () => {
    const centres = { zh: '家', en: 'centres', enOne: 'centre' };
    expect(formatEn({ value: 1, unit: 'count', numerals: 'arabic', measure: centres })).toBe('1 centre');
    expect(formatEn({ value: 11, unit: 'count', numerals: 'arabic', measure: centres })).toBe('11 centres');
  });
});
