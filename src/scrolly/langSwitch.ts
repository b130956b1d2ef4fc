/**
 * The language switcher is a plain link to the same chapter in the other
 * language (it works without JavaScript). With it, the link also carries the
 * step being read, #step-<state>: step ids are the same in every language, so
 * the other page opens at the same step, in the same chart state.
 */
export function startLangSwitch(doc: Document = document): void {
  const win = doc.defaultView;
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')];
  if (!win || !links.length) return;
  const current = (): string => {
    const active = doc.querySelector<HTMLElement>('[data-step].is-active');
    if (active?.id) return `#${active.id}`;
    const hash = win.location.hash;
    return hash && doc.getElementById(decodeURIComponent(hash.slice(1)))?.hasAttribute('data-step') ? hash : '';
  };
  for (const link of links) {
    const base = link.href.split('#')[0]!;
    // At the moment of following it (click, Enter, middle click), so the step is the one in view.
    const update = (): void => {
      link.href = base + current();
    };
    link.addEventListener('click', update);
    link.addEventListener('auxclick', update);
    link.addEventListener('focus', update);
    link.addEventListener('pointerenter', update);
  }
}
