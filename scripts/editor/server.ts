// The editor server behind `veelgesteld editor`: hosts Decap CMS (from node_modules, nothing from a
// CDN), its configuration generated from the content schema, the review queue, the live check and
// Decap's proxy-backend protocol (the one decap-server speaks for `local_backend`), so the CMS reads
// and writes the files in this checkout. Every save goes through the content check, and every status
// step forward through the same gate as `veelgesteld publish`. Listens on 127.0.0.1 only.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { buildNow } from '#core/clock.ts';
import { type CollectionName, collectionSchemas, type Status, STATUSES } from '#core/content.ts';
import { MAX_REPLY_LENGTH, replyWithLink } from '#core/replies.ts';
import { itemPath, shortLink } from '#core/routes.ts';
import { slugOf } from '#core/slug.ts';
import { countTweetLength } from '#core/tweet-length.ts';
import { collectionOf, parseContentFile, setFrontmatterValues, slugOfPath, type ContentFile } from '../lib/content/index.ts';
import { checkContent, computeDue, formatAmsterdamIso, newShortId, type Problem } from '../lib/editorial/index.ts';
import {
  buildBroadcastList,
  buildCmsConfig,
  buildQueue,
  mergeEdit,
  readEditedFile,
  READ_ONLY_FIELDS,
  renderAdminPage,
  renderQueuePage,
  schemaFields,
  type CmsBackend,
} from '../lib/editor/index.ts';
import { formatProblemDutch, problemMessageDutch } from '../lib/editor/problem-text.ts';
import type { ProjectConfig } from '#core/config.ts';
import { assetExistsIn, loadConfigIn, readAllContent, readBuildTime, readShortIdRegistryFile } from '../lib/io/content.ts';
import { isFile, listVisibleFiles, moveFile, pathExists, readBytes, readText, readTextIfExists, removeFile, writeFileAtomic } from '../lib/io/index.ts';
import { runCheck } from '../commands/check.ts';
import { gatePublish } from '../commands/publish.ts';
import { applyDecision, loadWorkspace, type TopicsPaths } from '../commands/topics.ts';
import { reviewGroups } from '../lib/decisions/index.ts';
import { DECISIONS_FILE, decisionsFileSchema, type Decision } from '#core/decisions.ts';
import { InputError } from '../lib/errors.ts';
import { readDecisionRequest } from '../lib/editor/decision-request.ts';
import { renderTopicsPage, targetArticles } from '../lib/editor/topics-page.ts';

export type EditorServerOptions = {
  root: string;
  host?: string;
  port: number;
  /** The astro dev server with drafts, when it runs (for "view on site" links). */
  siteUrl?: string | undefined;
  /** The moment checks and the publish gate treat as now (VEELGESTELD_NOW by default). */
  now?: () => Date;
};

export type EditorServer = { url: string; close: () => Promise<void> };

/** Check codes the editor refuses to save even in a draft: the limits of the form's fields. */
export const FIELD_LIMIT_CODES = ['title-length', 'description-length', 'reply-length'] as const;
/** Only these folders may be read or written through the CMS. */
const WRITABLE = ['content/', 'public/img/'];
const HERE = dirname(fileURLToPath(import.meta.url));
/** The site's own styles, so the preview looks like the real page. */
const SITE_STYLES = join(HERE, '..', '..', 'src', 'styles');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const root = resolve(options.root);
  const config = await loadConfigIn(root);
  const now = options.now ?? (() => buildNow(process.env));
  const decapDist = decapDistFolder();
  const [clientScript, topicsScript] = await Promise.all([bundleClient(), bundleClient('topics.ts')]);
  const context: Context = { root, config, now, siteUrl: options.siteUrl };

  const server = createServer((request, response) => {
    handle(context, request, response, { decapDist, clientScript, topicsScript }).catch((error: unknown) => {
      // Never echo content back in logs: only what failed.
      console.error(`editor: ${request.method} ${(request.url ?? '').split('?')[0]}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { error: error instanceof Error ? error.message : 'unknown error' });
      else response.end();
    });
  });
  await listen(server, options.port, options.host ?? '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Where the prebuilt Decap CMS bundle is (installed with the tool, from npm). */
export function decapDistFolder(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** What every request handler needs; exported for tests of the save gate. */
export type Context = { root: string; config: ProjectConfig; now: () => Date; siteUrl: string | undefined };
type Assets = { decapDist: string; clientScript: string; topicsScript: string };

async function handle(context: Context, request: IncomingMessage, response: ServerResponse, assets: Assets): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  const refusal = refuseForeign(request);
  if (refusal) return sendJson(response, refusal.status, { error: refusal.error });
  if (request.method === 'POST' && path === '/api/v1') return proxy(context, await readJsonBody(request), response);
  if (request.method === 'POST' && path === '/api/editor/check') return liveCheck(context, await readJsonBody(request), response);
  if (request.method === 'POST' && path === '/api/editor/decisions') return decide(context, await readJsonBody(request), response);
  if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
  if (path === '/') {
    const files = await readAllContent(context.root);
    const now = context.now();
    return sendHtml(response, renderQueuePage(buildQueue(files), { siteUrl: context.siteUrl, broadcasts: buildBroadcastList(files, now), now }));
  }
  if (path === '/onderwerpen' || path === '/onderwerpen/') return sendHtml(response, await topicsPage(context));
  if (path === '/favicon.ico') return void response.writeHead(204).end();
  if (path === '/api/editor/queue') return sendJson(response, 200, buildQueue(await readAllContent(context.root)));
  if (path === '/admin' || path === '/admin/' || path === '/admin/index.html') return sendHtml(response, renderAdminPage());
  if (path === '/admin/config.yml') return sendJson(response, 200, await cmsConfig(context, `${url.protocol}//${request.headers.host ?? '127.0.0.1'}`));
  if (path.startsWith('/admin/decap/')) return sendFile(response, assets.decapDist, path.slice('/admin/decap/'.length));
  if (path === '/admin/cms.js') return send(response, 200, TYPES['.js']!, assets.clientScript);
  if (path === '/admin/topics.js') return send(response, 200, TYPES['.js']!, assets.topicsScript);
  if (path === '/admin/editor.css') return sendFile(response, HERE, 'editor.css');
  if (path === '/admin/site.css') return sendFile(response, SITE_STYLES, 'global.css');
  if (path.startsWith('/img/')) return sendFile(response, join(context.root, 'public', 'img'), path.slice('/img/'.length));
  send(
    response,
    404,
    TYPES['.html']!,
    '<!doctype html><html lang="nl"><title>Niet gevonden</title><p>Deze pagina bestaat niet. <a href="/">Naar de wachtrij</a></p></html>',
  );
}

async function cmsConfig(context: Context, origin: string) {
  const taken = new Set([...(await readShortIdRegistryFile(context.root))]);
  for (const file of await readAllContent(context.root)) {
    const id = parseContentFile(file).frontmatter?.['shortId'];
    if (typeof id === 'string') taken.add(id);
  }
  const backend: CmsBackend = { name: 'proxy', proxy_url: `${origin}/api/v1`, branch: 'main' };
  return buildCmsConfig({ config: context.config, backend, previewSiteUrl: context.siteUrl, newShortId: newShortId(taken) });
}

/**
 * Other web pages open in the same browser must not reach the editor: only our own host name
 * (no DNS rebinding), no foreign Origin, and writes only as JSON (which a foreign page cannot send
 * without a CORS preflight this server never allows).
 */
export function refuseForeign(request: Pick<IncomingMessage, 'method' | 'headers'>): { status: number; error: string } | undefined {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) return { status: 403, error: 'the editor only answers on 127.0.0.1' };
  const origin = request.headers.origin;
  if (origin && origin !== 'null' && new URL(origin).host !== request.headers.host) return { status: 403, error: 'requests from other sites are refused' };
  if (request.method === 'POST' && !String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return { status: 415, error: 'send JSON (Content-Type: application/json)' };
  }
  return undefined;
}

// Decap's proxy backend protocol: { action, params } in, JSON out, { error } with a status on failure.
async function proxy(context: Context, body: unknown, response: ServerResponse): Promise<void> {
  const { action, params = {} } = (body ?? {}) as { action?: string; params?: Record<string, unknown> };
  const root = context.root;
  switch (action) {
    case 'info':
      return sendJson(response, 200, { repo: basename(root), publish_modes: ['simple'], type: 'local_fs' });
    case 'entriesByFolder': {
      const folder = safePath(root, String(params['folder'] ?? ''));
      const files = await listFiles(join(root, folder), String(params['extension'] ?? ''), Number(params['depth'] ?? 1));
      return sendJson(response, 200, await Promise.all(files.map((file) => entryOf(root, toRepoPath(root, file)))));
    }
    case 'entriesByFiles': {
      const files = (params['files'] as { path: string }[] | undefined) ?? [];
      return sendJson(response, 200, await Promise.all(files.map((file) => entryOf(root, safePath(root, file.path)))));
    }
    case 'getEntry':
      return sendJson(response, 200, await entryOf(root, safePath(root, String(params['path'] ?? ''))));
    case 'persistEntry':
      return persistEntry(context, params, response);
    case 'getMedia': {
      const folder = safePath(root, String(params['mediaFolder'] ?? 'public/img'));
      const files = await listFiles(join(root, folder), '', 1);
      return sendJson(response, 200, await Promise.all(files.map((file) => mediaOf(root, toRepoPath(root, file)))));
    }
    case 'getMediaFile':
      return sendJson(response, 200, await mediaOf(root, safePath(root, String(params['path'] ?? ''))));
    case 'persistMedia': {
      const asset = params['asset'] as { path: string; content: string; encoding: BufferEncoding };
      const path = safePath(root, asset.path);
      await writeFileAtomic(join(root, path), Buffer.from(asset.content, asset.encoding));
      return sendJson(response, 200, await mediaOf(root, path));
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = action === 'deleteFile' ? [String(params['path'] ?? '')] : ((params['paths'] as string[] | undefined) ?? []);
      for (const path of paths) await removeFile(join(root, safePath(root, path)));
      return sendJson(response, 200, { message: `deleted ${paths.length}` });
    }
    case 'getDeployPreview':
      return sendJson(response, 200, null);
    default:
      return sendJson(response, 422, { error: `Unknown action ${String(action)}` });
  }
}

type PersistParams = {
  entry?: { path: string; raw: string; newPath?: string };
  dataFiles?: { path: string; raw: string; newPath?: string }[];
  assets?: { path: string; content: string; encoding: BufferEncoding }[];
};

async function persistEntry(context: Context, params: Record<string, unknown>, response: ServerResponse): Promise<void> {
  const { entry, dataFiles, assets = [] } = params as PersistParams;
  const file = dataFiles?.[0] ?? entry;
  if (!file) return sendJson(response, 422, { error: 'persistEntry without an entry' });
  const path = safePath(context.root, file.path);
  const target = file.newPath ? safePath(context.root, file.newPath) : path;
  const result = await saveThroughGate(context, path, readEditedFile(file.raw));
  if (!result.ok) return sendJson(response, 422, { error: result.message });
  for (const asset of assets) await writeFileAtomic(join(context.root, safePath(context.root, asset.path)), Buffer.from(asset.content, asset.encoding));
  await writeFileAtomic(join(context.root, path), result.text);
  if (target !== path) {
    await moveFile(join(context.root, path), join(context.root, target));
  }
  console.log(`editor: saved ${target}${result.summary ? ` (${result.summary})` : ''}`);
  return sendJson(response, 200, { message: 'entry persisted' });
}

type SaveResult = { ok: true; text: string; summary: string | undefined } | { ok: false; message: string; problems: Problem[] };

/**
 * What a save writes, or why it is refused. A status step forward is `veelgesteld publish`'s gate
 * (gatePublish) on the edited text; any other save is refused while the check finds an error, or a
 * title, description or reply outside its limits (those are form limits, even in a draft).
 */
export async function saveThroughGate(context: Context, path: string, edited: { data: Record<string, unknown>; body: string }): Promise<SaveResult> {
  const original = await readTextIfExists(join(context.root, path));
  const text = mergeEdit(original, edited, mergeOptions(path));
  const before = original === undefined ? undefined : statusOf(original);
  const after = statusOf(text);
  const now = context.now();
  if (original === undefined && after && after !== 'draft') {
    return refused('Een nieuw item wordt eerst als concept opgeslagen: kies status Concept, sla op, en zet daarna de status verder.', []);
  }
  if (before && after && STATUSES.indexOf(after) > STATUSES.indexOf(before)) {
    const asBefore = setFrontmatterValues(text, { status: before });
    const gate = await gatePublish(context.root, { path, text: asBefore }, { to: after, now });
    if (!gate.ok) return refused(`Niet naar “${statusLabel(after)}”: de controle vindt fouten (zoals bij veelgesteld publish).`, gate.problems);
    return { ok: true, text: gate.text, summary: gate.plan.summary };
  }
  const problems = await checkText(context, path, text, original !== undefined);
  const blocking = problems.filter((problem) => problem.severity === 'error' || (FIELD_LIMIT_CODES as readonly string[]).includes(problem.code));
  if (blocking.length > 0) return refused('Niet opgeslagen: de controle vindt problemen.', blocking);
  return { ok: true, text, summary: before !== after && after ? `status ${before ?? 'new'} → ${after}` : undefined };
}

function refused(intro: string, problems: readonly Problem[]): SaveResult {
  const lines = problems.filter((problem) => problem.severity !== 'note').map(formatProblemDutch);
  return { ok: false, message: [intro, ...lines].join('\n'), problems: [...problems] };
}

/** The check on a file's (unsaved) text against all of content/; a new file is added to the corpus. */
async function checkText(context: Context, path: string, text: string, exists: boolean): Promise<Problem[]> {
  if (exists) return (await runCheck(context.root, [path], { path, text })).problems;
  const corpus: ContentFile[] = [...(await readAllContent(context.root)).filter((file) => file.path !== path), { path, text }];
  return checkContent(corpus, { config: context.config, now: context.now(), assetExists: assetExistsIn(context.root), only: (file) => file === path });
}

/** Where the editor finds mining's groups and the articles: what `npm start` (`veelgesteld pipeline`) writes. */
function topicsPaths(root: string): TopicsPaths {
  return {
    contentDir: join(root, 'content', 'faq'),
    clustersFile: join(root, 'work', 'clusters.json'),
    configFile: join(root, 'veelgesteld.config.json'),
    editorRoot: root,
  };
}

/** /onderwerpen: mining's groups with their evidence and the decisions an editor can take on them. */
async function topicsPage(context: Context): Promise<string> {
  const paths = topicsPaths(context.root);
  const articles = targetArticles(await readAllContent(context.root));
  if (!pathExists(paths.clustersFile)) {
    return renderTopicsPage({ groups: [], decisions: await readDecisions(context.root), articles, noMining: true, siteUrl: context.siteUrl });
  }
  const workspace = await loadWorkspace(paths, context.now());
  return renderTopicsPage({
    groups: reviewGroups(workspace.plan, workspace.decisions),
    decisions: workspace.decisions.decisions,
    articles,
    siteUrl: context.siteUrl,
  });
}

/** content/decisions.json as it is (none when it is missing or unreadable), for the page without mining. */
async function readDecisions(root: string): Promise<Decision[]> {
  const text = await readTextIfExists(join(root, 'content', DECISIONS_FILE));
  if (text === undefined) return [];
  try {
    const parsed = decisionsFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.decisions : [];
  } catch {
    return [];
  }
}

/** POST /api/editor/decisions: one decision (a DecisionRequest) applied to content/; {message} or {error} in Dutch. */
async function decide(context: Context, body: unknown, response: ServerResponse): Promise<void> {
  const request = readDecisionRequest(body);
  if (typeof request === 'string') return sendJson(response, 400, { error: request });
  const paths = topicsPaths(context.root);
  if (request.kind !== 'undo' && !pathExists(paths.clustersFile)) {
    return sendJson(response, 400, { error: 'Nog geen mining-resultaat: draai eerst `npm start` of `veelgesteld pipeline`.' });
  }
  try {
    const result = await applyDecision(paths, request, context.now());
    console.log(`editor: ${result.decision.kind} ${result.decision.id} (${result.decision.groupId})`);
    return sendJson(response, 200, { message: result.message, decision: { id: result.decision.id, kind: result.decision.kind } });
  } catch (error) {
    // DecisionError (an InputError) carries the Dutch reason; anything else is a fault of ours (500).
    if (error instanceof InputError) return sendJson(response, 400, { error: error.message });
    throw error;
  }
}

type CheckRequest = { collection?: string; path?: string; data?: Record<string, unknown> };

/** Live check for the editor: the check's problems, lengths, the rendered body and the schedule. */
async function liveCheck(context: Context, body: unknown, response: ServerResponse): Promise<void> {
  const request = (body ?? {}) as CheckRequest;
  const data = { ...(request.data ?? {}) };
  const markdown = typeof data['body'] === 'string' ? data['body'] : '';
  delete data['body'];
  const path = request.path ? safePath(context.root, request.path) : newPath(request.collection ?? '', data);
  const original = await readTextIfExists(join(context.root, path));
  const exists = original !== undefined;
  const text = mergeEdit(original, { data, body: markdown }, mergeOptions(path));
  const problems = await checkText(context, path, text, exists);
  const shortId = typeof data['shortId'] === 'string' ? data['shortId'] : '';
  const link = shortLink(context.config.siteUrl, shortId || 'xxxx');
  const replyLength = (reply: unknown) => countTweetLength(replyWithLink(typeof reply === 'string' ? reply : '', link));
  sendJson(response, 200, {
    path,
    // The check's findings in Dutch, where they are in the file last.
    problems: problems.map((problem) => {
      const message = problemMessageDutch(problem);
      return { ...problem, message, text: `${message} (regel ${problem.line})` };
    }),
    blocking: problems.some((problem) => problem.severity === 'error' || (FIELD_LIMIT_CODES as readonly string[]).includes(problem.code)),
    lengths: {
      title: [...String(data['title'] ?? '')].length,
      description: [...String(data['description'] ?? '')].length,
      reply: 'reply' in data ? replyLength(data['reply']) : undefined,
      replies: Array.isArray(data['replies']) ? data['replies'].map(replyLength) : undefined,
      limits: { ...context.config.editorial, reply: MAX_REPLY_LENGTH },
    },
    html: micromark(markdown),
    siteLink: siteLinkOf(context, path, data),
    schedule: collectionOf(path) === 'broadcasts' ? await schedule(context, data) : undefined,
  });
}

/** When a broadcast becomes public, when it airs, and which rebuilds the schedule needs (`due`). */
async function schedule(context: Context, data: Record<string, unknown>) {
  const now = context.now();
  const publishAt = dateOf(data['publishAt']);
  const airsAt = dateOf(data['airsAt']);
  const lastBuild = await readBuildTime(context.root).catch(() => undefined);
  const status = STATUSES.find((candidate) => candidate === data['status']) ?? 'draft';
  const due = publishAt
    ? computeDue([{ path: '', collection: 'broadcasts', title: String(data['title'] ?? ''), status, publishAt }], { now, withinMs: 0, lastBuild })
    : undefined;
  return {
    now: formatAmsterdamIso(now),
    nowMs: now.getTime(),
    publishAt: publishAt ? formatAmsterdamIso(publishAt) : undefined,
    airsAt: airsAt ? formatAmsterdamIso(airsAt) : undefined,
    publishInMs: publishAt ? publishAt.getTime() - now.getTime() : undefined,
    rebuilds: [publishAt, airsAt, airsAt && new Date(airsAt.getTime() + 3 * 3_600_000)].filter((date): date is Date => Boolean(date)).map(formatAmsterdamIso),
    rebuildDueNow: due?.rebuildDue ?? false,
    lastBuild: lastBuild ? formatAmsterdamIso(lastBuild) : undefined,
  };
}

/** The page on the local site with drafts (astro dev), when it runs. */
function siteLinkOf(context: Context, path: string, data: Record<string, unknown>): string | undefined {
  const collection = collectionOf(path);
  if (!context.siteUrl || !collection) return undefined;
  const lang = data['lang'] === 'en' ? 'en' : 'nl';
  return context.siteUrl.replace(/\/+$/, '') + itemPath(collection, lang, slugOfPath(path));
}

function mergeOptions(path: string) {
  const collection = collectionOf(path) ?? 'faq';
  const dateFields = new Set(
    schemaFields(collectionSchemas[collection])
      .filter((field) => field.kind === 'date')
      .map((field) => field.name),
  );
  return { dateFields, readOnly: READ_ONLY_FIELDS };
}

/** Where a new entry of a CMS collection is written: its folder and the slug of its title. */
function newPath(collection: string, data: Record<string, unknown>): string {
  const [name, lang] = collection.split('-') as [CollectionName, string | undefined];
  const folder = lang ? `content/${name}/${lang}` : `content/${name}`;
  return `${folder}/${slugOf(String(data['title'] ?? '')) || 'nieuw'}.mdx`;
}

function statusOf(text: string): Status | undefined {
  const value = parseContentFile({ path: 'x.mdx', text }).frontmatter?.['status'];
  return STATUSES.find((candidate) => candidate === value);
}

function statusLabel(status: Status): string {
  return { draft: 'Concept', review: 'In review', published: 'Gepubliceerd' }[status];
}

function dateOf(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A project-relative path inside content/ or public/img/, or an error (no "..", no absolute paths). */
function safePath(root: string, path: string): string {
  const normalized = relative(root, resolve(root, path)).split(sep).join('/');
  const inside = (folder: string) => `${normalized}/`.startsWith(folder) || normalized.startsWith(folder);
  if (normalized.startsWith('..') || !WRITABLE.some(inside)) throw new Error(`path outside content/ and public/img/: ${path}`);
  return normalized;
}

function toRepoPath(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

async function listFiles(folder: string, extension: string, depth: number): Promise<string[]> {
  return (await listVisibleFiles(folder, depth)).filter((path) => path.endsWith(extension));
}

async function entryOf(root: string, path: string) {
  try {
    const data = await readText(join(root, path));
    return { data, file: { path, id: sha256(data) } };
  } catch {
    return { data: null, file: { path, id: null } };
  }
}

async function mediaOf(root: string, path: string) {
  const content = await readBytes(join(root, path));
  return { id: sha256(content), content: content.toString('base64'), encoding: 'base64', path, name: basename(path) };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A browser script (client/cms.ts by default, and the project modules it imports) as one file. */
export async function bundleClient(entry = 'cms.ts'): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(HERE, 'client', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

function readJsonBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 50 * 1024 * 1024) {
        fail(new Error('request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        done(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown);
      } catch {
        fail(new Error('request body is not JSON'));
      }
    });
    request.on('error', fail);
  });
}

async function sendFile(response: ServerResponse, folder: string, name: string): Promise<void> {
  const file = resolve(folder, name);
  if (!file.startsWith(resolve(folder) + sep) || !(await isFile(file))) {
    return send(response, 404, 'text/plain; charset=utf-8', 'niet gevonden');
  }
  send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readBytes(file));
}

function sendHtml(response: ServerResponse, html: string): void {
  send(response, 200, TYPES['.html']!, html);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, TYPES['.json']!, JSON.stringify(value));
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(body);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
}
