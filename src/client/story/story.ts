/** Everything a chapter page runs, as one lazily loaded chunk (see the chapter page's script). */
import { startStory } from './orchestrator.ts';
import { startStepLinks } from './stepLinks.ts';
import { startResume } from './resume.ts';
import { startLangSwitch } from './langSwitch.ts';

export function start(): void {
  startStory();
  startStepLinks();
  startResume();
  startLangSwitch();
}
