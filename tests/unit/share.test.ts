/**
 * Share images (src/views/share): which font files a card's text needs, what the cards
 * say (figures from the data module, never typed), and the headline-figure check
 * that stops the build and `npm run validate` with the same message.
 * The built PNGs themselves are checked in tests/slow/share.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { facesFor, fontFacesOf, parseUnicodeRange } from '../../src/views/share/fontSubsets.ts';
import { ogCard, posterCard, textOf } from '../../src/views/share/card.ts';
import { cardInput } from '../../src/views/share/chapterCard.ts';
import { HEADLINE_FIELD, headlineProblems } from '../../src/rules/headline.ts';
import { checkChapterFiles, formatProblem, validateContent } from '../../src/validate/index.ts';
import { getEdition } from '../../src/data/index.ts';

const CSS = `
/* a-[1]-400 */
@font-face { font-family: 'X'; src: url(./files/x-1-400-normal.woff2) format('woff2'), url(./files/x-1-400-normal.woff) format('woff'); unicode-range: U+4e00-4e0f,U+6c34; }
/* a-[2]-400 */
@font-face { font-family: 'X'; src: url(./files/x-2-400-normal.woff2) format('woff2'), url(./files/x-2-400-normal.woff) format('woff'); unicode-range: U+91d1,U+5e74; }
/* a-latin-400 */
@font-face { font-family: 'X'; src: url(./files/x-latin-400-normal.woff2) format('woff2'), url(./files/x-latin-400-normal.woff) format('woff'); unicode-range: U+0000-00FF,U+2000-206F; }
`;

describe('font subsets: characters → the .woff files that hold them', () => {
  const faces = fontFacesOf(CSS);

  it('parses single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e0f,U+6c34, U+4E??')).toEqual([
      [0x4e00, 0x4e0f],
      [0x6c34, 0x6c34],
      [0x4e00, 0x4eff],
    ]);
  });

  it('reads the .woff file (satori cannot read .woff2) and the ranges of every rule', () => {
    expect(faces.map((f) => f.file)).toEqual(['files/x-1-400-normal.woff', 'files/x-2-400-normal.woff', 'files/x-latin-400-normal.woff']);
  });

  it('picks only the files whose ranges hold the text, each once, in the stylesheet order', () => {
    // 金 and 年 are in file 2, 水 (U+6C34) in file 1; file order is the stylesheet's, not the text's.
    expect(facesFor('金水年', faces)).toEqual(['files/x-1-400-normal.woff', 'files/x-2-400-normal.woff']);
    expect(facesFor('年金', faces)).toEqual(['files/x-2-400-normal.woff']);
  });

  it('needs no file for whitespace, and the Latin file for ASCII', () => {
    expect(facesFor(' \n', faces)).toEqual([]);
    expect(facesFor('GDP 2021', faces)).toEqual(['files/x-latin-400-normal.woff']);
  });

  it('stops on a character no file holds, naming it', () => {
    expect(() => facesFor('金区', faces)).toThrow(/"区" \(U\+533A\)/);
  });

  it('on the real package, a card title needs a handful of the ~100 files', () => {
    const real = fontFacesOf(readFileSync('node_modules/@fontsource/noto-sans-sc/400.css', 'utf8'));
    expect(real.length).toBeGreaterThan(90);
    const text = '金水十年｜建设经济高质量发展先行区 GDP';
    const files = facesFor(text, real);
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThan(12);
    expect(files.every((f) => f.endsWith('.woff'))).toBe(true);
    // Every character is in one of the files chosen.
    const chosen = real.filter((f) => files.includes(f.file));
    for (const char of text.replace(/\s/g, ''))
      expect(
        chosen.some((f) => f.ranges.some(([lo, hi]) => char.codePointAt(0)! >= lo && char.codePointAt(0)! <= hi)),
        char,
      ).toBe(true);
  });
});

describe('card layout', () => {
  const url = 'https://example.org/2022/zh/economy/';
  const input = cardInput(
    {
      edition: '2022',
      lang: 'zh',
      kicker: '第一章',
      title: '建设经济高质量发展先行区',
      headline: ['gdp-2021', 'digital-core-value-added-2021'],
    },
    url,
  );

  it('takes every figure from the data module, formatted for the language', () => {
    // As the source writes them (超越1800亿元, 162.6亿元), and their English conversion, typed here by hand.
    expect(input.figures.map((f) => f.value)).toEqual(['超越1800亿元', '162.6亿元']);
    expect(input.figures.map((f) => f.label)).toEqual(['地区生产总值（2021）', '数字经济核心产业增加值（2021）']);
    const en = cardInput({ edition: '2022', lang: 'en', kicker: 'Chapter 1', title: 'x', headline: ['gdp-2021'] }, url);
    expect(en.figures[0]!.value).toBe('over 180 billion yuan');
  });

  it('the Open Graph card shows the site title, chapter title, figures and credit', () => {
    const text = textOf(ogCard(input));
    for (const part of [
      getEdition('2022').edition.title.zh!,
      '第一章',
      '建设经济高质量发展先行区',
      ...input.figures.map((f) => f.value),
      input.credit,
    ])
      expect(text).toContain(part);
  });

  it('the poster adds the scan caption and the live address under its QR code', () => {
    const poster = posterCard({ ...input, qrImage: 'data:image/svg+xml;base64,', qrSize: 296, scanLabel: '扫码阅读本章' });
    const text = textOf(poster);
    expect(text).toContain('扫码阅读本章');
    expect(text).toContain(url);
    expect(JSON.stringify(poster)).toContain('"width":296');
  });

  it('a chapter without headline figures gets the titles only', () => {
    const plain = cardInput({ edition: '2022', lang: 'zh', kicker: '附录', title: '方法与说明' }, url);
    expect(plain.figures).toEqual([]);
    expect(textOf(ogCard(plain))).toContain('方法与说明');
  });
});

describe('headline figures in chapter frontmatter', () => {
  const known = ['gdp-2012', 'gdp-2021'];

  it('an absent field is fine; known ids are fine', () => {
    expect(headlineProblems(undefined, 'f.mdx', known)).toEqual([]);
    expect(headlineProblems(['gdp-2021'], 'f.mdx', known)).toEqual([]);
  });

  it('an unknown id names the file, the field and the fix, with the closest ids', () => {
    const [problem, ...rest] = headlineProblems(['gdp-2021x'], 'content/editions/2022/zh/01-economy.mdx', known, 6);
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      'content/editions/2022/zh/01-economy.mdx:6: frontmatter.headline: unknown figure id "gdp-2021x" — use a figure id from the edition\'s data files (closest: gdp-2021, gdp-2012)',
    );
  });

  it('too many, none, or not a list of ids', () => {
    expect(headlineProblems(['gdp-2012', 'gdp-2021', 'gdp-2012', 'gdp-2021'], 'f.mdx', known)[0]!.problem).toMatch(
      /4 figures; a share card has room for 1 to 3/,
    );
    expect(headlineProblems([], 'f.mdx', known)[0]!.field).toBe(HEADLINE_FIELD);
    expect(headlineProblems('gdp-2021', 'f.mdx', known)[0]!.problem).toMatch(/not a list/);
    expect(headlineProblems(['gdp-2021', 'gdp-2021'], 'f.mdx', known)[0]!.problem).toMatch(/listed twice/);
  });

  it('a derived figure cannot headline a card, which has no room for its derivation', () => {
    const figures = new Map([
      ['gdp-2021', { derived: false }],
      ['gdp-growth-multiple', { derived: true }],
    ]);
    expect(headlineProblems(['gdp-2021'], 'f.mdx', figures)).toEqual([]);
    const [problem] = headlineProblems(['gdp-2021', 'gdp-growth-multiple'], 'f.mdx', figures, 6);
    expect(formatProblem(problem!)).toMatch(
      /^f\.mdx:6: frontmatter\.headline: figure "gdp-growth-multiple" is derived, .* — headline a figure the source states/,
    );
  });

  const tmp = mkdtempSync(join(tmpdir(), 'jinshui-headline-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("the build's chapter check and npm run validate report a mistyped id in the same words, with its line", () => {
    cpSync('content', tmp, { recursive: true });
    const file = join(tmp, 'editions/2022/en/01-economy.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^headline: \[gdp-2021,/m, 'headline: [gdp-2021x,'));
    const validated = validateContent(tmp).problems.map(formatProblem);
    const built = checkChapterFiles(tmp, getEdition('2022')).map(formatProblem);
    // validate also reports that the English headline no longer matches the Chinese one (the build's translation check, run after this one).
    expect(built).toHaveLength(1);
    expect(validated).toContain(built[0]);
    expect(built[0]).toMatch(
      /01-economy\.mdx:6: frontmatter\.headline: unknown figure id "gdp-2021x" — use a figure id from the edition's data files \(closest: gdp-2021\b/,
    );
  });

  it('a translation whose headline differs from the reference chapter is reported by validate (the build runs the same check)', () => {
    const root = mkdtempSync(join(tmpdir(), 'jinshui-headline-lang-'));
    try {
      cpSync('content', root, { recursive: true });
      const file = join(root, 'editions/2022/en/03-livelihood.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          /^headline: \[new-jobs-2021, urban-income-2021\]/m,
          'headline: [urban-income-2021, new-jobs-2021]',
        ),
      );
      const problems = validateContent(root).problems.map(formatProblem);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /03-livelihood\.mdx: frontmatter\.headline: headline figures \(urban-income-2021, new-jobs-2021\) differ from .*zh\/03-livelihood\.mdx \(new-jobs-2021, urban-income-2021\) — list the same headline figure ids/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('every chapter of every language declares its headline, the same ids in each language, except the methodology appendix', () => {
    const dir = 'content/editions/2022';
    const headlines = (lang: string) =>
      Object.fromEntries(
        readdirSync(join(dir, lang))
          .filter((n) => n.endsWith('.mdx'))
          .map((n) => {
            const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, lang, n), 'utf8'))![1]!) as {
              slug: string;
              headline?: string[];
            };
            return [front.slug, front.headline];
          }),
      );
    const zh = headlines('zh');
    expect(headlines('en')).toEqual(zh);
    for (const [slug, ids] of Object.entries(zh)) expect(slug === 'methodology' ? ids === undefined : (ids?.length ?? 0) >= 1).toBe(true);
  });
});
