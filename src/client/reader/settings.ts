/**
 * Reading preferences (text size, contrast), kept in localStorage and applied
 * to <html> as data-text-size / data-contrast; CSS does the rest (global.css).
 * Shared by the pre-paint script (prepaint.ts, build time) and the switch (readerTools.ts, browser).
 */
export const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const CONTRASTS = ['standard', 'more'] as const;
export type Contrast = (typeof CONTRASTS)[number];

export const STORAGE_KEYS = { textSize: 'jinshui:text-size', contrast: 'jinshui:contrast' } as const;
