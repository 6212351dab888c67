// `veelgesteld topics list|show|reject|attach|split|create|undo`: editors steer mining. Lists the
// groups of work/clusters.json as the draft step sees them, and records a decision about one
// (content/decisions.json) with what it does to content/faq. The decisions themselves are made by
// scripts/lib/decisions (pure); this file reads the files, checks what would be written with the
// content check of `veelgesteld check`, and writes. The editor server uses loadWorkspace and
// applyDecision for its topics page.
import { dirname, join, relative, sep } from 'node:path';
import { defineCommand } from 'citty';
import { buildNow } from '#core/clock.ts';
import { CONFIG_FILE } from '#core/config.ts';
import { DECISIONS_FILE, REJECT_REASON_LABELS, REJECT_REASONS, type RejectReason } from '#core/decisions.ts';
import { parseMiningResult, parseShortIdRegistry, planDrafts, serializeShortIdRegistry, SHORT_ID_REGISTRY_FILE } from '../lib/draft/index.ts';
import { DEFAULT_MAX_NEW_DRAFTS } from '../lib/draft/capacity.ts';
import { collectSignals } from '../lib/draft/report-signals.ts';
import {
  decide,
  DecisionError,
  reviewGroups,
  serializeDecisions,
  type DecisionRequest,
  type DecisionResult,
  type ReviewGroup,
  type Workspace,
} from '../lib/decisions/index.ts';
import { checkContent, formatProblem, hasErrors } from '../lib/editorial/index.ts';
import { InputError } from '../lib/errors.ts';
import { assetExistsIn, readContentFiles as readProjectContent } from '../lib/io/content.ts';
import { pathExists, readInputText, readTextIfExists, removeFile, writeFileAtomic } from '../lib/io/index.ts';
import { DEFAULTS, loadTitleKnowledge, projectScrubber, readBroadcasts, readConfig, readContentFiles, readDecisionsIn, readOtherShortIds } from './draft.ts';

export type TopicsPaths = {
  contentDir: string;
  clustersFile: string;
  configFile?: string | undefined;
  /** Set by the browser editor: messages name files relative to this project root and the editor's buttons, not CLI commands. */
  editorRoot?: string | undefined;
};

/**
 * Everything a decision needs: the decisions, the FAQ articles, the short-id registry, and the
 * draft plan of the current clusters as `veelgesteld draft` would make it (a dry run: nothing is
 * written), with the decisions applied.
 */
export async function loadWorkspace(paths: TopicsPaths, now: Date = buildNow(process.env)): Promise<Workspace> {
  const mining = parseMiningResult(await readInputText(paths.clustersFile), paths.clustersFile);
  return workspaceWith(paths, now, mining, true);
}

/**
 * Carries out one decision and writes what it changes: the articles first (each atomically), then
 * content/.shortids.json, content/decisions.json last. Refused (InputError, nothing written) when a
 * written article would not pass the content check of `veelgesteld check`.
 */
export async function applyDecision(paths: TopicsPaths, request: DecisionRequest, now: Date = buildNow(process.env)): Promise<DecisionResult> {
  // Undoing needs no mining result: it only reads the decisions and the articles.
  const undoWithoutMining = request.kind === 'undo' && !pathExists(paths.clustersFile);
  const workspace = undoWithoutMining ? await workspaceWith(paths, now, EMPTY_MINING(now), false) : await loadWorkspace(paths, now);
  return applyIn(paths, workspace, request);
}

const ACTIONS = ['list', 'show', 'reject', 'attach', 'split', 'create', 'undo'] as const;
type Action = (typeof ACTIONS)[number];

/** applyDecision on a workspace already loaded. */
async function applyIn(paths: TopicsPaths, workspace: Workspace, request: DecisionRequest): Promise<DecisionResult> {
  const { now } = workspace;
  const result = decide(workspace, request);
  await checkWrites(paths, result, now);
  const contentRoot = dirname(paths.contentDir);
  for (const write of result.writes) await writeFileAtomic(join(paths.contentDir, write.path), write.text);
  for (const path of result.removes) await removeFile(join(paths.contentDir, path));
  const registryFile = join(contentRoot, SHORT_ID_REGISTRY_FILE);
  const registryText = await readTextIfExists(registryFile);
  const registryOut = serializeShortIdRegistry(result.registry);
  if (registryOut !== (registryText ?? serializeShortIdRegistry(new Map()))) await writeFileAtomic(registryFile, registryOut);
  await writeFileAtomic(join(contentRoot, DECISIONS_FILE), serializeDecisions(result.decisions));
  return result;
}

export default defineCommand({
  meta: {
    name: 'topics',
    description: 'Steer mining: list the mined groups, or decide about one (reject, attach, split, create) and undo a decision.',
  },
  args: {
    action: { type: 'positional', required: true, description: `${ACTIONS.join(', ')}` },
    id: { type: 'positional', required: false, description: 'The group id (as "list" shows it, or a draft\'s path or short id); for undo the decision id' },
    clusters: { type: 'string', description: 'clusters.json written by "veelgesteld mine"', default: 'work/clusters.json' },
    content: { type: 'string', description: 'The FAQ folder; its parent holds decisions.json and .shortids.json', default: DEFAULTS.content },
    config: { type: 'string', description: `Project config (default: ${CONFIG_FILE})` },
    reason: { type: 'string', description: `reject: ${REJECT_REASONS.join(', ')}` },
    note: { type: 'string', description: 'reject: a note for the other editors' },
    to: { type: 'string', description: 'attach: the article (path such as nl/x.mdx, slug, short id or title)' },
    questions: { type: 'string', description: 'attach, split, create: question numbers as "show" lists them, e.g. "1,3,4" (attach and create: default all)' },
    question: { type: 'string', description: 'attach, split, create: a question as "show" lists it (repeat for more)' },
    title: { type: 'string', description: "create: the new article's title; split: default the first picked question" },
    json: { type: 'boolean', description: 'list, show: print JSON' },
  },
  async run({ args, rawArgs }) {
    const action = ACTIONS.find((candidate) => candidate === args.action);
    const paths: TopicsPaths = { contentDir: args.content, clustersFile: args.clusters, configFile: args.config };
    const decisionsFile = join(dirname(args.content), DECISIONS_FILE);
    try {
      if (!action) throw new InputError(`unknown action "${args.action}"; use one of: ${ACTIONS.join(', ')}`);
      if (action === 'list' || action === 'show') {
        const workspace = await loadWorkspace(paths);
        const groups = reviewGroups(workspace.plan, workspace.decisions);
        if (action === 'list') console.log(args.json ? JSON.stringify(groups, null, 2) : formatList(groups, workspace, args.clusters));
        else {
          const group = groups.find((candidate) => candidate.id === requireId(args.id, action));
          if (!group) throw new DecisionError(`Groep ${args.id} bestaat niet in ${args.clusters}; zie veelgesteld topics list`);
          console.log(args.json ? JSON.stringify(group, null, 2) : formatGroup(group, workspace));
        }
        return 0;
      }
      // Question numbers are the group's as `show` lists them: read from the same workspace the decision uses.
      const workspace = args.questions?.trim() && action !== 'undo' ? await loadWorkspace(paths) : undefined;
      const request = requestOf(action, args, questionOptions(rawArgs), workspace);
      const result = workspace ? await applyIn(paths, workspace, request) : await applyDecision(paths, request);
      console.log(`topics: ${result.message}`);
      return 0;
    } catch (error) {
      if (error instanceof DecisionError) console.error(`veelgesteld topics: ${toPosix(decisionsFile)}: ${error.message}`);
      else if (error instanceof InputError) console.error(`veelgesteld topics: ${error.message}`);
      else throw error;
      return 1;
    }
  },
});

// --- internal ---

const EMPTY_MINING = (now: Date) => ({
  version: 1 as const,
  generatedAt: now.toISOString(),
  stats: { messages: 0, inbound: 0, questions: 0, noise: 0, noiseByReason: {}, duplicatesCollapsed: 0, unclustered: 0 },
  clusters: [],
});

/** The workspace over a mining result; `titles`: load the title rules' dictionaries, as the draft step does. */
async function workspaceWith(paths: TopicsPaths, now: Date, mining: ReturnType<typeof parseMiningResult>, titles: boolean): Promise<Workspace> {
  const config = await readConfig(paths.configFile ?? CONFIG_FILE);
  const contentRoot = dirname(paths.contentDir);
  const registryFile = join(contentRoot, SHORT_ID_REGISTRY_FILE);
  const registry = parseShortIdRegistry(await readTextIfExists(registryFile), registryFile);
  const decisions = await readDecisionsIn(contentRoot);
  const faqFiles = await readContentFiles(paths.contentDir);
  const scrub = projectScrubber(config);
  const publicNumbers = config?.company.publicNumbers ?? [];
  const signals = collectSignals({ mining, broadcasts: await readBroadcasts(contentRoot, paths.contentDir), searches: null });
  const plan = planDrafts({
    mining,
    faqFiles,
    otherShortIds: await readOtherShortIds(contentRoot, paths.contentDir),
    registry,
    decisions,
    options: {
      minQuestions: DEFAULTS.minQuestions,
      minAuthors: DEFAULTS.minAuthors,
      contact: config?.company.contactRoute,
      titleMax: config?.editorial.titleMax,
      publicNumbers,
      scrub,
      titleKnowledge: titles ? await loadTitleKnowledge() : undefined,
      clustersFile: paths.clustersFile,
      spikeOnly: signals.spikeOnly,
      maxNewDrafts: config?.editorial.maxNewDrafts ?? DEFAULT_MAX_NEW_DRAFTS,
    },
  });
  return {
    decisions,
    plan,
    faqFiles,
    registry,
    now,
    scrub,
    drafting: { contact: config?.company.contactRoute, titleMax: config?.editorial.titleMax, publicNumbers },
    files: { clusters: shown(paths, paths.clustersFile), decisions: shown(paths, join(contentRoot, DECISIONS_FILE)) },
    surface: paths.editorRoot === undefined ? 'cli' : 'editor',
  };
}

/** A file as the reader of the message knows it: relative to the project in the editor, as given on the command line. */
function shown(paths: TopicsPaths, file: string): string {
  return toPosix(paths.editorRoot === undefined ? file : relative(paths.editorRoot, file));
}

/** The content check of `veelgesteld check` over every article the decision writes, against all of content/. */
async function checkWrites(paths: TopicsPaths, result: DecisionResult, now: Date): Promise<void> {
  if (result.writes.length === 0) return;
  const configFile = paths.configFile ?? CONFIG_FILE;
  const config = await readConfig(configFile);
  if (!config) {
    throw new InputError(`niet gevonden; zonder projectinstellingen kan de controle van veelgesteld check niet draaien, en er wordt niets geschreven`, {
      file: configFile,
    });
  }
  const contentRoot = dirname(paths.contentDir);
  const projectRoot = dirname(contentRoot);
  const toProject = (path: string) => toPosix(relative(projectRoot, join(paths.contentDir, path)));
  const removed = new Set(result.removes.map(toProject));
  const written = new Map(result.writes.map((write) => [toProject(write.path), write.text]));
  const existing = pathExists(contentRoot) ? await readProjectContent(projectRoot, [toPosix(relative(projectRoot, contentRoot)) || '.']) : [];
  const corpus = existing.filter((file) => !removed.has(file.path) && !written.has(file.path));
  for (const [path, text] of written) corpus.push({ path, text });
  const problems = checkContent(corpus, { config, now, assetExists: assetExistsIn(projectRoot), only: (path) => written.has(path) });
  if (hasErrors(problems)) {
    const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    throw new InputError(`niet opgeslagen: de controle van veelgesteld check vindt fouten in wat deze beslissing zou schrijven: ${errors.join(' | ')}`);
  }
}

function requireId(id: string | undefined, action: Action): string {
  if (id === undefined || id.trim() === '') {
    throw new InputError(`topics ${action} needs ${action === 'undo' ? 'a decision id (as "list" shows it)' : 'a group id (as "list" shows it)'}`);
  }
  return id.trim();
}

type RequestArgs = {
  id?: string | undefined;
  reason?: string | undefined;
  note?: string | undefined;
  to?: string | undefined;
  questions?: string | undefined;
  title?: string | undefined;
};

function requestOf(action: Exclude<Action, 'list' | 'show'>, args: RequestArgs, repeated: string[], workspace: Workspace | undefined): DecisionRequest {
  const id = requireId(args.id, action);
  switch (action) {
    case 'undo':
      return { kind: 'undo', decisionId: id };
    case 'reject': {
      const reason = REJECT_REASONS.find((candidate) => candidate === args.reason);
      if (!reason) {
        throw new InputError(
          `--reason must be one of: ${REJECT_REASONS.map((candidate) => `${candidate} (${REJECT_REASON_LABELS[candidate].nl})`).join(', ')}${args.reason ? `, not "${args.reason}"` : ''}`,
        );
      }
      return { kind: 'reject', groupId: id, reason: reason satisfies RejectReason, ...(args.note ? { note: args.note } : {}) };
    }
    case 'attach': {
      if (!args.to) throw new InputError('attach needs --to <article> (path such as nl/x.mdx, slug, short id or title)');
      return { kind: 'attach', groupId: id, target: args.to, ...pickedQuestions(id, args.questions, repeated, workspace) };
    }
    case 'split': {
      const picked = pickedQuestions(id, args.questions, repeated, workspace);
      if (!picked.questions) throw new InputError('split needs the questions to split off: --questions "1,3" or --question "…"');
      return { kind: 'split', groupId: id, questions: picked.questions, ...(args.title ? { title: args.title } : {}) };
    }
    case 'create': {
      if (!args.title) throw new InputError('create needs --title "<the new article\'s title>"');
      return { kind: 'create', groupId: id, title: args.title, ...pickedQuestions(id, args.questions, repeated, workspace) };
    }
  }
}

/** `--questions 1,3,4` (numbers as `show` lists them) and every `--question "…"`; none: undefined. */
function pickedQuestions(id: string, numbers: string | undefined, texts: string[], workspace: Workspace | undefined): { questions?: string[] } {
  const questions = [...texts];
  if (numbers !== undefined && numbers.trim() !== '') {
    const wanted = numbers.split(/[\s,]+/u).filter(Boolean);
    const parsed = wanted.map((value) => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1)
        throw new InputError(`--questions takes question numbers as "show" lists them, e.g. "1,3,4"; not "${value}"`);
      return number;
    });
    if (!workspace) throw new Error('question numbers need the workspace');
    const group = reviewGroups(workspace.plan, workspace.decisions).find((candidate) => candidate.id === id) ?? groupOfArticle(id, workspace);
    if (!group) throw new DecisionError(`Groep ${id} bestaat niet in ${workspace.files?.clusters ?? 'work/clusters.json'}; zie veelgesteld topics list`);
    for (const number of parsed) {
      const question = group.examples[number - 1];
      if (question === undefined)
        throw new InputError(
          `--questions: group ${group.id} has ${group.examples.length} questions, no number ${number} (see: veelgesteld topics show ${group.id})`,
        );
      questions.push(question);
    }
  }
  return questions.length > 0 ? { questions } : {};
}

/** The group whose draft is `ref` (path or short id), for `split nl/x.mdx --questions 2`. */
function groupOfArticle(ref: string, workspace: Workspace): ReviewGroup | undefined {
  const plain = ref.replace(/^(?:\.\/)?(?:content\/)?(?:faq\/)?/u, '');
  return reviewGroups(workspace.plan, workspace.decisions).find(
    (group) => group.article !== undefined && group.state === 'draft' && (group.article.path === plain || group.article.shortId === plain),
  );
}

/** Every `--question` value, in order (citty keeps only the last). */
function questionOptions(rawArgs: readonly string[]): string[] {
  const found: string[] = [];
  rawArgs.forEach((arg, at) => {
    if (arg === '--question' && rawArgs[at + 1] !== undefined) found.push(rawArgs[at + 1] as string);
    else if (arg.startsWith('--question=')) found.push(arg.slice('--question='.length));
  });
  return found;
}

const STATE_LABELS: Record<ReviewGroup['state'], string> = {
  draft: 'concept',
  'needs-look': 'bekijken',
  covered: 'beantwoord',
  deferred: 'later',
  rejected: 'geen artikel',
  other: 'overig',
};

const DECISION_LABELS = { reject: 'geen artikel', attach: 'hoort bij', split: 'gesplitst', create: 'artikel gemaakt' } as const;

function formatList(groups: readonly ReviewGroup[], workspace: Workspace, clustersFile: string): string {
  const lines = [`topics: ${groups.length} groepen in ${clustersFile}, ${workspace.decisions.decisions.length} beslissing(en); meest gevraagd eerst`];
  for (const group of groups) {
    const decision = group.decision ? `  [${group.decision.id}: ${DECISION_LABELS[group.decision.kind]}]` : '';
    const article = group.article ? `  (${group.article.path})` : '';
    lines.push(
      `  ${STATE_LABELS[group.state].padEnd(12)} ${group.id.padEnd(10)} ${String(group.authors).padStart(5)} klanten  ${group.title}${article}${decision}`,
    );
  }
  lines.push('Details en vraagnummers: veelgesteld topics show <id>');
  return lines.join('\n');
}

function formatGroup(group: ReviewGroup, workspace: Workspace): string {
  const decision = workspace.decisions.decisions.find((candidate) => candidate.id === group.decision?.id);
  const lines = [
    `${group.id}: ${group.title}`,
    `  status: ${STATE_LABELS[group.state]}; ${group.authors} klanten, ${group.size} vragen; taal ${group.lang}`,
    ...(group.article
      ? [`  artikel: ${group.article.path} ("${group.article.title}", ${group.article.status}${group.article.shortId ? `, /k/${group.article.shortId}` : ''})`]
      : []),
    ...(group.keywords.length > 0 ? [`  trefwoorden: ${group.keywords.join(', ')}`] : []),
    ...group.reasons.map((reason) => `  bekijken: ${reason}`),
    ...(decision ? [`  beslissing: ${decision.id} (${DECISION_LABELS[decision.kind]}, ${decision.at})`] : []),
    '  vragen:',
    ...group.examples.map((question, index) => `  ${String(index + 1).padStart(4)}. ${question}`),
    ...(group.bestAnswer ? [`  antwoord van webcare: ${group.bestAnswer}`] : []),
  ];
  return lines.join('\n');
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
