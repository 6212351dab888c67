// Nothing that looks like an e-mail address or phone number may reach content/ or the report, even
// if the ingest's scrubbing missed it. The check lives with the other personal-data detectors in
// scrub/; the drafting modules import it from here.
export { containsContactDetails, redactContactDetails } from '../scrub/index.ts';
