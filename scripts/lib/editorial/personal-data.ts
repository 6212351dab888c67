// Personal data in content is found with the same scrubber the ingest step uses, so what would be
// redacted from a webcare log is also refused in an article.
import type { ProjectConfig } from '../config.ts';
import { scrub } from '../scrub/index.ts';

export type PersonalDataSpan = { start: number; end: number; type: string };

/** Spans of `text` that look like a customer's details; the company's own handles and numbers are fine. */
export function findPersonalData(text: string, company: ProjectConfig['company']): PersonalDataSpan[] {
  return scrub(text, { companyHandles: company.handles, companyPublicNumbers: company.publicNumbers }).spans;
}
