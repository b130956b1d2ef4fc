import { CHART_CATALOG } from '../../src/charts/catalog.ts';
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEdition } from '../../src/data/load.ts';
import { storySteps } from '../../src/model/steps.ts';
import { handoutParts } from '../../src/views/handoutParts.ts';
import { checkNotes, questionsOf, teachProblems } from '../../src/rules/teach.ts';
import { liveStepUrl } from '../../src/routes/urls.ts';
import { sitePath } from '../../src/routes/sitePath.ts';
import { stateOf, type ChartLayout } from '../../src/charts/shared/layout.ts';
import { classroom } from '../../src/i18n/classroom.ts';
import { ContentError } from '../../src/model/errors.ts';

describe('storySteps()', () => {
  it('storySteps() pairs each step with its chart and the figures it binds', () => {
    const body =
      'Intro <Fig id="a"/>\n<Scrolly chart="gdp-doubling">\n<Step state="y2012">\n<Fig id="b"/>\n</Step>\n<Step state="y2021" id="step-x">\n<Fig id="c"/> <Fig id="d"/>\n</Step>\n</Scrolly>';
    expect(storySteps(body)).toEqual({
      steps: [
        { id: 'step-y2012', state: 'y2012', chart: 'gdp-doubling', figures: ['b'] },
        { id: 'step-x', state: 'y2021', chart: 'gdp-doubling', figures: ['c', 'd'] },
      ],
      prose: ['a'],
    });
  });
  it('storySteps() finds the steps of every 2022 story chapter', () => {
    expect(storySteps(readFileSync('content/editions/2022/zh/01-economy.mdx', 'utf8')).steps.length).toBe(15);
  });
});

describe('handoutParts()', () => {
  it('handoutParts() splits prose from steps and gives each step its chart', () => {
    const html =
      '<p>a</p><!--hpart rank-climb--> <!--hstep step-y2020 y2020--><p>b</p><!--/hstep--><!--hstep step-y2021 y2021--><p>c</p><!--/hstep--><!--/hpart--><p>d</p>';
    expect(handoutParts(html)).toEqual([
      { kind: 'html', html: '<p>a</p>' },
      { kind: 'step', id: 'step-y2020', state: 'y2020', chart: 'rank-climb', html: '<p>b</p>' },
      { kind: 'step', id: 'step-y2021', state: 'y2021', chart: 'rank-climb', html: '<p>c</p>' },
      { kind: 'html', html: '<p>d</p>' },
    ]);
  });
});

describe('stateOf()', () => {
  const layout: ChartLayout = {
    width: 1,
    height: 1,
    states: [
      { id: 'a', title: 'A', description: '', marks: {} },
      { id: 'b', title: 'B', description: '', marks: {} },
    ],
  };
  it('stateOf() picks the named state, or the final one', () => {
    expect(stateOf(layout, 'a').id).toBe('a');
    expect(stateOf(layout).id).toBe('b');
  });
  it('stateOf() names the states when asked for an unknown one', () => {
    expect(() => stateOf(layout, 'c')).toThrow(/no state "c" \(states: a, b\)/);
  });
});

describe('liveStepUrl()', () => {
  it('liveStepUrl() joins the configured site, the chapter path (base included) and step', () => {
    expect(liveStepUrl(new URL('https://example.org'), '/2022/zh/economy/', 'step-gdp')).toBe(
      'https://example.org/2022/zh/economy/#step-gdp',
    );
    expect(liveStepUrl(new URL('https://example.org'), sitePath('/2022/zh/economy/', '/jinshui'), 'step-gdp')).toBe(
      'https://example.org/jinshui/2022/zh/economy/#step-gdp',
    );
    // A site given with a path of its own still gets the page's full path, base included, once.
    expect(liveStepUrl(new URL('https://example.org/other/'), '/jinshui/2022/zh/economy/', 'step-gdp')).toBe(
      'https://example.org/jinshui/2022/zh/economy/#step-gdp',
    );
  });
  it('liveStepUrl() refuses to make a QR code without a site', () => {
    expect(() => liveStepUrl(undefined, '/x/', 'step-a')).toThrow(/site/);
  });
});

describe('checkNotes()', () => {
  const chapter = (slug: string) =>
    ({
      id: `2022/en/01-${slug}`,
      filePath: `content/editions/2022/en/01-${slug}.mdx`,
      data: { slug, title: '', kicker: '', summary: '' },
    }) as never;
  const note = (slug: string, body: string) =>
    ({ id: `2022/en/teach/01-${slug}`, filePath: `content/editions/2022/en/teach/01-${slug}.mdx`, data: { chapter: slug }, body }) as never;
  const good = '1. <Fig id="a"/>?\n2. <Fig id="b"/>?\n3. <Fig id="c"/>?\n';
  it('checkNotes() accepts 3–5 questions that each bind a figure', () => {
    expect(() => checkNotes([chapter('economy')], [note('economy', good)])).not.toThrow();
    expect(questionsOf(good)).toHaveLength(3);
  });
  it('checkNotes() names the file to add when a language lacks notes for a chapter', () => {
    const error = (() => {
      try {
        checkNotes([chapter('economy')], []);
      } catch (e) {
        return e as ContentError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect(error!.file).toBe('content/editions/2022/en/teach/01-economy.mdx');
    expect(error!.field).toBe('chapter');
    expect(error!.fix).toMatch(/chapter: economy/);
  });
  it('checkNotes() rejects too few questions, a question without a figure, and notes for no chapter', () => {
    expect(() => checkNotes([chapter('economy')], [note('economy', '1. <Fig id="a"/>\n')])).toThrow(/1 discussion question/);
    expect(() => checkNotes([chapter('economy')], [note('economy', good + '4. no figure here\n')])).toThrow(/binds no figure/);
    expect(() => checkNotes([chapter('economy')], [note('economy', good), note('nowhere', good)])).toThrow(
      /no story chapter has the slug "nowhere"/,
    );
  });
});

describe('classroom() strings', () => {
  it('classroom() has every key in both languages', () => {
    expect(Object.keys(classroom('en')).sort()).toEqual(Object.keys(classroom('zh')).sort());
  });
});

describe('teachProblems(): what npm run validate checks in teacher notes and glossaries', () => {
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'teach-'));
    cpSync('content', dir, { recursive: true });
    return dir;
  };
  const figures = (root: string) => readEdition('2022', root).figureIds;
  const source = (root: string) => readEdition('2022', root).sourceText!;

  it('accepts the real notes and glossaries of 2022', () => {
    expect(teachProblems('content', '2022', ['zh', 'en'], figures('content'), source('content'), CHART_CATALOG)).toEqual([]);
  });

  it('reports every problem at once, each naming its file: missing notes, too few questions, an unknown figure, a statistic in a definition', () => {
    const root = copy();
    const teach = (lang: string, name: string) => join(root, 'editions/2022', lang, 'teach', name);
    rmSync(teach('en', '01-economy.mdx'));
    writeFileSync(
      teach('zh', '02-governance.mdx'),
      '---\nchapter: governance\n---\n\n1. <Fig id="no-such-figure"/>？\n2. <Fig id="grid-level1-count"/>？\n',
    );
    const glossary = teach('zh', 'glossary.yaml');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/definition: /, 'definition: 2021年有100家。'));
    const lines = teachProblems(root, '2022', ['zh', 'en'], figures(root), source(root), CHART_CATALOG).map(
      (p) => `${p.file}: ${p.field}: ${p.problem}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/zh\/teach\/02-governance\.mdx: questions: 2 discussion question/),
        expect.stringMatching(/zh\/teach\/02-governance\.mdx:.*no-such-figure/),
        expect.stringMatching(/zh\/teach\/glossary\.yaml: terms\.0\.definition: .* has a number in its definition \(2021, 100\)/),
        expect.stringMatching(/en\/teach\/01-economy\.mdx: chapter: chapter "economy" .* has no teacher notes/),
      ]),
    );
    expect(lines).toHaveLength(4);
    rmSync(root, { recursive: true, force: true });
  });
});
