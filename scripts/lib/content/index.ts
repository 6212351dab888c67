// Content files as data: split an MDX/Markdown file into frontmatter and body, keep the line of every
// frontmatter key so problems can point editors at it, and edit single keys without touching the rest.
export { parseContentFile, type ContentFile, type ParsedContent } from './parse.ts';
export { collectionOf, slugOfPath, isContentPath, CONTENT_EXTENSIONS } from './paths.ts';
export { setFrontmatterValues } from './edit.ts';
export { readShortIdRegistry } from './registry.ts';
