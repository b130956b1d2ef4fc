import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatEn, formatZh, getEdition, getFigure, allFigures } from '../../src/data/index.ts';
import { checkLanguages } from '../../src/data/load.ts';
import { STRINGS, strings } from '../../src/i18n/index.ts';
import { GLOSSARY } from '../../src/i18n/glossary.ts';
import { checkTranslations, skeletonOf, translationProblems } from '../../src/rules/translations.ts';
import { formatProblem } from '../../src/model/errors.ts';
import type { Lang } from '../../src/i18n/lang.ts';

/**
 * The source's Chinese, as printed, and the English the site shows for it: real
 * figures of the 2022 edition. 亿元 → billion/million yuan (1800亿元 = 180 billion),
 * 万 → thousands (17.54万 = 175,400), English separators, ranks as ordinals, and
 * every qualifier kept (突破/超越/超过/余 → over, 以上 → at least, 不到 → under, 约 → about).
 */
const CONVERSIONS: [id: string, zh: string, en: string][] = [
  ['gdp-2012', '突破700亿元', 'over 70 billion yuan'],
  ['gdp-2021', '超越1800亿元', 'over 180 billion yuan'],
  ['gdp-2012-doubled', '超过1400亿元', 'over 140 billion yuan'],
  ['key-industries-value-added', '突破1100亿元', 'over 110 billion yuan'],
  ['digital-core-value-added-2021', '162.6亿元', '16.26 billion yuan'],
  ['education-investment', '22.848亿元', '2.2848 billion yuan'],
  ['tech-transactions-current', '52亿元', '5.2 billion yuan'],
  ['tech-transactions-start', '不到1亿元', 'under 100 million yuan'],
  ['tech-transactions-start-upper-bound', '约0.93亿元', 'about 93 million yuan'],
  ['tech-transactions-start-upper-bound-if-multiple', '约0.95亿元', 'about 95 million yuan'],
  ['smart-elderly-care-users', '17.54万余人', 'over 175,400 people'],
  ['after-school-students', '156100余名', 'over 156,100 students'],
  ['after-school-teachers', '11215名', '11,215 teachers'],
  ['city-brain-address-records', '752065条', '752,065 records'],
  ['city-brain-object-records', '116113条', '116,113 records'],
  ['city-brain-organisation-records', '212867条', '212,867 records'],
  ['leading-talents', '突破1300名', 'over 1,300 people'],
  ['tech-enterprises-now', '2339家', '2,339 enterprises'],
  ['above-scale-enterprises', '2388家', '2,388 enterprises'],
  ['new-classes', '1347个', '1,347 classes'],
  ['grid-party-members', '3125名', '3,125 Party members'],
  ['urban-income-2021', '53471元', '53,471 yuan'],
  ['urban-income-2012-doubled', '57648元', '57,648 yuan'],
  ['new-jobs-2021', '35482人', '35,482 people'],
  ['family-doctor-coverage', '80%以上', 'at least 80%'],
  ['high-tech-enterprises-growth-rate', '3186.36%', '3,186.36%'],
  ['research-centres-growth-rate', '659.65%', '659.65%'],
  ['digital-core-growth-2021', '16.2%', '16.2%'],
  ['tech-transactions-growth-multiple', '超过55倍', 'over 55×'],
  ['research-centres-multiple', '约7.6倍', 'about 7.6×'],
  ['urban-income-multiple', '约1.86倍', 'about 1.86×'],
  ['top100-rank-2020', '第26位', '26th'],
  ['top100-rank-2021', '第22位', '22nd'],
  ['building-economy-rank-2022', '第12位', '12th'],
  ['yuanlu-consumption-rank-2021', '第三', '3rd'],
  ['innovation-base-rank', '第二', '2nd'],
  ['digital-core-rank-2021', '首位', '1st'],
  ['district-childcare-guidance-centres', '1家', '1 centre'],
  ['homes-adapted-for-elderly', '315户', '315 households'],
];

describe('unit conversion, Chinese → English, on the real figures', () => {
  it('covers at least 25 conversions', () => expect(CONVERSIONS.length).toBeGreaterThanOrEqual(25));
  it.each(CONVERSIONS)('formatEn(%s): %s → %s', (id, zh, en) => {
    const fig = getFigure(id, '2022');
    expect(formatZh(fig)).toBe(zh);
    expect(formatEn(fig)).toBe(en);
  });
  it.each([
    [{ value: 52700, unit: 'count', scale: '万', measure: { zh: '人', en: 'people' } }, '5.27万人', '52,700 people'],
    [{ value: 180000000000, unit: 'yuan', scale: '亿' }, '1800亿元', '180 billion yuan'],
    [
      { value: 5000000, unit: 'yuan', scale: '万', qualifier: { zh: '约', meaning: 'about', position: 'before' } },
      '约500万元',
      'about 5 million yuan',
    ],
    [{ value: 90, unit: 'percent', qualifier: { zh: '以上', meaning: 'at-least', position: 'after' } }, '90%以上', 'at least 90%'],
  ] as const)('formatEn() on %j', (fig, zh, en) => {
    const f = { numerals: 'arabic', ...fig } as Parameters<typeof formatEn>[0];
    expect(formatZh(f)).toBe(zh);
    expect(formatEn(f)).toBe(en);
  });
  it('every English figure text is free of 万/亿 and Chinese', () => {
    for (const f of allFigures('2022')) expect(formatEn(f), f.id).not.toMatch(/[\u3000-\u9fff]/);
  });
});

/** Keys and kinds of a strings module, recursively: "nav.prev:string", "editionLabel:function/1". */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}:function/${value.length}`];
  if (Array.isArray(value)) return [`${path}:array/${value.length}`];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))
      .sort();
  return [`${path}:${typeof value}`];
}

/** Every string a module can produce, calling functions with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return [String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => (i % 2 ? 7 : 'X'))))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('the language modules (src/i18n)', () => {
  it.each(Object.keys(STRINGS))('strings(%s) has exactly the keys of zh.ts, of the same kinds', (lang) => {
    expect(shape(strings(lang))).toEqual(shape(STRINGS.zh));
  });
  it('strings() on a language without a module stops with the file to write', () => {
    expect(() => strings('fr')).toThrow(/no interface strings for "fr": copy src\/i18n\/en\.ts to src\/i18n\/fr\.ts/);
  });
  it('the translation check reports an edition language without a strings module, with the file, the field and the fix', () => {
    const chapter = { id: '2022/zh/01-economy', data: { slug: 'economy' }, body: '' };
    const lines = translationProblems([chapter], () => ['zh', 'fr' as Lang]).map(formatProblem);
    expect(lines.find((l) => l.includes('fr.ts'))).toMatch(
      /src\/i18n\/fr\.ts[\s\S]*language "fr"[\s\S]*copy src\/i18n\/en\.ts to src\/i18n\/fr\.ts/,
    );
  });
  it('en.ts has no Chinese (its own language name excepted on the Chinese side)', () => {
    for (const s of texts(STRINGS.en)) expect(s).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });
  it('every edition language has a strings module', () => {
    for (const lang of getEdition('2022').edition.languages) expect(() => strings(lang)).not.toThrow();
  });
});

// The English chapters and teacher notes: every English prose file of the edition.
const enChapters = ['content/editions/2022/en', 'content/editions/2022/en/teach'].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => join(dir, n)),
);

describe('the glossary (src/i18n/glossary.ts)', () => {
  it('names every term in every language', () => {
    for (const [id, entry] of Object.entries(GLOSSARY))
      for (const lang of Object.keys(STRINGS)) expect((entry as Record<string, string>)[lang], id).toBeTruthy();
  });
  it('English text never uses a spelling the glossary rules out', () => {
    const corpus = [
      ...enChapters.map((f) => [f, readFileSync(f, 'utf8')] as const),
      ['src/i18n/en.ts', texts(STRINGS.en).join('\n')] as const,
      [
        'data labels',
        allFigures('2022')
          .map((f) => `${f.label.en} ${f.note?.en ?? ''}`)
          .join('\n'),
      ] as const,
    ];
    for (const [id, entry] of Object.entries(GLOSSARY))
      for (const bad of 'avoid' in entry ? entry.avoid : [])
        for (const [file, text] of corpus) expect(text.includes(bad), `${file} uses "${bad}" for ${id}; write "${entry.en}"`).toBe(false);
  });
  it('every <Term id> in a chapter is in the glossary', () => {
    for (const f of enChapters)
      for (const m of readFileSync(f, 'utf8').matchAll(/<Term id="([^"]+)"/g))
        expect(Object.keys(GLOSSARY), `${f}: ${m[1]}`).toContain(m[1]);
  });
});

describe('checkTranslations(): completeness across languages', () => {
  const languagesOf = (edition: string) => getEdition(edition).edition.languages;
  const zhBody = '<Scrolly chart="gdp-doubling">\n<Step state="y2012">\n<Fig id="gdp-2012"/>\n</Step>\n</Scrolly>\n<Fig id="gdp-2021"/>';
  const ch = (lang: string, slug: string, body: string, name = `00-${slug}`) => ({
    id: `2022/${lang}/${name}`,
    filePath: `content/editions/2022/${lang}/${name}.mdx`,
    body,
    data: { slug },
  });
  it('checkTranslations() accepts the real chapters', () => {
    const real = ['zh', 'en'].flatMap((lang) =>
      readdirSync(`content/editions/2022/${lang}`)
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => {
          const body = readFileSync(`content/editions/2022/${lang}/${n}`, 'utf8');
          return { id: `2022/${lang}/${n.replace(/\.mdx$/, '')}`, body, data: { slug: /slug: (\S+)/.exec(body)![1]! } };
        }),
    );
    expect(() => checkTranslations(real, languagesOf)).not.toThrow();
  });
  it.each([
    [
      'a missing English chapter',
      [ch('zh', 'prologue', zhBody)],
      /content\/editions\/2022\/en\/00-prologue\.mdx\n  field: chapter "prologue"\n  problem: the en edition has no chapter with slug "prologue"[\s\S]*fix: translate content\/editions\/2022\/zh\/00-prologue\.mdx into content\/editions\/2022\/en\/00-prologue\.mdx/,
    ],
    [
      'a step left out',
      [ch('zh', 'prologue', zhBody), ch('en', 'prologue', '<Fig id="gdp-2012"/> <Fig id="gdp-2021"/>')],
      /en\/00-prologue\.mdx\n  field: <Scrolly>\/<Step>\n  problem: its steps \(none\) differ from [^\n]*\(gdp-doubling#y2012\)/,
    ],
    [
      'a figure bound in another step',
      [
        ch('zh', 'prologue', zhBody),
        ch(
          'en',
          'prologue',
          zhBody.replace('<Fig id="gdp-2012"/>\n', '').replace(/<Fig id="gdp-2021"\/>$/, '<Fig id="gdp-2021"/><Fig id="gdp-2012"/>'),
        ),
      ],
      /field: <Step state="y2012"> \(gdp-doubling\)\n  problem: binds no figures, but the same step in [^\n]* binds gdp-2012/,
    ],
    [
      'a figure missing',
      [ch('zh', 'prologue', zhBody), ch('en', 'prologue', zhBody.replace(/<Fig id="gdp-2021"\/>$/, ''))],
      /field: <Fig id>\n  problem: figures differ from [^\n]*: missing gdp-2021/,
    ],
    [
      'an English chapter with no Chinese original',
      [ch('zh', 'prologue', zhBody), ch('en', 'prologue', zhBody), ch('en', 'extra', '', '09-extra')],
      /en\/09-extra\.mdx\n  field: slug: extra\n  problem: no zh chapter has the slug "extra"/,
    ],
    [
      'a chapter in a language the edition does not list',
      [
        ch('zh', 'prologue', zhBody),
        ch('en', 'prologue', zhBody),
        { ...ch('en', 'prologue', zhBody), id: '2022/fr/00-prologue', filePath: 'content/editions/2022/fr/00-prologue.mdx' },
      ],
      /fr\/00-prologue\.mdx\n  field: languages\n  problem: a chapter in "fr", which content\/editions\/2022\/edition\.yaml does not list/,
    ],
  ])('checkTranslations() stops on %s', (_name, chapters, message) => {
    expect(() => checkTranslations(chapters, languagesOf)).toThrow(message);
  });
  it('skeletonOf() reads steps, their figures and the chapter figures', () => {
    expect(skeletonOf(zhBody)).toEqual({
      steps: [{ chart: 'gdp-doubling', state: 'y2012', figs: ['gdp-2012'] }],
      figs: ['gdp-2012', 'gdp-2021'],
    });
  });
});

describe('checkLanguages(): the edition speaks every language it lists', () => {
  const edition = getEdition('2022').edition;
  it('checkLanguages() accepts the 2022 edition', () => expect(() => checkLanguages(edition, 'edition.yaml')).not.toThrow());
  it('checkLanguages() stops on a listed language without the source credit', () => {
    expect(() => checkLanguages({ ...edition, source: { ...edition.source, translations: {} } }, 'edition.yaml')).toThrow(
      /edition\.yaml\n  field: source\.translations\.en\n[\s\S]*fix: add source\.translations\.en with title, publisher and byline/,
    );
  });
  it('checkLanguages() stops on a listed language without a title', () => {
    expect(() => checkLanguages({ ...edition, title: { zh: edition.title.zh } }, 'edition.yaml')).toThrow(
      /field: title\.en\n  problem: the edition lists "en" but has no title in it/,
    );
  });
});

describe('downloads carry every language of the edition', () => {
  it('figureRecords() and toCsv() have label, period, text, measure, note and derivation per language', async () => {
    const { figureRecords, toCsv } = await import('../../src/data/exportFigures.ts');
    const records = figureRecords('2022');
    const header = toCsv(records).split('\r\n')[0]!;
    for (const lang of getEdition('2022').edition.languages)
      for (const key of ['label', 'period', 'text', 'measure', 'note', 'derivation'])
        expect(header.split(','), `${key}_${lang}`).toContain(`${key}_${lang}`);
    const gdp = records.find((r) => r.id === 'gdp-2021')!;
    expect(gdp).toMatchObject({ label_zh: '地区生产总值', label_en: 'GDP', text_zh: '超越1800亿元', text_en: 'over 180 billion yuan' });
    expect(records.find((r) => r.id === 'gdp-2012-doubled')).toMatchObject({
      derivation_en: 'over 70 billion yuan × 2',
      derivation_zh: '突破700亿元 × 2',
    });
  });
});
