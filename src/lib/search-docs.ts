// FAQ entries → the documents the search index is built from (title, phrasings, tags, description).
import type { Faq, Locale } from '#core/content.ts';
import { paths, slugFromId } from './paths.ts';
import type { SearchDoc } from './search/index.ts';

export function toSearchDoc(entry: { id: string; data: Faq }, lang: Locale): SearchDoc {
  const { title, description, questions, tags, category } = entry.data;
  return { id: entry.id, url: paths.faq(lang, slugFromId(entry.id)), title, description, questions, tags, category, lang };
}
