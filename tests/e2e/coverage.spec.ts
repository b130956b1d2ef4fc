/**
 * Coverage: every figure in the data module appears on a chapter page at least
 * once, bound in prose (<Fig>, data-figure) or drawn in a chart (its data table
 * row, data-figure-row). The sources page lists everything, so it does not count.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFigures } from '../../src/data/index.ts';
import { CHAPTER_PAGES } from './pages.ts';

// Runs in the desktop project only (device-independent): see DESKTOP_ONLY in playwright.config.ts.

test('every figure of the 2022 edition appears in a chapter', () => {
  const shown = new Set<string>();
  for (const page of CHAPTER_PAGES.filter((p) => p.startsWith('/2022/'))) {
    const html = readFileSync(join('dist', page, 'index.html'), 'utf8');
    for (const m of html.matchAll(/data-figure(?:-row)?="([^"]+)"/g)) shown.add(m[1]!);
  }
  const missing = allFigures('2022')
    .map((f) => f.id)
    .filter((id) => !shown.has(id));
  expect(missing, `figures not shown on any chapter page: ${missing.join(', ')}`).toEqual([]);
});
