/**
 * /<edition>/<lang>/<slug>/poster.png — the chapter's share poster (1080×1440):
 * titles, headline figures, source credit and a QR code to the live page, made at
 * build (src/views/share). The chapter page's share link opens it.
 */
import type { APIRoute } from 'astro';
import { posterCard, POSTER_SIZE } from '../../../../views/share/card.ts';
import { cardInput } from '../../../../views/share/chapterCard.ts';
import { qrDataUri, renderPng } from '../../../../views/share/render.ts';
import { shareStaticPaths, type ShareProps } from '../../../../views/share/staticPaths.ts';
import { livePageUrl } from '../../../../routes/urls.ts';
import { strings } from '../../../../i18n/index.ts';

export const getStaticPaths = shareStaticPaths;

export const GET: APIRoute<ShareProps> = async ({ props, site }) => {
  const url = livePageUrl(site, props.path);
  const qr = await qrDataUri(url);
  const card = posterCard({
    ...cardInput(props.facts, url),
    qrImage: qr.image,
    qrSize: qr.size,
    scanLabel: strings(props.facts.lang).share.scanToRead,
  });
  const png = await renderPng(card, POSTER_SIZE, strings(props.facts.lang).share.latinFontFirst);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
