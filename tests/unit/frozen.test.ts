/**
 * A frozen chart (a handout's step) carries only what its state shows:
 * frozenMarkup() drops every element its state hides (opacity="0", with all it
 * contains); everything else is kept as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { frozenMarkup } from '../../src/charts/shared/frozen.ts';
import GdpChart from '../../src/charts/gdp-doubling/GdpChart.astro';
import { FIGURES, gdpGeometry } from '../../src/charts/gdp-doubling/geometry.ts';
import { STATES } from '../../src/charts/gdp-doubling/states.ts';
import { figuresFor } from '../../src/data/index.ts';
import { CHART_COMPONENTS, CHART_STATES } from '../../src/charts/registry.ts';
import { Window } from 'happy-dom';

describe('frozenMarkup()', () => {
  it('drops a hidden element with everything inside it, and nothing else', () => {
    const svg =
      '<g class="a"><rect data-mark="r1" x="1" opacity="1"></rect><g data-mark="g" opacity="0"><g><text>x</text></g><rect/></g><text opacity="0.5">y</text></g>';
    expect(frozenMarkup(svg)).toBe('<g class="a"><rect data-mark="r1" x="1" opacity="1"></rect><text opacity="0.5">y</text></g>');
  });
  it('counts nested elements of the same name, so a hidden group ends at its own end tag', () => {
    const svg = '<g opacity="0"><g><g></g></g></g><g id="kept"></g>';
    expect(frozenMarkup(svg)).toBe('<g id="kept"></g>');
  });
  it('reads quoted attribute values whole: a ">" or "/>" inside one ends nothing', () => {
    const svg = '<g aria-label="a > b" opacity="0"><text aria-label="x/>">t</text></g><rect aria-label="c/>"></rect>';
    expect(frozenMarkup(svg)).toBe('<rect aria-label="c/>"></rect>');
  });
  it('drops a hidden self-closing element alone', () => {
    expect(frozenMarkup('<circle r="2" opacity="0"/><circle r="3"/>')).toBe('<circle r="3"/>');
  });
  it('keeps other opacity-like attributes: only opacity="0" hides a mark', () => {
    const svg = '<rect fill-opacity="0" stroke-opacity="0"></rect><rect opacity="0.01"></rect>';
    expect(frozenMarkup(svg)).toBe(svg);
  });
  it('names the element when a hidden one is never closed, instead of dropping the rest of the chart', () => {
    expect(() => frozenMarkup('<rect/><g opacity="0"><text>a</text>')).toThrow(/<g> at offset 7 has no end tag/);
  });
});

describe('a chart frozen in a state', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const locals = { chapter: { edition: '2022', lang: 'zh' as const, file: 'test.mdx' } };
  const g = gdpGeometry(figuresFor(FIGURES, '2022'), { lang: 'zh' });
  const svgOf = (html: string): string => /<svg class="chart__svg".*?<\/svg>/s.exec(html)![0];
  /** Does some element carry every one of these attributes, as the geometry gives them? */
  const drawn = (svg: string, attrs: Record<string, number>): boolean =>
    [...svg.matchAll(/<[a-z]+\s[^>]*>/g)].some(([tag]) => Object.entries(attrs).every(([k, v]) => tag.includes(` ${k}="${v}"`)));

  it.each(STATES)('%s: every mark the state shows is drawn as the geometry gives it, and none it hides', async (state) => {
    const svg = svgOf(await container.renderToString(GdpChart, { locals, props: { state } }));
    const marks = Object.values(g.states.find((s) => s.id === state)!.marks);
    const shown = marks.filter((a) => a['opacity'] !== 0);
    expect(shown.length).toBeGreaterThan(0);
    for (const attrs of shown) expect(drawn(svg, attrs), JSON.stringify(attrs)).toBe(true);
    expect(svg).not.toMatch(/\sopacity="0"/);
    expect((svg.match(/data-mark=/g) ?? []).length).toBe(shown.length);
  });
  it('a state that hides marks ships fewer of them than the live chart, which keeps every mark for its animator', async () => {
    const live = svgOf(await container.renderToString(GdpChart, { locals }));
    const first = svgOf(await container.renderToString(GdpChart, { locals, props: { state: STATES[0] } }));
    const hidden = Object.values(g.states[0]!.marks).filter((a) => a['opacity'] === 0).length;
    expect(hidden).toBeGreaterThan(0);
    expect((live.match(/data-mark=/g) ?? []).length).toBe(Object.keys(g.states[0]!.marks).length);
    expect((first.match(/data-mark=/g) ?? []).length).toBe(Object.keys(g.states[0]!.marks).length - hidden);
  });
});

describe('every chart, frozen in each of its states', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const ids = (html: string): string[] => [...html.matchAll(/\sdata-mark="([^"]+)"/g)].map((m) => m[1]!).sort();

  it.each(Object.keys(CHART_COMPONENTS))('%s: names exactly the marks its geometry shows in that state (zh and en)', async (chart) => {
    for (const lang of ['zh', 'en'] as const) {
      const locals = { chapter: { edition: '2022', lang, file: 'test.mdx' } };
      // The live chart carries every mark, nested as drawn, and every state's attributes as geometry.ts computed them.
      const live = new Window().document;
      live.body.innerHTML = await container.renderToString(CHART_COMPONENTS[chart]!, { locals });
      const root = live.querySelector('[data-chart-root]') as unknown as HTMLElement;
      const states = JSON.parse(root.dataset['states']!) as Record<string, Record<string, Record<string, number>>>;
      expect(Object.keys(states)).toEqual([...(CHART_STATES[chart] ?? [])]);
      const markEls = [...root.querySelectorAll('[data-mark]')] as unknown as HTMLElement[];
      for (const [state, marks] of Object.entries(states)) {
        // A mark is seen when neither it nor a mark around it is at opacity 0 in this state.
        const seen = (el: HTMLElement | null): boolean =>
          !el || (marks[el.dataset['mark']!]?.['opacity'] !== 0 && seen(el.parentElement?.closest('[data-mark]') ?? null));
        const shown = markEls
          .filter((el) => seen(el))
          .map((el) => el.dataset['mark']!)
          .sort();
        const frozen = await container.renderToString(CHART_COMPONENTS[chart]!, { locals, props: { state } });
        expect(ids(frozen), `${chart} ${lang} ${state}`).toEqual(shown);
        expect(frozen, `${chart} ${lang} ${state}`).not.toMatch(/\sopacity="0"/);
      }
    }
  });
});
