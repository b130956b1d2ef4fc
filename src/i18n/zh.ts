import type { UiStrings } from './types.ts';

export const zh = {
  skipToContent: '跳到正文',
  readingSettings: '阅读设置',
  textSize: '字号',
  textSizeStandard: '标准',
  textSizeLarge: '大',
  textSizeExtraLarge: '特大',
  highContrast: '高对比度',
  readChapter: '朗读本章',
  readStep: '朗读这一步',
  stopReading: '停止朗读',
  copyStepLink: '复制这一步的链接',
} as const satisfies UiStrings;
