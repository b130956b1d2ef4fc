import type { StepSignal } from './stepSignal.ts';

/**
 * The language switcher is a plain link to the same chapter in the other
 * language (it works without JavaScript). With it, the link also carries the
 * step being read, #step-<state>: step ids are the same in every language, so
 * the other page opens at the same step, in the same chart state.
 */
export function startLangSwitch(signal: StepSignal, doc: Document = document): void {
  const win = doc.defaultView;
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')];
  const steps = [...doc.querySelectorAll<HTMLElement>('[data-step]')];
  if (!win || !links.length || !steps.length) return;
  const bases = links.map((link) => link.href.split('#')[0]!);
  const point = (id: string): void => links.forEach((link, i) => (link.href = id ? `${bases[i]}#${id}` : bases[i]!));

  // A #step link the reader arrived with is where they are until another step activates.
  const hash = decodeURIComponent(win.location.hash.slice(1));
  if (hash && doc.getElementById(hash)?.hasAttribute('data-step')) point(hash);
  // The step being read is the one the orchestrator activated last (stepSignal.ts), while reading on.
  // Steps that activate while the reader scrolls back up, as they do on the way to this link in
  // the header, do not move it: the link keeps the furthest step reached, or the one linked to.
  // At start the orchestrator sets every section to a step, the sections off screen included: the
  // link keeps the #step the page was opened with until the reader moves.
  signal.subscribe(({ step, direction, arrival }) => {
    if (arrival !== 'start' && direction !== 'up') point(step.id);
  });
}
