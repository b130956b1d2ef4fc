/**
 * Step links: the "#" on each step card. Without JS it is a plain anchor (the
 * deep link lands in the address bar). With JS one tap copies the step's URL,
 * because on phones — WeChat above all — readers share by pasting, and an
 * address bar that is hidden or read-only is no way to get a link out.
 */

/** How long the "copied" label stays: long enough to read, short enough not to linger. */
const FEEDBACK_MS = 2000;

/**
 * Old WeChat/X5 webviews have no async Clipboard API; a selected, read-only
 * textarea and execCommand('copy') still work there (read-only: no keyboard pops up).
 * It goes inside the card, not the body, so focusing it cannot scroll the page.
 */
function legacyCopy(text: string, near: HTMLElement): boolean {
  const doc = near.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'visually-hidden';
  area.tabIndex = -1;
  near.after(area);
  const back = doc.activeElement as HTMLElement | null;
  let ok = false;
  try {
    area.focus({ preventScroll: true });
    area.select();
    area.setSelectionRange(0, text.length); // iOS ignores select() alone
    ok = doc.execCommand('copy');
  } catch {
    // Not copied: ok stays false, and the click goes on as a plain link to the step.
  }
  area.remove();
  back?.focus({ preventScroll: true });
  return ok;
}

export function startStepLinks(doc: Document = document): void {
  const win = doc.defaultView;
  if (!win || !doc.querySelector('[data-step-link]')) return;
  // From the page's strings module, via <body data-t-link-copied> (BaseLayout).
  const copiedText = doc.body.dataset['tLinkCopied'] ?? '';

  // One polite live region, made up front: screen readers only announce changes
  // to a region that was already in the page. Prepended so it cannot add height below the footer.
  const live = doc.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  doc.body.prepend(live);

  /** Original label and pending reset timer of each link showing feedback (a repeat tap restarts the timer). */
  const showing = new Map<HTMLElement, [label: string, timer: number]>();

  function feedback(link: HTMLElement): void {
    const [label, timer] = showing.get(link) ?? [link.getAttribute('aria-label') ?? '', 0];
    win!.clearTimeout(timer);
    link.setAttribute('aria-label', copiedText);
    link.title = copiedText;
    link.classList.add('is-copied');
    // Clear, then set on the next tick: the same text set twice would not be announced twice.
    live.textContent = '';
    win!.setTimeout(() => (live.textContent = copiedText), 50);
    showing.set(link, [
      label,
      win!.setTimeout(() => {
        link.setAttribute('aria-label', label);
        link.title = label;
        link.classList.remove('is-copied');
        live.textContent = '';
        showing.delete(link);
      }, FEEDBACK_MS),
    ]);
  }

  // One delegated listener instead of one per step: less work at start-up on slow phones.
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-step-link]');
    // Modified clicks (new tab, etc.) keep their usual meaning.
    if (!link || event.defaultPrevented || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const hash = link.hash;
    // No query string: share parameters (WeChat's ?from=…) do not belong in a link to a step.
    const url = win.location.origin + win.location.pathname + hash;
    const done = (): void => {
      // replaceState, not location.hash: the address bar shows the deep link without a jump or a history entry.
      win.history.replaceState(win.history.state, '', hash);
      feedback(link);
    };
    const clip = win.navigator.clipboard;
    if (!clip?.writeText) {
      // Synchronous path: if it fails, the click goes on as a plain anchor.
      if (legacyCopy(url, link)) {
        event.preventDefault();
        done();
      }
      return;
    }
    event.preventDefault();
    clip.writeText(url).then(done, () => {
      if (legacyCopy(url, link)) done();
      // Nothing could copy: do what the anchor would have done.
      else win.location.hash = hash;
    });
  });
}
