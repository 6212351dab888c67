// Article URLs in the index: most end in the slug of their title (drafts are named after it), and
// those slugs cost a sixth of the gzipped index. The index stores such a URL with this mark in
// place of the slug; a path segment that is literally "*" does not occur in the site's routes.
import { slugOf } from './text.ts';

export const SLUG_MARK = '*';

export function expandUrl(stored: string, title: string): string {
  const tail = `/${SLUG_MARK}/`;
  return stored.endsWith(tail) ? `${stored.slice(0, -tail.length)}/${slugOf(title)}/` : stored;
}
