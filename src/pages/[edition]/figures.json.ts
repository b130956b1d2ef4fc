/** /<edition>/figures.json — every figure of the edition with its source quote. */
import type { APIRoute } from 'astro';
import { editionIds, getEdition } from '../../data/index.ts';
import { figureRecords } from '../../data/exportFigures.ts';

export function getStaticPaths() {
  return editionIds().map((edition) => ({ params: { edition } }));
}

export const GET: APIRoute = ({ params }) => {
  const edition = params['edition']!;
  const { source } = getEdition(edition).edition;
  return new Response(JSON.stringify({ edition, source, figures: figureRecords(edition) }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
