/**
 * The reading-settings toolbar in the header: text size (标准/大/特大) and high
 * contrast. The pre-paint script (prepaint.ts) already applied the stored
 * choice, and CSS draws the pressed button from <html>'s attributes, so this
 * only handles presses and keeps aria-pressed true for screen readers.
 */
import { CONTRASTS, STORAGE_KEYS, TEXT_SIZES, type Contrast, type TextSize } from './settings.ts';

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // No storage: the choice holds for this page only.
  }
}

const isTextSize = (v: string | undefined): v is TextSize => (TEXT_SIZES as readonly string[]).includes(v ?? '');
const isContrast = (v: string | undefined): v is Contrast => (CONTRASTS as readonly string[]).includes(v ?? '');

export function startReaderTools(doc: Document = document): void {
  const root = doc.documentElement;
  const win = doc.defaultView;
  const sizeButtons = [...doc.querySelectorAll<HTMLButtonElement>('[data-text-size-set]')];
  const contrastButton = doc.querySelector<HTMLButtonElement>('[data-contrast-toggle]');
  const systemMore = win?.matchMedia('(prefers-contrast: more)');

  const textSize = (): TextSize => {
    const v = root.dataset['textSize'];
    return isTextSize(v) ? v : 'standard';
  };
  const contrast = (): Contrast => {
    const v = root.dataset['contrast'];
    return isContrast(v) ? v : systemMore?.matches ? 'more' : 'standard';
  };
  const sync = (): void => {
    for (const b of sizeButtons) b.setAttribute('aria-pressed', String(b.dataset['textSizeSet'] === textSize()));
    contrastButton?.setAttribute('aria-pressed', String(contrast() === 'more'));
  };

  for (const b of sizeButtons) {
    b.addEventListener('click', () => {
      const size = b.dataset['textSizeSet'];
      if (!isTextSize(size)) return;
      if (size === 'standard') delete root.dataset['textSize'];
      else root.dataset['textSize'] = size;
      store(STORAGE_KEYS.textSize, size);
      sync();
    });
  }
  contrastButton?.addEventListener('click', () => {
    const next: Contrast = contrast() === 'more' ? 'standard' : 'more';
    root.dataset['contrast'] = next;
    store(STORAGE_KEYS.contrast, next);
    sync();
  });
  systemMore?.addEventListener?.('change', sync);
  sync();
}
