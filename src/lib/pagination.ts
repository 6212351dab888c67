// Page numbers for the blog's pagination bar: always the first and last page and the pages around
// the current one, with gaps ("…") in between, so the bar stays short on a phone.

export type PageLink = { page: number; current: boolean } | { gap: true };

export function pageLinks(current: number, last: number, around = 1): PageLink[] {
  const links: PageLink[] = [];
  let previous = 0;
  for (let page = 1; page <= last; page++) {
    const shown = page === 1 || page === last || Math.abs(page - current) <= around;
    if (!shown) continue;
    if (page - previous > 1) links.push({ gap: true });
    links.push({ page, current: page === current });
    previous = page;
  }
  return links;
}
