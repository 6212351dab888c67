// The social card (Open Graph / X) of a page, as a satori element tree. Pure: the endpoint in
// src/pages/og/ renders it to PNG and caches the result by `ogCacheKey`.

export type OgCard = { title: string; kicker: string; siteName: string };
export type OgNode = { type: string; props: { style?: Record<string, string | number>; children?: OgNode[] | string } };

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the card design changes so cached images are rebuilt. */
export const OG_DESIGN_VERSION = 1;

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
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: '#0b4f6c',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      node('div', { fontSize: 32, fontWeight: 400, color: '#ffe58a' }, card.kicker),
      node('div', { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15 }, clampTitle(card.title)),
      node('div', { fontSize: 30, fontWeight: 700, borderTop: '4px solid #ffe58a', paddingTop: 24 }, card.siteName),
    ],
  );
}

/** Same card, same key: the text and the design version decide the image. */
export function ogCacheKeySource(card: OgCard): string {
  return JSON.stringify([OG_DESIGN_VERSION, card.kicker, card.title, card.siteName]);
}
