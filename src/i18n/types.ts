/**
 * Interface text, one module per language (zh.ts, en.ts). Each satisfies this
 * type, so a key missing from a language fails `astro check`. Components ask
 * `ui(lang).key` and never branch on the language. Editorial text lives in content/.
 */
export interface UiStrings {
  /** Skip link at the top of every page. */
  skipToContent: string;
  /** Name of the reading-settings toolbar in the header. */
  readingSettings: string;
  /** Label of the text-size switch. */
  textSize: string;
  /** The three text sizes, in order. */
  textSizeStandard: string;
  textSizeLarge: string;
  textSizeExtraLarge: string;
  /** The high-contrast toggle. */
  highContrast: string;
  /** Read-aloud: the whole chapter, one step, and the label while reading. */
  readChapter: string;
  readStep: string;
  stopReading: string;
  /** The "#" on a step card (copies the step's link). */
  copyStepLink: string;
}
