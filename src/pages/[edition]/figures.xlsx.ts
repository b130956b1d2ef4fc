/** /<edition>/figures.xlsx — the same records as figures.csv, as an Excel workbook (written with exceljs). */
import type { APIRoute } from 'astro';
import { editionIds } from '../../data/index.ts';
import { figureRecords, toXlsx } from '../../data/exportFigures.ts';

export function getStaticPaths() {
  return editionIds().map((edition) => ({ params: { edition } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await toXlsx(figureRecords(params['edition']!)), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
