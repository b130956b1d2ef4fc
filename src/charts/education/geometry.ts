/**
 * Schools as a unit chart: 50 school projects as 50 buildings, 1347 new
 * classes as 1347 squares (in blocks of 100 so they can be counted), and the
 * after-school service at one square per 1000 people. Remainders are drawn
 * honestly: a unit that is only partly reached is filled only partly
 * (11215 teachers = 11 squares and a 0.215 sliver), and the students' "余"
 * (a lower bound) gets a ▶ mark after the last square.
 */
import { formatFigure, groupThousands, type Figure, type Lang } from '../../data/index.ts';
import { assertComplete, r2, type ChartLayout, type GeometryOptions, type MarkAttrs } from '../shared/layout.ts';
import { STATES as EDUCATION_STATES, type EducationState } from './states.ts';

type Fig = Pick<Figure, 'value' | 'unit' | 'scale' | 'numerals' | 'qualifier' | 'measure' | 'period'>;

export interface EducationData {
  investment: Fig;
  schoolProjects: Fig;
  newClasses: Fig;
  teachers: Fig;
  students: Fig;
  courses: Fig;
  awards: Fig;
}

/** Classes are grouped in square blocks of this many. */
export const CLASSES_PER_BLOCK = 100;
/** One square in the after-school rows stands for this many people. */
export const PEOPLE_PER_UNIT = 1000;

export interface Unit {
  x: number;
  y: number;
  size: number;
}

/** A row or block of whole units drawn as one path, plus at most one partly filled unit at its end. */
export interface UnitGroup {
  units: Unit[];
  d: string;
  partial?: Unit & { fraction: number; fillWidth: number };
}

export interface EducationGeometry extends ChartLayout {
  x0: number;
  investment: {
    labelY: number;
    label: string;
    valueY: number;
    value: string;
    projectsY: number;
    projectsLabel: string;
    projectsValue: string;
    schools: { x: number; y: number; size: number; d: string }[];
    coursesY: number;
    courses: string;
  };
  classes: { labelY: number; label: string; value: string; note: string; noteX: number; blocks: UnitGroup[] };
  afterSchool: {
    kickerY: number;
    kicker: string;
    legend: string;
    legendX: number;
    teachers: { labelY: number; label: string; value: string; group: UnitGroup };
    students: { labelY: number; label: string; value: string; rows: UnitGroup[] };
    more: { x: number; y: number; noteY: number; note: string; lowerBound: boolean };
  };
}

const squares = (units: Unit[]) => units.map((u) => `M${u.x},${u.y}h${u.size}v${u.size}h${-u.size}z`).join('');

function schoolPath(x: number, y: number, size: number): string {
  const eave = r2(y + size * 0.4);
  return `M${r2(x)},${eave}L${r2(x + size / 2)},${r2(y)}L${r2(x + size)},${eave}V${r2(y + size)}H${r2(x)}Z`;
}

/**
 * Lays `amount` units in rows of `cols`, left to right: floor(amount) whole units
 * and, if amount is not whole, one unit filled to its fraction.
 */
export function unitRows(amount: number, x: number, y: number, cols: number, pitch: number, size: number): UnitGroup[] {
  const whole = Math.floor(amount + 1e-9);
  // Not rounded to 0.01: 11.215 squares must keep its 0.215, not become 0.22.
  const fraction = Number.parseFloat((amount - whole).toPrecision(12));
  const slots = whole + (fraction > 0 ? 1 : 0);
  const rows: UnitGroup[] = [];
  for (let start = 0; start < slots; start += cols) {
    const row = rows.length;
    const at = (i: number): Unit => ({ x: r2(x + (i - start) * pitch), y: r2(y + row * pitch), size });
    const end = Math.min(start + cols, whole);
    const units = Array.from({ length: Math.max(0, end - start) }, (_, k) => at(start + k));
    const group: UnitGroup = { units, d: squares(units) };
    if (fraction > 0 && whole >= start && whole < start + cols) group.partial = { ...at(whole), fraction, fillWidth: r2(size * fraction) };
    rows.push(group);
  }
  return rows;
}

const TEXT = {
  zh: {
    investLabel: '教育累计投资',
    projectsLabel: '投用新建、改扩建中小学项目',
    courses: (d: EducationData) =>
      `课程改革：形成品牌校本课程${formatFigure(d.courses, 'zh')}，获评国家级奖项${formatFigure(d.awards, 'zh')}`,
    classesLabel: '新增教学班',
    classesNote: `每格一个班，每块${CLASSES_PER_BLOCK}个`,
    kicker: '课后服务',
    legend: `每格代表${PEOPLE_PER_UNIT}人`,
    teachersLabel: '参与课后服务的教师',
    studentsLabel: '惠及学生',
    more: '▶ 原文为“余”：实际人数多于所画',
    title: { investment: '投入', classes: '教学班', 'after-school': '课后服务' },
    investment: (d: EducationData) =>
      `过去十年，金水区教育累计投资${formatFigure(d.investment, 'zh')}，投用新建、改扩建中小学项目${formatFigure(d.schoolProjects, 'zh')}。`,
    classes: (d: EducationData) => `新增教学班${formatFigure(d.newClasses, 'zh')}：图中每个小格是一个班。`,
    'after-school': (d: EducationData) =>
      `现有${formatFigure(d.teachers, 'zh')}教师参与课后服务，惠及${formatFigure(d.students, 'zh')}学生。`,
  },
  en: {
    investLabel: 'Invested in education, in total',
    projectsLabel: 'School projects, new or expanded, in use',
    courses: (d: EducationData) => `Curriculum reform: ${formatFigure(d.courses, 'en')}, ${formatFigure(d.awards, 'en')} at national level`,
    classesLabel: 'New classes',
    classesNote: `in blocks of ${CLASSES_PER_BLOCK}`,
    kicker: 'After-school services',
    legend: `one square = ${groupThousands(PEOPLE_PER_UNIT)} people`,
    teachersLabel: 'Teachers taking part',
    studentsLabel: 'Students served',
    more: '▶ the source says “over”: the true number is higher',
    title: { investment: 'Investment', classes: 'Classes', 'after-school': 'After school' },
    investment: (d: EducationData) =>
      `Over the decade Jinshui invested ${formatFigure(d.investment, 'en')} in education and put ${formatFigure(d.schoolProjects, 'en')} for new or expanded primary and secondary schools into use.`,
    classes: (d: EducationData) => `It added ${formatFigure(d.newClasses, 'en')}; each small square is one class.`,
    'after-school': (d: EducationData) =>
      `${formatFigure(d.teachers, 'en')} now provide after-school services, reaching ${formatFigure(d.students, 'en')}.`,
  },
} satisfies Record<Lang, unknown>;

export function educationGeometry(data: EducationData, options: GeometryOptions = {}): EducationGeometry {
  const { lang = 'zh', width = 400, marginLeft = 8, marginRight = 8 } = options;
  const text = TEXT[lang];
  const x0 = marginLeft;
  const right = width - marginRight;
  const inner = right - x0;

  // Section 1: money and the school projects it built.
  const schoolCols = 25;
  const schoolPitch = r2(inner / schoolCols);
  const schoolSize = 12;
  const schoolsTop = 76;
  const schools = Array.from({ length: Math.round(data.schoolProjects.value) }, (_, i) => {
    const x = r2(x0 + (i % schoolCols) * schoolPitch + (schoolPitch - schoolSize) / 2);
    const y = r2(schoolsTop + Math.floor(i / schoolCols) * (schoolSize + 4));
    return { x, y, size: schoolSize, d: schoolPath(x, y, schoolSize) };
  });
  const schoolsBottom = schools.length ? Math.max(...schools.map((s) => s.y + s.size)) : schoolsTop;

  // Section 2: one square per class, in 10 × 10 blocks, seven blocks to a row.
  const classesLabelY = r2(schoolsBottom + 52);
  const unit = 4;
  const pitch = 5;
  const blockSize = 10 * pitch - (pitch - unit);
  const blockGap = 6;
  const blocksPerRow = 7;
  const blocksTop = classesLabelY + 10;
  const classes = Math.round(data.newClasses.value);
  const blocks: UnitGroup[] = [];
  for (let b = 0; b * CLASSES_PER_BLOCK < classes; b++) {
    const bx = x0 + (b % blocksPerRow) * (blockSize + blockGap);
    const by = blocksTop + Math.floor(b / blocksPerRow) * (blockSize + blockGap);
    const n = Math.min(CLASSES_PER_BLOCK, classes - b * CLASSES_PER_BLOCK);
    const units = Array.from({ length: n }, (_, k) => ({
      x: r2(bx + (k % 10) * pitch),
      y: r2(by + Math.floor(k / 10) * pitch),
      size: unit,
    }));
    blocks.push({ units, d: squares(units) });
  }
  const blocksBottom = blocksTop + Math.ceil(blocks.length / blocksPerRow) * (blockSize + blockGap) - blockGap;

  // Section 3: after-school service, one square per PEOPLE_PER_UNIT people.
  const kickerY = r2(blocksBottom + 34);
  const pUnit = 10;
  const pPitch = 12;
  const pCols = Math.floor((inner + (pPitch - pUnit)) / pPitch);
  const teachersLabelY = r2(kickerY + 22);
  // No teachers (or no students) lays out no rows: an empty group, and the ▶ at the start of the row.
  const teachers = unitRows(data.teachers.value / PEOPLE_PER_UNIT, x0, teachersLabelY + 7, pCols, pPitch, pUnit)[0] ?? { units: [], d: '' };
  const studentsLabelY = r2(teachersLabelY + 7 + pPitch + 24);
  const studentRows = unitRows(data.students.value / PEOPLE_PER_UNIT, x0, studentsLabelY + 7, pCols, pPitch, pUnit);
  const last = studentRows[studentRows.length - 1];
  const lastUnit = last ? (last.partial ?? last.units[last.units.length - 1]!) : { x: x0 - pUnit - 3, y: r2(studentsLabelY + 7) };
  const lowerBound = data.students.qualifier?.meaning === 'more-than' || data.students.qualifier?.meaning === 'at-least';
  const studentsBottom = studentsLabelY + 7 + studentRows.length * pPitch - (pPitch - pUnit);
  const noteY = r2(studentsBottom + 18);
  const height = options.height ?? Math.ceil(noteY + (lowerBound ? 8 : -10));

  const order = (s: EducationState) => EDUCATION_STATES.indexOf(s);
  const states = EDUCATION_STATES.map((id) => {
    const classesShown = order(id) >= order('classes');
    const after = order(id) >= order('after-school');
    const marks: Record<string, MarkAttrs> = {
      // The section just added is the focus; in the last state everything is at full strength.
      investment: { opacity: id === 'classes' ? 0.35 : 1 },
      'classes-label': { opacity: classesShown ? 1 : 0 },
      ...Object.fromEntries(blocks.map((_, i) => [`classes-block-${i}`, { opacity: classesShown ? 1 : 0 }])),
      'after-school-label': { opacity: after ? 1 : 0 },
      teachers: { opacity: after ? 1 : 0 },
      ...Object.fromEntries(studentRows.map((_, i) => [`students-row-${i}`, { opacity: after ? 1 : 0 }])),
      'students-more': { opacity: after && lowerBound ? 1 : 0 },
    };
    return { id, title: text.title[id], description: text[id](data), marks };
  });

  return {
    ...assertComplete({ width, height, states }),
    x0,
    investment: {
      labelY: 18,
      label: text.investLabel,
      valueY: 42,
      value: formatFigure(data.investment, lang),
      projectsY: 66,
      projectsLabel: text.projectsLabel,
      projectsValue: formatFigure(data.schoolProjects, lang),
      schools,
      coursesY: r2(schoolsBottom + 20),
      courses: text.courses(data),
    },
    classes: {
      labelY: classesLabelY,
      label: text.classesLabel,
      value: formatFigure(data.newClasses, lang),
      note: text.classesNote,
      noteX: right,
      blocks,
    },
    afterSchool: {
      kickerY,
      kicker: text.kicker,
      legend: text.legend,
      legendX: right,
      teachers: { labelY: teachersLabelY, label: text.teachersLabel, value: formatFigure(data.teachers, lang), group: teachers },
      students: { labelY: studentsLabelY, label: text.studentsLabel, value: formatFigure(data.students, lang), rows: studentRows },
      more: { x: r2(lastUnit.x + pUnit + 3), y: lastUnit.y, noteY, note: text.more, lowerBound },
    },
  };
}

/** The figure behind each role of EducationData, by id; read with figuresFor(FIGURES, edition). */
export const FIGURES = {
  investment: 'education-investment',
  schoolProjects: 'school-projects',
  newClasses: 'new-classes',
  teachers: 'after-school-teachers',
  students: 'after-school-students',
  courses: 'school-based-courses',
  awards: 'national-education-awards',
} as const satisfies Record<keyof EducationData, string>;
