/**
 * axe-core, run the same way by every spec. It runs as one axe.run() in the
 * page ("legacy mode"): the default path runs axe.runPartial() in each frame
 * and then axe.finishRun() in a blank page of its own, passing every partial
 * result across, which took 3–6× as long on our chapters, handouts and data
 * pages (10.1 s against 1.8 s on the whole-report handout). That path exists
 * for cross-origin frames, and the site has none. Only violations are listed
 * node by node: the specs never read passes or incomplete results.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}
