// The social card (Open Graph / X) of a page, as a satori element tree. Pure: the endpoint in
// src/pages/og/ renders it to PNG and caches the result by `ogCacheKey`.

export type OgCard = { title: string; kicker: string; siteName: string };
export type OgNode = { type: string; props: { style?: Record<string, string | number>; children?: OgNode[] | string } };

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the card design changes so cached images are rebuilt. */
export const OG_DESIGN_VERSION = 4;
const PADDING_X = 80;
const PADDING_Y = 64;

function node(type: string, style: Record<string, string | number>, children: OgNode[] | string): OgNode {
  return { type, props: { style, children } };
}

/** Long questions get a smaller font so they fit in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 60;
  if (title.length <= 110) return 48;
  return 40;
}

/** Titles past 160 characters are cut at a word boundary with an ellipsis. */
export function clampTitle(title: string, max = 160): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

export function ogCardTree(card: OgCard): OgNode {
  return node(
    'div',
    {
      // satori sizes boxes without their padding (content-box): the padding is added on top.
      width: OG_WIDTH - 2 * PADDING_X,
      height: OG_HEIGHT - 2 * PADDING_Y,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: PADDING_Y,
      paddingBottom: PADDING_Y,
      paddingLeft: PADDING_X,
      paddingRight: PADDING_X,
      background: '#0b4f6c',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      node('div', { display: 'flex', fontSize: 32, fontWeight: 400, color: '#ffe58a' }, card.kicker),
      node('div', { display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15 }, clampTitle(card.title)),
      node('div', { display: 'flex', fontSize: 30, fontWeight: 700, borderTop: '4px solid #ffe58a', paddingTop: 24 }, card.siteName),
    ],
  );
}

/** The card of the article at `rank` in most-asked order: its own, or its category's past `limit`. */
export function articleCard(rank: number, limit: number, slug: string, categorySlug: string): { kind: 'faq' | 'category'; slug: string } {
  return rank < limit ? { kind: 'faq', slug } : { kind: 'category', slug: categorySlug };
}

/** Same card, same key: the text and the design version decide the image. */
export function ogCacheKeySource(card: OgCard): string {
  return JSON.stringify([OG_DESIGN_VERSION, card.kicker, card.title, card.siteName]);
}
