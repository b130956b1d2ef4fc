/**
 * Jinshui's unified grassroots grids: 17 level-1, 214 level-2 and 956 level-3
 * grids as three bands of dots, one dot per grid, then the people the source
 * names (Party members, merged department staff) as squares of ten people.
 *
 * The source gives no parent–child allocation between levels, so the bands are
 * never joined into a tree; only count ratios (derived, marked *) link them.
 *
 * Every band is a stack of row rectangles filled with a dot pattern: a row's
 * width is exactly (units in the row × pitch), so the pattern shows exactly the
 * stated count, a last partial square is drawn at its true fraction, and the
 * animation simply widens rows from zero.
 */
import { formatFigure, type Figure, type Lang } from '../../data/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions } from '../shared/layout.ts';
import { STATES as GRID_STATES, type GridState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure'> & { label: Figure['label'] };

export interface GridData {
  level1: Fig;
  level2: Fig;
  level3: Fig;
  /** Derived: level-2 count ÷ level-1 count. */
  level2PerLevel1: Fig;
  /** Derived: level-3 count ÷ level-2 count. */
  level3PerLevel2: Fig;
  partyMembers: Fig;
  mergedDepartments: Fig;
  mergedStaff: Fig;
}

/** People per square in the people bands. */
export const PEOPLE_PER_SQUARE = 10;

/** A run of text; `bold` marks the figure itself. */
export interface Segment {
  text: string;
  bold?: boolean;
}

export interface UnitBand {
  key: 'level1' | 'level2' | 'level3' | 'party' | 'staff';
  /** The state in which this band fills. */
  appearsIn: GridState;
  shape: 'dot' | 'square';
  /** Units drawn: grids, or people ÷ PEOPLE_PER_SQUARE (may end in a fraction). */
  units: number;
  /** Heading, figure in bold. */
  heading: Segment[];
  headingY: number;
  /** Optional second heading line (small). */
  sub?: string;
  subY?: number;
  /** Derived ratio text shown at the right of the heading, without the `*`. */
  ratioText?: string;
  /** Pattern tile: origin, pitch (tile size), and the unit drawn inside it. */
  x0: number;
  y0: number;
  pitch: number;
  /** Dot radius, or square side. */
  size: number;
  columns: number;
  /** Mark ids of the band's rows, top to bottom. */
  rowIds: string[];
}

export interface GridGeometry extends ChartLayout {
  x0: number;
  x1: number;
  bands: UnitBand[];
  /** Section headings (keys) above the grids and the people. */
  gridsKey: { text: string; y: number };
  peopleKey: { text: string; y: number };
  separatorY: number;
}

const TEXT = {
  zh: {
    tier: (f: Fig): Segment[] => [{ text: `${f.label.zh} ` }, { text: formatFigure(f, 'zh'), bold: true }],
    ratio: (r: Fig, of: string) => `为${of}的${formatFigure(r, 'zh')}`,
    of: { level2: '一级', level3: '二级' },
    party: (d: GridData): Segment[] => [{ text: formatFigure(d.partyMembers, 'zh'), bold: true }, { text: '党员参与网格治理' }],
    staff: (d: GridData): Segment[] => [
      { text: '首批' },
      { text: formatFigure(d.mergedDepartments, 'zh'), bold: true },
      { text: '职能部门' },
      { text: formatFigure(d.mergedStaff, 'zh'), bold: true },
    ],
    staffSub: '已完成与街道基础网格融合',
    gridsKey: '基层治理网格：每个圆点代表1个网格',
    peopleKey: `参与网格治理的人员：每个方块代表${PEOPLE_PER_SQUARE}人`,
    level1: (d: GridData) => `金水区将多类基层治理网格合并统一，划分${formatFigure(d.level1, 'zh')}一级网格。`,
    level2: (d: GridData) => `二级网格${formatFigure(d.level2, 'zh')}，个数为一级网格的${formatFigure(d.level2PerLevel1, 'zh')}（推算）。`,
    level3: (d: GridData) =>
      `三级网格${formatFigure(d.level3, 'zh')}，个数为二级网格的${formatFigure(d.level3PerLevel2, 'zh')}（推算）。原文没有说明各级网格之间如何隶属。`,
    people: (d: GridData) =>
      `${formatFigure(d.partyMembers, 'zh')}党员参与网格治理；首批${formatFigure(d.mergedDepartments, 'zh')}职能部门${formatFigure(d.mergedStaff, 'zh')}已完成与街道基础网格融合。`,
    titles: { level1: '一级网格', level2: '二级网格', level3: '三级网格', people: '人员' },
  },
  en: {
    // "Level-1 grids" → "Level 1": the figure already says "grids".
    tier: (f: Fig): Segment[] => [
      { text: `${f.label.en.replace(/^Level-(\d) grids$/, 'Level $1')}: ` },
      { text: formatFigure(f, 'en'), bold: true },
    ],
    ratio: (r: Fig, of: string) => `${formatFigure(r, 'en')} ${of}`,
    of: { level2: 'level 1', level3: 'level 2' },
    party: (d: GridData): Segment[] => [{ text: formatFigure(d.partyMembers, 'en'), bold: true }, { text: ' in grid-based governance' }],
    staff: (d: GridData): Segment[] => [
      { text: formatFigure(d.mergedStaff, 'en'), bold: true },
      { text: ' from ' },
      { text: formatFigure(d.mergedDepartments, 'en'), bold: true },
    ],
    staffSub: 'first batch, now merged into subdistrict grids',
    gridsKey: 'Grassroots grids: each dot is 1 grid',
    peopleKey: `People in the grids: each square is ${PEOPLE_PER_SQUARE} people`,
    level1: (d: GridData) =>
      `Jinshui merged several kinds of grassroots governance grids into one, with ${formatFigure(d.level1, 'en')} at level 1.`,
    level2: (d: GridData) =>
      `Level 2: ${formatFigure(d.level2, 'en')}, ${formatFigure(d.level2PerLevel1, 'en')} as many as at level 1 (derived).`,
    level3: (d: GridData) =>
      `Level 3: ${formatFigure(d.level3, 'en')}, ${formatFigure(d.level3PerLevel2, 'en')} as many as at level 2 (derived). The source does not say which grids sit within which.`,
    people: (d: GridData) =>
      `${formatFigure(d.partyMembers, 'en')} take part in grid-based governance, and in a first batch ${formatFigure(d.mergedStaff, 'en')} from ${formatFigure(d.mergedDepartments, 'en')} have merged into the subdistricts' basic grids.`,
    titles: { level1: 'Level 1', level2: 'Level 2', level3: 'Level 3', people: 'People' },
  },
} satisfies Record<Lang, unknown>;

export function gridGeometry(data: GridData, options: GeometryOptions = {}): GridGeometry {
  const { lang = 'zh', width = 400, marginTop = 0, marginLeft = 12, marginRight = 12 } = options;
  const text = TEXT[lang];
  const inner = width - marginLeft - marginRight;
  /** Largest pitch (to 0.01) that fits `columns` tiles across. */
  const pitchFor = (columns: number) => Math.floor((inner / columns) * 100) / 100;

  const bands: UnitBand[] = [];
  let y = marginTop;
  const addBand = (b: Omit<UnitBand, 'x0' | 'y0' | 'pitch' | 'rowIds' | 'headingY' | 'subY'>, gapBefore: number) => {
    const pitch = pitchFor(b.columns);
    const headingY = r2(y + gapBefore);
    const subY = b.sub ? r2(headingY + 17) : undefined;
    const y0 = r2((subY ?? headingY) + 8);
    const rows = Math.ceil(b.units / b.columns);
    const band: UnitBand = {
      ...b,
      headingY,
      ...(subY === undefined ? {} : { subY }),
      x0: marginLeft,
      y0,
      pitch,
      rowIds: Array.from({ length: rows }, (_, i) => `${b.key}-row-${i}`),
    };
    bands.push(band);
    y = y0 + rows * pitch;
    return band;
  };

  const gridsKeyY = r2(y + 14);
  y = gridsKeyY;
  addBand(
    {
      key: 'level1',
      appearsIn: 'level1',
      shape: 'dot',
      units: data.level1.value,
      heading: text.tier(data.level1),
      size: 8,
      columns: data.level1.value,
    },
    24,
  );
  addBand(
    {
      key: 'level2',
      appearsIn: 'level2',
      shape: 'dot',
      units: data.level2.value,
      heading: text.tier(data.level2),
      ratioText: text.ratio(data.level2PerLevel1, text.of.level2),
      size: 3.3,
      columns: 43,
    },
    26,
  );
  addBand(
    {
      key: 'level3',
      appearsIn: 'level3',
      shape: 'dot',
      units: data.level3.value,
      heading: text.tier(data.level3),
      ratioText: text.ratio(data.level3PerLevel2, text.of.level3),
      size: 2.2,
      columns: 64,
    },
    26,
  );
  const separatorY = r2(y + 14);
  const peopleKeyY = r2(separatorY + 18);
  y = peopleKeyY;
  addBand(
    {
      key: 'party',
      appearsIn: 'people',
      shape: 'square',
      units: data.partyMembers.value / PEOPLE_PER_SQUARE,
      heading: text.party(data),
      size: 4.4,
      columns: 64,
    },
    22,
  );
  addBand(
    {
      key: 'staff',
      appearsIn: 'people',
      shape: 'square',
      units: data.mergedStaff.value / PEOPLE_PER_SQUARE,
      heading: text.staff(data),
      sub: text.staffSub,
      size: 4.4,
      columns: 64,
    },
    26,
  );
  const height = options.height ?? Math.ceil(y + 8);

  const order = (s: GridState) => GRID_STATES.indexOf(s);
  /** Width of row i when the band is full: whole tiles, plus the true fraction of a last partial square. */
  const rowWidth = (b: UnitBand, i: number) => {
    const units = Math.min(b.columns, b.units - i * b.columns);
    const whole = Math.floor(units);
    const part = units - whole;
    return r2(whole * b.pitch + part * b.size);
  };

  const states = GRID_STATES.map((stateId) => {
    const marks: Record<string, Record<string, number>> = {};
    for (const b of bands) {
      const shown = order(stateId) >= order(b.appearsIn);
      b.rowIds.forEach((id, i) => {
        marks[id] = { x: b.x0, y: r2(b.y0 + i * b.pitch), width: shown ? rowWidth(b, i) : 0, height: b.pitch };
      });
      marks[`label-${b.key}`] = { opacity: shown ? 1 : 0 };
      if (b.ratioText) marks[`ratio-${b.key}`] = { opacity: shown ? 1 : 0 };
    }
    marks['people-key'] = { opacity: stateId === 'people' ? 1 : 0 };
    return { id: stateId, title: text.titles[stateId], description: text[stateId](data), marks };
  });

  return {
    ...assertComplete({ width, height, states }),
    x0: marginLeft,
    x1: width - marginRight,
    bands,
    gridsKey: { text: text.gridsKey, y: gridsKeyY },
    peopleKey: { text: text.peopleKey, y: peopleKeyY },
    separatorY,
  };
}

/** The figure behind each role of GridData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  level1: 'grid-level1-count',
  level2: 'grid-level2-count',
  level3: 'grid-level3-count',
  level2PerLevel1: 'grid-level2-per-level1',
  level3PerLevel2: 'grid-level3-per-level2',
  partyMembers: 'grid-party-members',
  mergedDepartments: 'grid-merged-departments',
  mergedStaff: 'grid-merged-staff',
} as const satisfies Record<keyof GridData, string>;
