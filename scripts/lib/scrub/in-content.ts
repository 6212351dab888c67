// Personal data in content (for `veelgesteld check`) is found with the same scrubber the ingest step
// uses, so what would be redacted from a webcare log is also refused in an article.
import type { ProjectConfig } from '#core/config.ts';
import { scrub } from './scrubber.ts';

// Functional mailboxes (klantenservice@, pers@) belong to a team, not a person; content may show them.
const ROLE_MAILBOX =
  /^(?:info|klantenservice|customerservice|service|support|help|hulp|contact|pers|press|media|webcare|privacy|security|klachten|complaints|facturen|billing|administratie|sales|verkoop|noreply|no-reply)@/i;

type PersonalDataSpan = { start: number; end: number; type: string };

/**
 * Spans of `text` that look like a customer's details. The company's own handles and numbers are
 * fine, and so are team mailboxes (klantenservice@…) and `publicNames`: staff who are named on
 * purpose (a broadcast's contact person, a blog author).
 */
export function findPersonalData(text: string, company: ProjectConfig['company'], publicNames: readonly string[] = []): PersonalDataSpan[] {
  const { spans } = scrub(text, { companyHandles: company.handles, companyPublicNumbers: company.publicNumbers });
  return spans.filter((span) => {
    const found = text.slice(span.start, span.end).trim();
    if (span.type === 'e-mail' && ROLE_MAILBOX.test(found)) return false;
    return !(span.type === 'naam' && publicNames.some((name) => name.includes(found)));
  });
}
