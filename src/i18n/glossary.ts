/**
 * One glossary of proper names, used by every language: chapters write
 * <Term id="city-brain"/>, which prints the name in the page's language and, on
 * pages that show originals (strings(lang).showOriginal), the Chinese in
 * parentheses at its first use on the page, so a reader can search for it.
 * `avoid` lists spellings that must not appear in English text (a unit test
 * checks the English chapters and strings against them).
 */
import type { Lang } from './lang.ts';

export interface GlossaryEntry extends Record<Lang, string> {
  /** English spellings that must not be used instead of `en`. */
  avoid?: readonly string[];
}

export const GLOSSARY = {
  jinshui: { zh: '金水区', en: 'Jinshui District', avoid: ['Jinshui district', 'Jin Shui'] },
  zhengzhou: { zh: '郑州市', en: 'Zhengzhou' },
  henan: { zh: '河南省', en: 'Henan Province', avoid: ['Henan province'] },
  'city-brain': { zh: '城市大脑', en: 'City Brain', avoid: ['city brain', 'City brain', 'urban brain'] },
  'digital-jinshui': { zh: '数智金水', en: 'Digital Jinshui', avoid: ['Smart Jinshui', 'Digital-Intelligent Jinshui'] },
  'industry-brain': { zh: '数智金水产业大脑', en: 'Digital Jinshui Industry Brain', avoid: ['industry brain', 'Industrial Brain'] },
  'grid-governance': { zh: '网格治理', en: 'grid-based governance', avoid: ['grid management', 'gridded governance', 'grid governance'] },
  'above-size': {
    zh: '四上企业',
    en: 'enterprises above designated size',
    avoid: ['above-scale enterprises', 'four-above', 'above scale'],
  },
  top100: {
    zh: '全国高质量发展百强区',
    en: "China's top 100 districts for high-quality development",
    avoid: ['Top 100 Districts', 'hundred strongest'],
  },
  binjiang: { zh: '滨江区', en: 'Binjiang District' },
  yuhang: { zh: '余杭区', en: 'Yuhang District' },
  'zhang-hongwei': { zh: '张红伟', en: 'Zhang Hongwei' },
  'songshan-lab': { zh: '嵩山实验室', en: 'Songshan Laboratory' },
  'yellow-river-lab': { zh: '黄河实验室', en: 'Yellow River Laboratory' },
  'shennong-lab': { zh: '神农种业实验室', en: 'Shennong Seed Industry Laboratory' },
  'xinda-jiean': { zh: '信大捷安', en: 'Xinda Jie’an' },
  yuanlu: {
    zh: '园路商圈',
    en: '“Yuanlu” shopping district (as printed; probably Huayuan Road, our note)',
    avoid: ['Yuanlu business circle', 'Yuanlu Business District'],
  },
  'david-city': { zh: '大卫城', en: 'David City' },
  zhenghong: { zh: '正弘城', en: 'Zhenghong City' },
  'jin-xiaoer': { zh: '金小二', en: 'Jin Xiao’er' },
  'four-to': { zh: '四到服务', en: '“four arrivals” service' },
  'smart-government': { zh: '5G+全景式智慧政务', en: '5G+ panoramic smart government' },
  xianqing: { zh: '先庆路', en: '“Xianqing Road” (as printed; probably Fengqing Road, our note)' },
  'three-free': { zh: '三免一全', en: '“three frees and one whole”' },
  'one-old-one-young': { zh: '一老一小', en: '“the old and the young”' },
  'talent-system': { zh: '“1+17+N”人才服务体系', en: '“1+17+N” talent service system' },
  'dual-innovation-base': { zh: '双创示范基地', en: 'mass entrepreneurship and innovation demonstration base' },
  'education-2-0': { zh: '河南省教育信息化2.0示范区', en: 'Henan Province Education Informatization 2.0 demonstration area' },
  'smart-elderly-base': { zh: '全国智慧健康养老示范基地', en: 'national smart health and elderly care demonstration base' },
  'city-slogan': { zh: '创新智城·品质金水', en: 'Innovative Smart City, Quality Jinshui' },
  'party-secretary': { zh: '金水区委书记', en: 'Secretary of the Jinshui District Committee of the Communist Party of China' },
  zhengguan: { zh: '正观新闻·郑州晚报', en: 'Zhengguan News · Zhengzhou Evening News' },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof GLOSSARY;

export function isTermId(id: string): id is TermId {
  return Object.hasOwn(GLOSSARY, id);
}
