/**
 * The language switcher is a plain link to the same chapter in the other
 * language (it works without JavaScript). With it, the link also carries the
 * step being read, #step-<state>: step ids are the same in every language, so
 * the other page opens at the same step, in the same chart state.
 */
export function startLangSwitch(doc: Document = document): void {
  const win = doc.defaultView;
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')];
  const steps = [...doc.querySelectorAll<HTMLElement>('[data-step]')];
  if (!win || !links.length || !steps.length) return;
  const bases = links.map((link) => link.href.split('#')[0]!);
  const point = (id: string): void => links.forEach((link, i) => (link.href = id ? `${bases[i]}#${id}` : bases[i]!));

  // A #step link the reader arrived with is where they are until another step activates.
  const hash = decodeURIComponent(win.location.hash.slice(1));
  if (hash && doc.getElementById(hash)?.hasAttribute('data-step')) point(hash);
  // Each section keeps its own active step, so the step being read is the one activated last
  // (the orchestrator marks it with .is-active; the same signal resume.ts reads) while reading on.
  // Steps that activate while the reader scrolls back up, as they do on the way to this link in
  // the header, do not move it: the link keeps the furthest step reached, or the one linked to.
  // The direction is read where the activation is seen: the orchestrator may activate a step from its
  // own scroll listener, before a listener here would have run.
  let lastY = win.scrollY;
  let goingUp = false;
  const direction = (): boolean => {
    const y = win.scrollY;
    if (y !== lastY) goingUp = y < lastY;
    lastY = y;
    return goingUp;
  };
  win.addEventListener('scroll', direction, { passive: true });
  const observer = new MutationObserver((records) => {
    if (direction()) return;
    for (const r of records) {
      const step = r.target as HTMLElement;
      if (step.classList.contains('is-active') && !(r.oldValue ?? '').split(' ').includes('is-active')) point(step.id);
    }
  });
  for (const s of steps) observer.observe(s, { attributeFilter: ['class'], attributeOldValue: true });
}
