// Personal data in content is found with the same scrubber the ingest step uses, so what would be
// redacted from a webcare log is also refused in an article.
import type { ProjectConfig } from '../config.ts';
import { scrub } from '../scrub/index.ts';

export type PersonalDataSpan = { start: number; end: number; type: string };

/**
 * Spans of `text` that look like a customer's details. The company's own handles and numbers are
 * fine, and so are `publicNames`: staff who are named on purpose (a broadcast's contact person, a
 * blog author).
 */
export function findPersonalData(
  text: string,
  company: ProjectConfig['company'],
  publicNames: readonly string[] = [],
): PersonalDataSpan[] {
  const { spans } = scrub(text, { companyHandles: company.handles, companyPublicNumbers: company.publicNumbers });
  return spans.filter((span) => {
    const found = text.slice(span.start, span.end).trim();
    return !(span.type === 'naam' && publicNames.some((name) => name.includes(found)));
  });
}
