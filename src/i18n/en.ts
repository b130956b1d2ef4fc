import type { UiStrings } from './types.ts';

export const en = {
  skipToContent: 'Skip to content',
  readingSettings: 'Reading settings',
  textSize: 'Text size',
  textSizeStandard: 'Standard',
  textSizeLarge: 'Large',
  textSizeExtraLarge: 'Extra large',
  highContrast: 'High contrast',
  readChapter: 'Read this chapter aloud',
  readStep: 'Read this step aloud',
  stopReading: 'Stop reading',
  copyStepLink: 'Copy a link to this step',
} as const satisfies UiStrings;
