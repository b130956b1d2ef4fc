/** /<edition>/source.zh.txt — the source article as published, so every quote can be checked. */
import type { APIRoute } from 'astro';
import { editionIds, getEdition } from '../../data/index.ts';

export function getStaticPaths() {
  return editionIds().map((edition) => ({ params: { edition } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(getEdition(params['edition']!).sourceText, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
