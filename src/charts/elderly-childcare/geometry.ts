/**
 * "一老一小" as unit icons: one house per centre, one dot per adapted home.
 * Status is drawn, not just written: centres still being built are dashed
 * outlines, the childcare centre that is finished but not yet open is a solid
 * outline, centres in use are filled. The platform users and the city-wide
 * childcare-place target are annotations (a count of 17.54万 people and a
 * ratio do not make honest unit rows at this size).
 */
import { formatFigure, type Figure, type Lang } from '../../data/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions, type MarkAttrs } from '../shared/layout.ts';
import { STATES as ELDERLY_STATES, type ElderlyChildcareState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'> & { label: Figure['label'] };

export interface ElderlyChildcareData {
  elderlyCentres: Fig;
  platformUsers: Fig;
  adaptedHomes: Fig;
  districtChildcare: Fig;
  parentingCentres: Fig;
  subdistrictOpen: Fig;
  subdistrictReady: Fig;
  placesTarget: Fig;
}

/** building: work started (dashed outline); ready: finished, not yet open (solid outline); open: in use (filled). */
export type IconStatus = 'building' | 'ready' | 'open';

export interface Icon {
  x: number;
  y: number;
  size: number;
  /** A small house, drawn from (x, y) at the given size. */
  d: string;
  status: IconStatus;
}

export interface ChildcareRow {
  key: 'district' | 'parenting' | 'subdistrict';
  name: string;
  value: string;
  /** Baselines of the name and value lines. */
  nameY: number;
  valueY: number;
  icons: Icon[];
}

export interface ElderlyChildcareGeometry extends ChartLayout {
  x0: number;
  elderly: {
    kicker: { y: number; text: string };
    centres: { labelY: number; label: string; valueY: number; value: string; note: string; icons: Icon[] };
    platform: { labelY: number; label: string; valueY: number; value: string };
  };
  homes: {
    labelY: number;
    label: string;
    value: string;
    noteY: number;
    note: string;
    dotR: number;
    rows: { y: number; xs: number[]; d: string }[];
  };
  childcare: {
    kicker: { y: number; text: string; legend: string; legendX: number };
    rows: ChildcareRow[];
    ready: { x: number; y: number; lines: string[]; icon: Icon };
    target: { y: number; lines: string[] };
  };
}

/** formatFigure, with English singular for one unit ("1 centres" → "1 centre"). */

/** Rough advance width of text in viewBox units, for wrapping: CJK 1em, digits and Latin about half. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text)
    w += /[\u3000-\u9fff\uff00-\uffef“”]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.66 : /[\s,.:;'’()]/.test(ch) ? 0.3 : 0.56;
  return w * size;
}

/** Greedy wrap: Chinese by character, English by word. */
export function wrap(text: string, maxWidth: number, size: number): string[] {
  // Text with spaces (English) wraps by word, text without (Chinese) by character.
  const tokens = /\s/.test(text) ? text.split(/(?<= )/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line && textWidth((line + t).trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

export function housePath(x: number, y: number, size: number): string {
  const w = size;
  const h = size;
  const eave = r2(y + h * 0.42);
  return `M${r2(x)},${eave}L${r2(x + w / 2)},${r2(y)}L${r2(x + w)},${eave}V${r2(y + h)}H${r2(x)}Z`;
}

const TEXT = {
  zh: {
    kickerOld: '一老：养老服务',
    centresLabel: '新建街道养老服务中心',
    centresNote: '已全部开工（虚线）',
    platformLabel: '智慧养老服务平台入网人数',
    homesLabel: '累计完成家庭适老化改造',
    homesNote: '每个点是一户',
    kickerYoung: '一小：托育服务',
    legend: '实心：已投入使用',
    names: { district: '区级托育指导中心', parenting: '科学育儿指导中心', subdistrict: '街道级托育中心' },
    ready: (d: ElderlyChildcareData) => [`${formatFigure(d.subdistrictReady, 'zh')}已装修完毕`, '秋季可开园招生'],
    target: (d: ElderlyChildcareData) => `✓ ${d.placesTarget.label.zh}：${formatFigure(d.placesTarget, 'zh')}`,
    elderly: (d: ElderlyChildcareData) =>
      `金水区新建${formatFigure(d.elderlyCentres, 'zh')}街道养老服务中心，已全部开工；智慧养老服务平台入网人数达${formatFigure(d.platformUsers, 'zh')}。`,
    homes: (d: ElderlyChildcareData) => `累计完成家庭适老化改造${formatFigure(d.adaptedHomes, 'zh')}，图中每个点是一户。`,
    childcare: (d: ElderlyChildcareData) =>
      `${formatFigure(d.districtChildcare, 'zh')}区级托育指导中心、${formatFigure(d.parentingCentres, 'zh')}科学育儿指导中心、${formatFigure(d.subdistrictOpen, 'zh')}街道级托育中心已投入使用，另有${formatFigure(d.subdistrictReady, 'zh')}已装修完毕、秋季可开园招生。${d.placesTarget.label.zh}：${formatFigure(d.placesTarget, 'zh')}。`,
  },
  en: {
    kickerOld: 'Older residents',
    centresLabel: 'New subdistrict elderly-care centres',
    centresNote: 'work started on all (dashed)',
    platformLabel: 'People on the smart elderly-care platform',
    homesLabel: 'Homes adapted for older residents',
    homesNote: 'one dot per home',
    kickerYoung: 'Young children',
    legend: 'solid: in use',
    names: { district: 'District guidance', parenting: 'Parenting guidance', subdistrict: 'Subdistrict childcare' },
    ready: (d: ElderlyChildcareData) => [`${formatFigure(d.subdistrictReady, 'en')} fitted out,`, 'can open in the autumn'],
    target: (d: ElderlyChildcareData) => `✓ ${d.placesTarget.label.en}: ${formatFigure(d.placesTarget, 'en')}`,
    elderly: (d: ElderlyChildcareData) =>
      `Jinshui is building ${formatFigure(d.elderlyCentres, 'en')} for elderly care in its subdistricts, with work started on all; ${formatFigure(d.platformUsers, 'en')} are registered on its smart elderly-care platform.`,
    homes: (d: ElderlyChildcareData) =>
      `${formatFigure(d.adaptedHomes, 'en')} have had their homes adapted for older residents; each dot is one home.`,
    childcare: (d: ElderlyChildcareData) =>
      `In use: ${formatFigure(d.districtChildcare, 'en')} for district childcare guidance, ${formatFigure(d.parentingCentres, 'en')} for parenting guidance and ${formatFigure(d.subdistrictOpen, 'en')} for subdistrict childcare; ${formatFigure(d.subdistrictReady, 'en')} is fitted out and can open and enrol in the autumn. ${d.placesTarget.label.en}: ${formatFigure(d.placesTarget, 'en')}.`,
  },
} satisfies Record<Lang, unknown>;

export function elderlyChildcareGeometry(data: ElderlyChildcareData, options: GeometryOptions = {}): ElderlyChildcareGeometry {
  const { lang = 'zh', width = 400, marginLeft = 8, marginRight = 8 } = options;
  const text = TEXT[lang];
  const x0 = marginLeft;
  const inner = width - marginLeft - marginRight;
  const count = (fig: Fig) => Math.round(fig.value);

  // Section 1: the eight centres being built, and the platform.
  const houseSize = 28;
  const housePitch = 40;
  const centresTop = 62;
  const centreIcons: Icon[] = Array.from({ length: count(data.elderlyCentres) }, (_, i) => {
    const x = r2(x0 + i * housePitch);
    return { x, y: centresTop, size: houseSize, d: housePath(x, centresTop, houseSize), status: 'building' };
  });

  // Section 2: one dot per adapted home, in full rows.
  const homesTop = 188;
  const cols = 45;
  const pitch = r2(inner / cols);
  const dotR = 3;
  const homesTotal = count(data.adaptedHomes);
  const rows: { y: number; xs: number[]; d: string }[] = [];
  for (let i = 0; i < homesTotal; i += cols) {
    const y = r2(homesTop + rows.length * pitch + pitch / 2);
    const xs = Array.from({ length: Math.min(cols, homesTotal - i) }, (_, j) => r2(x0 + j * pitch + pitch / 2));
    const d = xs.map((cx) => `M${r2(cx - dotR)},${y}a${dotR},${dotR} 0 1,0 ${2 * dotR},0a${dotR},${dotR} 0 1,0 ${-2 * dotR},0`).join('');
    rows.push({ y, xs, d });
  }
  const homesBottom = homesTop + rows.length * pitch;

  // Section 3: childcare centres, one row per kind, names on the left.
  const kickerYoungY = r2(homesBottom + 32);
  const iconSize = 18;
  const iconPitch = 22;
  const iconX = x0 + 130;
  const rowPitch = 38;
  const rowTop = kickerYoungY + 14;
  const childRow = (key: ChildcareRow['key'], i: number, fig: Fig, status: IconStatus): ChildcareRow => {
    const top = r2(rowTop + i * rowPitch);
    return {
      key,
      name: text.names[key],
      value: formatFigure(fig, lang),
      nameY: r2(top + 13),
      valueY: r2(top + 30),
      icons: Array.from({ length: count(fig) }, (_, j) => {
        const x = r2(iconX + j * iconPitch);
        const y = r2(top + 8);
        return { x, y, size: iconSize, d: housePath(x, y, iconSize), status };
      }),
    };
  };
  const childRows = [
    childRow('district', 0, data.districtChildcare, 'open'),
    childRow('parenting', 1, data.parentingCentres, 'open'),
    childRow('subdistrict', 2, data.subdistrictOpen, 'open'),
  ];
  const sub = childRows[2]!;
  const readyX = r2(iconX + sub.icons.length * iconPitch);
  // The icons' own y (row top + 8), computed rather than read from the first icon: a row may have no open centre yet.
  const readyY = r2(r2(rowTop + 2 * rowPitch) + 8);
  const readyIcon: Icon = { x: readyX, y: readyY, size: iconSize, d: housePath(readyX, readyY, iconSize), status: 'ready' };
  const targetY = r2(rowTop + 3 * rowPitch + 16);
  const targetLines = wrap(text.target(data), inner, 12.5);
  const height = options.height ?? Math.ceil(targetY + (targetLines.length - 1) * 16 + 10);

  const order = (s: ElderlyChildcareState) => ELDERLY_STATES.indexOf(s);
  const states = ELDERLY_STATES.map((id) => {
    const homes = order(id) >= order('homes');
    const childcare = order(id) >= order('childcare');
    const marks: Record<string, MarkAttrs> = {
      // The section just added is the focus; in the last state everything is at full strength.
      elderly: { opacity: id === 'homes' ? 0.35 : 1 },
      'homes-label': { opacity: homes ? 1 : 0 },
      ...Object.fromEntries(rows.map((_, i) => [`homes-row-${i}`, { opacity: homes ? 1 : 0 }])),
      'childcare-label': { opacity: childcare ? 1 : 0 },
      ...Object.fromEntries(childRows.flatMap((row) => row.icons.map((_, j) => [`${row.key}-${j}`, { opacity: childcare ? 1 : 0 }]))),
      'subdistrict-ready': { opacity: childcare ? 1 : 0 },
      target: { opacity: childcare ? 1 : 0 },
    };
    return {
      id,
      title: text[id === 'elderly' ? 'kickerOld' : id === 'homes' ? 'homesLabel' : 'kickerYoung'],
      description: text[id](data),
      marks,
    };
  });

  return {
    ...assertComplete({ width, height, states }),
    x0,
    elderly: {
      kicker: { y: 16, text: text.kickerOld },
      centres: {
        labelY: 38,
        label: text.centresLabel,
        valueY: 55,
        value: formatFigure(data.elderlyCentres, lang),
        note: text.centresNote,
        icons: centreIcons,
      },
      platform: { labelY: 116, label: text.platformLabel, valueY: 139, value: formatFigure(data.platformUsers, lang) },
    },
    homes: {
      labelY: 166,
      label: text.homesLabel,
      value: formatFigure(data.adaptedHomes, lang),
      noteY: 182,
      note: text.homesNote,
      dotR,
      rows,
    },
    childcare: {
      kicker: { y: kickerYoungY, text: text.kickerYoung, legend: text.legend, legendX: r2(width - marginRight) },
      rows: childRows,
      ready: { x: r2(readyX + iconSize + 8), y: r2(readyY + 7), lines: text.ready(data), icon: readyIcon },
      target: { y: targetY, lines: targetLines },
    },
  };
}

/** The figure behind each role of ElderlyChildcareData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  elderlyCentres: 'subdistrict-elderly-care-centres',
  platformUsers: 'smart-elderly-care-users',
  adaptedHomes: 'homes-adapted-for-elderly',
  districtChildcare: 'district-childcare-guidance-centres',
  parentingCentres: 'parenting-guidance-centres',
  subdistrictOpen: 'subdistrict-childcare-centres-open',
  subdistrictReady: 'subdistrict-childcare-centres-ready',
  placesTarget: 'childcare-places-per-1000-target',
} as const satisfies Record<keyof ElderlyChildcareData, string>;
