/** /<edition>/<lang>/<slug>/og.png — the chapter's link-preview image (1200×630), made at build (src/views/share). */
import type { APIRoute } from 'astro';
import { ogCard, OG_SIZE } from '../../../../views/share/card.ts';
import { cardInput } from '../../../../views/share/chapterCard.ts';
import { renderPng } from '../../../../views/share/render.ts';
import { shareStaticPaths, type ShareProps } from '../../../../views/share/staticPaths.ts';
import { livePageUrl } from '../../../../routes/urls.ts';
import { strings } from '../../../../i18n/index.ts';

export const getStaticPaths = shareStaticPaths;

export const GET: APIRoute<ShareProps> = async ({ props, site }) => {
  const png = await renderPng(
    ogCard(cardInput(props.facts, livePageUrl(site, props.path))),
    OG_SIZE,
    strings(props.facts.lang).share.latinFontFirst,
  );
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
