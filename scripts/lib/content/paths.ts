import type { CollectionName } from '#core/content.ts';

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

const COLLECTION_FOLDERS: readonly CollectionName[] = ['faq', 'blog', 'broadcasts'];

/** Whether a path names a Markdown/MDX content file (not a hidden or temporary one). */
export function isContentPath(path: string): boolean {
  const name = baseName(path);
  return !name.startsWith('.') && !name.startsWith('_') && CONTENT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** The collection a file belongs to: the nearest folder named faq, blog or broadcasts above it. */
export function collectionOf(path: string): CollectionName | undefined {
  const folders = path.split(/[\\/]/).slice(0, -1).reverse();
  return folders.find((folder): folder is CollectionName => COLLECTION_FOLDERS.includes(folder as CollectionName));
}

/** The slug of a content file is its file name without extension: content/faq/nl/retour.mdx → retour. */
export function slugOfPath(path: string): string {
  return baseName(path).replace(/\.mdx?$/, '');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
