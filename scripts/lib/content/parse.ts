import type { CollectionName } from '#core/content.ts';
import { type FrontmatterText, readFrontmatter } from '#core/frontmatter.ts';
import { collectionOf, slugOfPath } from './paths.ts';

export type ContentFile = { path: string; text: string };

export type ParsedContent = FrontmatterText & {
  path: string;
  collection: CollectionName | undefined;
  slug: string;
};

/** A content file's frontmatter and body, with the collection and slug its path gives it. */
export function parseContentFile(file: ContentFile): ParsedContent {
  return { path: file.path, collection: collectionOf(file.path), slug: slugOfPath(file.path), ...readFrontmatter(file.text) };
}
