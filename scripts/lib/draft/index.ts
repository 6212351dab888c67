// Drafting FAQ articles from mined clusters: what other steps (check, publish, pipeline) may use.
export { escapeMdxText } from './escape.ts';
export { findTodos, draftBody, DEFAULT_CONTACT } from './template.ts';
export { contentHash } from './hash.ts';
export { planDrafts, draftUnits, parseMiningResult, type DraftPlan, type DraftOptions, type ClusterOutcome, type ContentFileInput } from './plan.ts';
export { renderMiningReport, type ReportOptions } from './report.ts';
export { renderArticle, parseArticle } from './frontmatter.ts';
export { redactContactDetails, containsContactDetails } from './pii.ts';
export { SHORT_ID_REGISTRY_FILE, deriveShortId, parseShortIdRegistry, serializeShortIdRegistry, type ShortIdRegistry, type ShortIdEntry } from './shortid.ts';
export { clusterTitle, questionTitle, replyFrom, slugify, REPLY_BUDGET, type DraftLang } from './wording.ts';
export { stripInvisible, toSingleLine } from './text.ts';
