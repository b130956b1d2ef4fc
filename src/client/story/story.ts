/** Everything a chapter page runs, as one lazily loaded chunk (see the chapter page's script). */
import { startStory } from './orchestrator.ts';
import { startStepLinks } from './stepLinks.ts';
import { startResume } from './resume.ts';
import { startLangSwitch } from './langSwitch.ts';
import { createStepSignal } from './stepSignal.ts';

export function start(): void {
  // One signal for the step being read: the orchestrator publishes, resume and the language switch follow.
  const signal = createStepSignal();
  startStory(document, signal);
  startStepLinks();
  startResume(signal);
  startLangSwitch(signal);
}
