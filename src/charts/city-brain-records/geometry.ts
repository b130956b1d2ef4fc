/**
 * "数智金水" city brain: the records collected so far, one horizontal bar per
 * category on a shared count scale, in the source's order. The source lists the
 * three categories and then writes "等" (and others), so the bars are never
 * summed. The pilot's scope (5 subdistricts, 23 communities) is the subtitle.
 */
import { scaleLinear } from 'd3-scale';
import { formatFigure, formatYuanShort, type Figure, type Lang } from '../../data/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as CITY_BRAIN_STATES, type CityBrainState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure'> & { label: Figure['label'] };

export interface CityBrainData {
  addresses: Fig;
  objects: Fig;
  organisations: Fig;
  pilotSubdistricts: Fig;
  pilotCommunities: Fig;
}

/** The categories, in the source's order; each first shows in the state of the same name. */
export const CATEGORIES = ['addresses', 'objects', 'organisations'] as const satisfies readonly CityBrainState[];
export type Category = (typeof CATEGORIES)[number];

export interface CityBrainRow {
  key: Category;
  /** Category name, e.g. "地址地名信息". */
  label: string;
  /** The figure as the source writes it, e.g. "752065条". */
  valueText: string;
  /** Baseline of the label line. */
  labelY: number;
  barY: number;
  barHeight: number;
  /** Bar length when shown. */
  barWidth: number;
}

export interface CityBrainGeometry extends ChartLayout {
  x0: number;
  x1: number;
  /** Subtitle lines: where the records were collected. */
  scope: { lines: string[]; y: number[] };
  rows: CityBrainRow[];
  ticks: { value: number; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  gridTop: number;
  axisY: number;
  /** Why there is no total. */
  note: { lines: string[]; y: number[] };
}

const TEXT = {
  zh: {
    // "已收集地址地名信息" → "地址地名信息": the title already says "collected".
    short: (label: string) => label.replace(/^已收集/, ''),
    scope: (d: CityBrainData) => [
      `同一句原文提到：“先庆路”等${formatFigure(d.pilotSubdistricts, 'zh')}街道、${formatFigure(d.pilotCommunities, 'zh')}社区先行先试`,
    ],
    note: () => ['原文在这三类之后写有“等”，可能还有其他信息，故不加总。'],
    addresses: (d: CityBrainData) =>
      `金水区选取“先庆路”等${formatFigure(d.pilotSubdistricts, 'zh')}街道和${formatFigure(d.pilotCommunities, 'zh')}社区先行先试，建立信息采集目录、规范采集标准；原文同一句写已收集地址地名信息${formatFigure(d.addresses, 'zh')}，没有说是不是在试点采集的。`,
    objects: (d: CityBrainData) => `还收集了物类信息${formatFigure(d.objects, 'zh')}。`,
    organisations: (d: CityBrainData) =>
      `以及组织信息${formatFigure(d.organisations, 'zh')}。原文在这三类之后写有“等”，没有说三者是不是全部，图中不加总。`,
    titles: { addresses: '地址地名', objects: '物类', organisations: '组织' },
  },
  en: {
    // "Address and place-name records collected" → "Addresses and place names": the value already says "records".
    short: (label: string) =>
      label
        .replace(/ records collected$/, '')
        .replace(/^Address and place-name$/, 'Addresses and place names')
        .replace(/^(Object|Organisation)$/, '$1s'),
    scope: (d: CityBrainData) => [
      `The same sentence mentions a pilot in ${formatFigure(d.pilotSubdistricts, 'en')}`,
      `and ${formatFigure(d.pilotCommunities, 'en')}`,
    ],
    note: () => ['The source lists these three “among others”,', 'so there may be more; they are not summed.'],
    addresses: (d: CityBrainData) =>
      `Jinshui District chose ${formatFigure(d.pilotSubdistricts, 'en')} (“Xianqing Road” among them, probably a misprint for Fengqing Road: our note) and ${formatFigure(d.pilotCommunities, 'en')} to try things out first; the source does not say the pilots collected the records, but says that ${formatFigure(d.addresses, 'en')} of addresses and place names have been collected (in the source's paragraph on the City Brain).`,
    objects: (d: CityBrainData) => `So have ${formatFigure(d.objects, 'en')} of objects.`,
    organisations: (d: CityBrainData) =>
      `And ${formatFigure(d.organisations, 'en')} of organisations. The source lists these three “among others”, so there may be more, and they are not summed.`,
    titles: { addresses: 'Addresses', objects: 'Objects', organisations: 'Organisations' },
  },
} satisfies Record<Lang, unknown>;

export function cityBrainGeometry(data: CityBrainData, options: GeometryOptions = {}): CityBrainGeometry {
  const { lang = 'zh', width = 400, marginTop = 4, marginRight = 20, marginLeft = 8 } = options;
  const text = TEXT[lang];
  const lineGap = 17;

  const scopeLines = text.scope(data);
  const scopeY = scopeLines.map((_, i) => r2(marginTop + 13 + i * lineGap));
  const top = marginTop + scopeLines.length * lineGap + 14;

  // A fixed scale for every state, so a bar's length never changes once drawn.
  const max = Math.max(...CATEGORIES.map((c) => data[c].value));
  const domainTop = Math.ceil(max / 2e5) * 2e5;
  const x = scaleLinear()
    .domain([0, domainTop])
    .range([marginLeft, width - marginRight]);
  const x0 = r2(x(0));

  const rowHeight = 56;
  const barHeight = 24;
  const rows: CityBrainRow[] = CATEGORIES.map((key, i) => {
    const y = top + i * rowHeight;
    return {
      key,
      label: text.short(data[key].label[lang]),
      valueText: formatFigure(data[key], lang),
      labelY: r2(y + 14),
      barY: r2(y + 22),
      barHeight,
      barWidth: r2(x(data[key].value) - x0),
    };
  });
  const gridTop = r2(top + 16);
  const axisY = r2(top + CATEGORIES.length * rowHeight + 8);
  const noteLines = text.note();
  const noteY = noteLines.map((_, i) => r2(axisY + 38 + i * 16));
  const height = options.height ?? Math.ceil(noteY[noteY.length - 1]! + 10);

  const order = (s: CityBrainState) => CITY_BRAIN_STATES.indexOf(s);
  const states = CITY_BRAIN_STATES.map((stateId) => {
    const marks: Record<string, Record<string, number>> = {};
    rows.forEach((row) => {
      const shown = order(stateId) >= order(row.key);
      marks[`bar-${row.key}`] = { x: x0, y: row.barY, width: shown ? row.barWidth : 0, height: row.barHeight };
      marks[`label-${row.key}`] = { opacity: shown ? 1 : 0 };
    });
    return { id: stateId, title: text.titles[stateId], description: text[stateId](data), marks };
  });

  return {
    ...assertComplete({ width, height, states }),
    x0,
    x1: r2(x(domainTop)),
    scope: { lines: scopeLines, y: scopeY },
    rows,
    ticks: x.ticks(4).map((v) => ({
      value: v,
      x: r2(x(v)),
      label: formatYuanShort(v, lang),
      anchor: (v === 0 ? 'start' : v === domainTop ? 'end' : 'middle') as CityBrainGeometry['ticks'][number]['anchor'],
    })),
    gridTop,
    axisY,
    note: { lines: noteLines, y: noteY },
  };
}

/** The figure behind each role of CityBrainData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  addresses: 'city-brain-address-records',
  objects: 'city-brain-object-records',
  organisations: 'city-brain-organisation-records',
  pilotSubdistricts: 'pilot-subdistricts',
  pilotCommunities: 'pilot-communities',
} as const satisfies Record<keyof CityBrainData, string>;
