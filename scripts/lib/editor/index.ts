// The browser editor's pure parts: the CMS configuration generated from the content schema, the
// review queue, applying an edit to a file without touching anything else, and the editor's pages.
export {
  buildCmsConfig,
  collectionName,
  READ_ONLY_FIELDS,
  STATUS_LABELS,
  type CmsBackend,
  type CmsConfig,
  type CmsField,
  type CmsCollection,
} from './cms-config.ts';
export { schemaFields, type FieldSpec, type FieldKind } from './fields.ts';
export { mergeEdit, readEditedFile, canonical, type EditedEntry, type MergeOptions } from './merge.ts';
export { buildQueue, buildBroadcastList, type QueueItem, type Coverage, type BroadcastItem } from './queue.ts';
export { relativeText, readableTime } from './when.ts';
export { renderQueuePage, renderAdminPage, editUrl, type QueuePageOptions } from './pages.ts';
export { weeklyChartSvg, chartSummary, escapeHtml, CHANNEL_LABELS } from './chart.ts';
