/**
 * The data page and downloads (issue 12): the table holds every figure, without
 * JavaScript too; rows link to chapters and steps, chart tables link to rows;
 * figures.csv parses with d3-dsv and round-trips every figure; figures.xlsx opens
 * with exceljs (the library that wrote it) and holds the same rows.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures.ts';
import { layoutShifts } from './layoutShifts.ts';

const DATA = '/2022/zh/data/';
const json = JSON.parse(readFileSync('dist/2022/figures.json', 'utf8')) as { figures: Record<string, unknown>[] };
const records = json.figures;
const columns = Object.keys(records[0]!);
/** CSV and XLSX cells are text or numbers; JSON keeps booleans. Compare as the CSV writes them. */
const asText = (v: unknown): string => String(v);

// Runs in the desktop project only (device-independent): see DESKTOP_ONLY in playwright.config.ts.

test('the data page holds every figure, complete without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DATA);
  const ids = await page.$$eval('[data-figure-row]', (rows) => rows.map((r) => (r as HTMLElement).dataset['figureRow']));
  expect(ids.sort()).toEqual(records.map((r) => r['id']).sort());
  for (const r of records) {
    const row = page.locator(`#fig-${r['id']}`);
    await expect(row).toContainText(String(r['text_zh']));
    await expect(row).toContainText(String(r['value']));
    if (r['source_quote']) await expect(row).toContainText(String(r['source_quote']));
  }
  // The filter is script-only, so it is not shown without script.
  await expect(page.locator('[data-table-tools]')).toBeHidden();
  await context.close();
});

test('the data table filters and sorts', async ({ guarded: page }) => {
  await page.goto(DATA);
  const rows = page.locator('[data-figure-row]:visible');
  await expect(rows).toHaveCount(records.length);
  await page.getByRole('searchbox').fill('网格');
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(records.length);
  for (const text of await rows.allTextContents()) expect(text).toContain('网格');
  await page.getByRole('searchbox').fill('');
  await page.getByRole('button', { name: '数值' }).click();
  const values = await page.$$eval('[data-figure-row] td:nth-of-type(2) data', (els) => els.map((e) => Number(e.getAttribute('value'))));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
});

for (const path of [DATA, '/2022/en/data/'])
  for (const [width, height] of [
    [390, 844],
    [1440, 900],
  ] as const) {
    test(`${path} at ${width}×${height}: the table tools hold their place from the first paint, so nothing shifts when the script runs`, async ({
      guarded: page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      // The enhancement is done once every heading is a sort button.
      await expect(page.locator('th[data-col] > button.data-table__sort')).toHaveCount(8);
      await expect(page.locator('[data-table-tools]')).toBeVisible();
      expect(await layoutShifts(page)).toEqual([]);
    });
  }

test('every row links back to a chapter step that exists, and every chart table links to its row', async ({ guarded: page, request }) => {
  await page.goto(DATA);
  const links = await page.$$eval('[data-figure-row] td:last-child a', (as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(records.length / 2);
  const pages = new Map<string, string>();
  for (const href of new Set(links)) {
    const [path, hash] = href.split('#') as [string, string | undefined];
    if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
    if (hash) expect(pages.get(path), href).toContain(`id="${hash}"`);
  }
  const rowIds = new Set(await page.$$eval('[data-figure-row]', (rows) => rows.map((r) => r.id)));
  for (const chapter of ['/2022/zh/prologue/', '/2022/zh/economy/', '/2022/zh/governance/', '/2022/zh/livelihood/']) {
    const html = pages.get(chapter) ?? (await (await request.get(chapter)).text());
    const tableLinks = [...html.matchAll(/data-figure-row="([^"]+)">\s*<th scope="row"><a href="\/2022\/zh\/data\/#(fig-[^"]+)"/g)];
    expect(tableLinks.length, chapter).toBeGreaterThan(0);
    for (const [, id, target] of tableLinks) {
      expect(target).toBe(`fig-${id}`);
      expect(rowIds.has(target!), target).toBe(true);
    }
  }
});

test('figures.csv parses with d3-dsv and round-trips every figure (UTF-8 with BOM)', async ({ request }) => {
  const body = await (await request.get('/2022/figures.csv')).body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csvParse(body.toString('utf8').slice(1));
  expect(rows.columns).toEqual(columns);
  expect(rows.length).toBe(records.length);
  rows.forEach((row, i) => {
    for (const c of columns) expect(row[c], `${records[i]!['id']}.${c}`).toBe(asText(records[i]![c]));
    expect(Number(row['value'])).toBe(records[i]!['value']);
  });
});

test('figures.xlsx opens with exceljs and holds the same rows', async ({ request }) => {
  const response = await request.get('/2022/figures.xlsx');
  expect(response.ok()).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('figures')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(columns);
  expect(sheet.rowCount).toBe(records.length + 1);
  records.forEach((r, i) => {
    const values = (sheet.getRow(i + 2).values as unknown[]).slice(1);
    columns.forEach((c, j) => {
      const cell = values[j] ?? '';
      if (c === 'value') expect(cell, `${r['id']}.value`).toBe(r['value']);
      else expect(asText(cell), `${r['id']}.${c}`).toBe(asText(r[c]));
    });
  });
});
