/** /<edition>/figures.csv — every figure of the edition, for spreadsheets and classrooms. */
import type { APIRoute } from 'astro';
import { editionIds } from '../../data/index.ts';
import { figureRecords, toCsv } from '../../data/exportFigures.ts';

export function getStaticPaths() {
  return editionIds().map((edition) => ({ params: { edition } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv(figureRecords(params['edition']!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
