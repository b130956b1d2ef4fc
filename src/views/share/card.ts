/**
 * The layout of a chapter's share images, as the element tree satori draws
 * (plain objects, no JSX, no fonts, no I/O): the Open Graph card (1200×630, for
 * link previews) and the portrait poster (1080×1440, to save and send, with a
 * QR code to the live page). Pure, so tests can read what a card says.
 * Every number comes in already formatted by the data module (src/data).
 */

export interface CardFigure {
  /** The figure as the data module formats it, e.g. "超越1800亿元". */
  readonly value: string;
  /** What it measures, with its period, e.g. "地区生产总值（2021）". */
  readonly label: string;
}

export interface CardInput {
  readonly siteTitle: string;
  readonly kicker: string;
  readonly title: string;
  /** The chapter's headline figures (0 to 3): none gives a titles-only card. */
  readonly figures: readonly CardFigure[];
  /** The source credit line (strings(lang).footer.credit). */
  readonly credit: string;
  /** The chapter's live address, printed under the QR code. */
  readonly url: string;
}

export interface PosterInput extends CardInput {
  /** The QR code of `url` as an image data URI (made in render.ts). */
  readonly qrImage: string;
  /** Its side in pixels: a whole number of pixels per module, so the code stays sharp (qrSide in render.ts). */
  readonly qrSize: number;
  /** The caption beside the QR code, e.g. "扫码阅读本章". */
  readonly scanLabel: string;
}

type Style = Readonly<Record<string, string | number>>;
export interface CardNode {
  readonly type: 'div' | 'img';
  readonly props: {
    readonly style: Style;
    readonly children?: readonly (CardNode | string)[] | string;
    readonly src?: string;
    readonly width?: number;
    readonly height?: number;
  };
}

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const POSTER_SIZE = { width: 1080, height: 1440 } as const;
/** The largest side of the QR code on the poster: large enough for a phone at arm's length. */
export const POSTER_QR_MAX = 300;

/** The site's palette (src/styles/global.css), so a shared card looks like the site. */
const NAVY = '#10243f';
const NAVY_DEEP = '#173557';
const ON_NAVY = '#ffffff';
const ON_NAVY_SOFT = '#c9d3e3';
const GOLD_BRIGHT = '#e0a526';
const GOLD = '#8a5d00';
const PAPER = '#fbf8f1';
const INK = '#1b1f27';
const INK_SOFT = '#4a5160';
const RULE = '#d8d0bf';

const div = (style: Style, children: readonly (CardNode | string)[] | string): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The Open Graph card: site title, kicker and chapter title on navy; the headline figures beneath; the credit at the foot. */
export function ogCard(input: CardInput): CardNode {
  const hasFigures = input.figures.length > 0;
  // The padding is on an inner box: on the root itself satori lets long lines run past the right edge.
  return div({ width: OG_SIZE.width, height: OG_SIZE.height, backgroundColor: NAVY, color: ON_NAVY, fontFamily: 'card' }, [
    div({ flex: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '56px 64px 40px' }, [
      div({ flexDirection: 'column' }, [
        div({ fontSize: 30, fontWeight: 700, color: GOLD_BRIGHT, letterSpacing: 1 }, input.siteTitle),
        div({ marginTop: 20, fontSize: 26, color: ON_NAVY_SOFT }, input.kicker),
        div({ marginTop: 8, fontSize: hasFigures ? 52 : 68, fontWeight: 700, lineHeight: 1.2 }, input.title),
      ]),
      hasFigures
        ? div(
            { gap: 32, borderTop: `2px solid ${NAVY_DEEP}`, paddingTop: 24 },
            input.figures.map((f) =>
              div({ flexDirection: 'column', flex: 1 }, [
                div({ fontSize: input.figures.length > 2 ? 40 : 48, fontWeight: 700, color: GOLD_BRIGHT }, f.value),
                div({ marginTop: 6, fontSize: 22, color: ON_NAVY_SOFT, lineHeight: 1.3 }, f.label),
              ]),
            ),
          )
        : div({}, ''),
      div({ fontSize: 17, color: ON_NAVY_SOFT, lineHeight: 1.4 }, input.credit),
    ]),
  ]);
}

/** The poster: a navy head with the titles, the figures large on paper, then the QR code with its caption and address, and the credit. */
export function posterCard(input: PosterInput): CardNode {
  return div(
    {
      width: POSTER_SIZE.width,
      height: POSTER_SIZE.height,
      flexDirection: 'column',
      backgroundColor: PAPER,
      color: INK,
      fontFamily: 'card',
    },
    [
      div({ flexDirection: 'column', backgroundColor: NAVY, color: ON_NAVY, padding: '72px 72px 56px' }, [
        div({ fontSize: 40, fontWeight: 700, color: GOLD_BRIGHT, letterSpacing: 2 }, input.siteTitle),
        div({ marginTop: 28, fontSize: 32, color: ON_NAVY_SOFT }, input.kicker),
        div({ marginTop: 10, fontSize: 64, fontWeight: 700, lineHeight: 1.2 }, input.title),
      ]),
      div(
        { flexDirection: 'column', flex: 1, padding: '40px 72px 0', gap: 36 },
        input.figures.map((f) =>
          div({ flexDirection: 'column', borderLeft: `8px solid ${GOLD_BRIGHT}`, paddingLeft: 28 }, [
            div({ fontSize: 72, fontWeight: 700, color: GOLD }, f.value),
            div({ marginTop: 4, fontSize: 30, color: INK_SOFT, lineHeight: 1.35 }, f.label),
          ]),
        ),
      ),
      div({ alignItems: 'center', gap: 36, margin: '0 72px', paddingTop: 32, borderTop: `2px solid ${RULE}` }, [
        // White behind the code: the quiet zone must be light whatever the paper colour.
        { type: 'img', props: { src: input.qrImage, width: input.qrSize, height: input.qrSize, style: { backgroundColor: '#ffffff' } } },
        div({ flexDirection: 'column', flex: 1 }, [
          div({ fontSize: 34, fontWeight: 700 }, input.scanLabel),
          div({ marginTop: 12, fontSize: 22, color: INK_SOFT, lineHeight: 1.4, wordBreak: 'break-all' }, input.url),
        ]),
      ]),
      div({ padding: '28px 72px 56px', fontSize: 20, color: INK_SOFT, lineHeight: 1.5 }, input.credit),
    ],
  );
}

/** Every piece of text a card draws, for choosing the font subsets it needs. */
export function textOf(node: CardNode | string): string {
  if (typeof node === 'string') return node;
  const { children } = node.props;
  if (children === undefined) return '';
  return typeof children === 'string' ? children : children.map(textOf).join('');
}
