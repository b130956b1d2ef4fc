/**
 * Interface text of the classroom kit (present view, handouts, teacher page, data
 * page, offline note), one record per language. Typed against the zh record, so a
 * language missing a key fails `astro check`. Editorial text (questions, glossary)
 * lives in content/, not here.
 */
import type { Lang } from '../data/index.ts';

const zh = {
  present: '投影模式',
  presentOf: (title: string) => `投影：${title}`,
  slideCounter: '步骤',
  prevSlide: '上一步',
  nextSlide: '下一步',
  fullscreen: '全屏（F）',
  jumpChapter: '跳到其他章节',
  backToReading: '回到阅读视图（同一步）',
  presentHelp: '翻页：← → 、PageUp/PageDown、空格；Home/End 到首尾；数字键跳到第几步；F 全屏。',
  handout: '讲义',
  handoutOf: (title: string) => `讲义：${title}`,
  handoutAll: '全文讲义（一页打印）',
  printHint: '用浏览器的“打印”（Ctrl+P）可打印或存为 PDF，纸张为 A4 纵向。',
  scanStep: '扫码看这一步',
  stepN: (n: number) => `第${n}步`,
  questions: '讨论题',
  glossary: '名词解释',
  glossaryNote: '以下释义是本站为教学写的一般性说明，不是原文数据，也不出自原文。',
  explanatory: '释义',
  teach: '教师页',
  teachTitle: '教师页：讨论题与名词解释',
  teachDeck: '每章的讨论题都围绕原文数字；数字与正文一样，悬停或点按可看原文出处。',
  classroomKit: '课堂工具',
  data: '数据表',
  dataTitle: '全部数据',
  dataDeck: (n: number, derived: number) => `本版共有${n}个数字，其中${derived}个为推算值（标 *）。每一行都链接到出现这个数字的章节和步骤。`,
  filter: '筛选',
  filterPlaceholder: '输入关键词，如 GDP、企业、2021',
  sortBy: '点列标题排序',
  shown: (n: number, total: number) => `显示 ${n} / ${total} 行`,
  col: {
    id: '编号',
    label: '指标',
    written: '原文写法',
    value: '数值',
    unit: '单位',
    period: '时期',
    qualifier: '限定',
    quote: '原文 / 推算方法',
    where: '出现在',
  },
  derivedFrom: '推算：',
  download: { csv: '下载 CSV', json: '下载 JSON', xlsx: '下载 Excel（XLSX）' },
  figureRow: '在数据表中查看',
  offlineReady: '本版已保存在本机，断网时也能打开。',
  chapterLink: '章节',
} as const;

type Strings = { [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string ? (...args: A) => string : (typeof zh)[K] extends string ? string : { [P in keyof (typeof zh)[K]]: string } };

const en: Strings = {
  present: 'Present',
  presentOf: (title) => `Presenting: ${title}`,
  slideCounter: 'Step',
  prevSlide: 'Previous step',
  nextSlide: 'Next step',
  fullscreen: 'Full screen (F)',
  jumpChapter: 'Go to another chapter',
  backToReading: 'Back to the reading view (same step)',
  presentHelp: 'Keys: ← →, PageUp/PageDown, Space; Home/End for first and last; number keys go to a step; F for full screen.',
  handout: 'Handout',
  handoutOf: (title) => `Handout: ${title}`,
  handoutAll: 'The whole report (one printable page)',
  printHint: "Print or save as PDF with the browser's Print (Ctrl+P); the layout is A4 portrait.",
  scanStep: 'Scan to open this step',
  stepN: (n) => `Step ${n}`,
  questions: 'Discussion questions',
  glossary: 'Glossary',
  glossaryNote: 'These definitions are general explanations written for teaching. They are not figures from the source and are not quoted from it.',
  explanatory: 'Explanation',
  teach: 'For teachers',
  teachTitle: 'For teachers: discussion questions and glossary',
  teachDeck: "Every chapter's questions are built on the source's figures; as in the story, hover or tap a figure for its source.",
  classroomKit: 'Classroom kit',
  data: 'Data',
  dataTitle: 'All figures',
  dataDeck: (n, derived) => `This edition holds ${n} figures; ${derived} are derived (marked *). Each row links to the chapter and step where it appears.`,
  filter: 'Filter',
  filterPlaceholder: 'Type a word, e.g. GDP, enterprises, 2021',
  sortBy: 'Sort by clicking a column heading',
  shown: (n, total) => `Showing ${n} of ${total} rows`,
  col: {
    id: 'Id',
    label: 'Measure',
    written: 'As written',
    value: 'Value',
    unit: 'Unit',
    period: 'Period',
    qualifier: 'Qualifier',
    quote: 'Source quote / method',
    where: 'Appears in',
  },
  derivedFrom: 'Derived: ',
  download: { csv: 'Download CSV', json: 'Download JSON', xlsx: 'Download Excel (XLSX)' },
  figureRow: 'See in the data table',
  offlineReady: 'This edition is saved on this device and opens without a network.',
  chapterLink: 'Chapter',
};

const STRINGS: Record<Lang, Strings> = { zh, en };

/** The classroom kit's interface text for a language. */
export function classroom(lang: Lang): Strings {
  return STRINGS[lang];
}
