// Editors steer mining: decisions about mined groups (content/decisions.json) and what they do to
// content/faq. Pure: the topics command and the editor server read and write the files.
export { parseDecisions, serializeDecisions } from './file.ts';
export { reviewGroups, type ReviewGroup, type ReviewState } from './review.ts';
export { decide, DecisionError, type DecisionRequest, type DecisionResult, type Workspace } from './decide.ts';
