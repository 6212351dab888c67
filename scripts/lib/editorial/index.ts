// The editorial workflow as pure functions: the content check, the publish step, scaffolding, the
// publishing schedule and the CM exports. Commands read and write files; everything here is data.
export { checkContent, type CheckConfig, type CheckOptions } from './check.ts';
export { formatProblem, formatSummary, hasErrors, type Problem, type Severity } from './problems.ts';
export { applyPublish, nextStatus, planPublish, type PublishPlan } from './publish.ts';
export { ANNOUNCE_BEFORE_AIRING_MS, newShortId, scaffoldBlog, scaffoldBroadcast, scaffoldFaq, scaffoldPath, type Scaffold } from './scaffold.ts';
export { computeDue, formatDueReport, type DueItem, type DueReport } from './due.ts';
export {
  buildCmKit,
  buildSavedReplies,
  cmKitCsv,
  cmKitMarkdown,
  CM_KIT_COLUMNS,
  CURRENT_BROADCAST_MS,
  SAVED_REPLY_COLUMNS,
  savedRepliesCsv,
  savedRepliesJson,
  type CmKit,
  type ReplySource,
  type SavedReply,
  type Utm,
} from './replies.ts';
export { amsterdamOffsetMinutes, formatAmsterdamIso, parseDuration, parseEditorialDateTime } from './time.ts';
export { toCsv } from './csv.ts';
