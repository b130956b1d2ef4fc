/** QR codes as inline SVG, made at build (the `qrcode` package), so they stay sharp in print. */
import QRCode from 'qrcode';

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function qrSvg(text: string, label: string): Promise<string> {
  // Medium error correction survives a photocopy; margin 4 is the quiet zone the standard asks for.
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return svg.replace('<svg ', `<svg class="qr" role="img" aria-label="${escapeAttr(label)}" `).replace(/<\?xml[^>]*>/, '');
}
