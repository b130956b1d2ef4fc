/**
 * Read-aloud (适老化 voice reading): a button per step and one per chapter read
 * the text with the browser's speechSynthesis, in a voice of the page's language
 * (zh-CN on Chinese pages). The buttons stay invisible (their room reserved, so
 * nothing moves) until such a voice exists.
 *
 * While a chapter is read, each step is scrolled to the trigger line before it
 * is spoken, exactly as a reader scrolling would bring it there: the story's own
 * orchestrator then activates the step and moves its chart. This module never
 * talks to the charts itself.
 *
 * It stops on a second press, on Escape and when the page is left.
 */
import { spoken } from './spoken.ts';

/** What a reading item's text leaves out: the "#" step link, buttons, tooltips, marks hidden from screen readers. */
const SKIP = 'button, [data-step-link], .fig__tip, [aria-hidden="true"], .visually-hidden, script, style';

/** The text of an element as the page shows it, figures included, controls left out. */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const e = node as Element;
      // A bound figure is a button, but its value is text to read.
      if (e.matches('.fig__value')) {
        const value = e.querySelector('data');
        if (value) parts.push(value.textContent ?? '');
        return;
      }
      if (e.matches(SKIP)) return;
      node.childNodes.forEach(walk);
      // Block ends are pauses.
      if (/^(P|LI|H[1-6]|BLOCKQUOTE|DIV)$/.test(e.tagName)) parts.push(' ');
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Does a voice's language suit the page's ("zh-CN" page: zh-CN / zh_CN voices; "en" page: any English voice)? */
export function voiceFits(voiceLang: string, pageLang: string): boolean {
  const v = voiceLang.replace('_', '-').toLowerCase();
  const p = pageLang.toLowerCase();
  return p.startsWith('zh')
    ? v === 'zh-cn' || v.startsWith('zh-cn-') || v === 'cmn-cn' || v.startsWith('cmn-hans-cn')
    : v.split('-')[0] === p.split('-')[0];
}

/** What a chapter reads, in order: its heading, then prose blocks and steps (never the chart furniture). */
function chapterItems(doc: Document): HTMLElement[] {
  const article = doc.querySelector('article');
  if (!article) return [];
  // No :is(): old WeChat webviews (Chrome < 88) would reject the whole selector.
  const blocks = ['p', 'h2', 'h3', 'ul', 'ol', 'blockquote'].map((t) => `.prose > ${t}`).join(', ');
  return [...article.querySelectorAll<HTMLElement>(`.chapter__head > h1, .chapter__head > .chapter__deck, ${blocks}, [data-step]`)];
}

export function startReadAloud(doc: Document = document): void {
  const win = doc.defaultView;
  const synth = win?.speechSynthesis;
  const Utterance = win?.SpeechSynthesisUtterance;
  if (!win || !synth || !Utterance) return;
  const root = doc.documentElement;
  const lang = root.lang || 'zh-CN';
  const buttons = [...doc.querySelectorAll<HTMLButtonElement>('[data-read]')];
  if (!buttons.length) return;

  let voice: SpeechSynthesisVoice | undefined;
  const findVoice = (): void => {
    voice = synth.getVoices().find((v) => voiceFits(v.lang, lang));
    root.classList.toggle('can-read', Boolean(voice));
  };
  findVoice();
  synth.addEventListener?.('voiceschanged', findVoice);
  // Some browsers keep speaking a page that was left: start silent.
  synth.cancel();

  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)');
  let session: { button: HTMLButtonElement; items: HTMLElement[]; index: number } | null = null;

  const labelOf = (b: HTMLButtonElement): string => b.dataset['label'] ?? b.textContent ?? '';
  const setPressed = (b: HTMLButtonElement, on: boolean): void => {
    b.dataset['label'] ??= b.textContent ?? '';
    b.setAttribute('aria-pressed', String(on));
    b.textContent = on ? (b.dataset['stop'] ?? '') : labelOf(b);
  };

  const stop = (): void => {
    if (!session) return;
    const { button, items, index } = session;
    session = null;
    items[index]?.classList.remove('is-reading');
    setPressed(button, false);
    synth.cancel();
  };

  const speakAt = (index: number): void => {
    if (!session) return;
    const item = session.items[index];
    session.items[session.index]?.classList.remove('is-reading');
    session.index = index;
    if (!item) return stop();
    item.classList.add('is-reading');
    const behavior = reducedMotion.matches ? 'auto' : 'smooth';
    // A step's scroll-margin puts it just above the trigger line, so the orchestrator makes it
    // active and moves its chart. Focus stays on the button, so a second press (or Escape) stops.
    item.scrollIntoView({ behavior, block: item.hasAttribute('data-step') ? 'start' : 'center' });
    const text = spoken(readableText(item), lang);
    if (!text) return speakAt(index + 1);
    const utterance = new Utterance(text);
    utterance.lang = lang;
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    const current = session;
    utterance.onend = () => {
      if (session === current) speakAt(index + 1);
    };
    utterance.onerror = () => {
      if (session === current) stop();
    };
    synth.speak(utterance);
  };

  const start = (button: HTMLButtonElement, items: HTMLElement[]): void => {
    stop();
    session = { button, items, index: 0 };
    setPressed(button, true);
    speakAt(0);
  };

  for (const button of buttons) {
    button.addEventListener('click', () => {
      if (session?.button === button) return stop();
      const step = button.closest<HTMLElement>('[data-step]');
      start(button, step ? [step] : chapterItems(doc));
    });
  }
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && session) stop();
  });
  win.addEventListener('pagehide', stop);
}
