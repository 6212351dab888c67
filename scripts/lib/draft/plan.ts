// Decides, for every mined cluster, what happens to content/faq: a new draft, a statistics update,
// or nothing (an editor's work, a published answer, a deleted article). Pure: files come in as
// text, writes go out as text; scripts/commands/draft.ts does the reading and writing.
import { type Cluster, type Coherence, type MiningResult, miningResultSchema } from '#core/cluster.ts';
import { formatIssues } from '#core/frontmatter.ts';
import { InputError } from '../errors.ts';
import { buildDraft, sourceStats } from './article.ts';
import { replaceFrontmatterFields } from './frontmatter.ts';
import { answerKey, answerVector, cosine, type TermVector } from '../text/answer-key.ts';
import type { PlaceIndex } from '../text/slots.ts';
import { askedQuestions, belongingScore, MIN_OVERLAP, tokenSets } from './match.ts';
import { knownWordChecker, type Dictionary, type Suggester } from './spelling.ts';
import { isSelfContainedTitle, type TitleKnowledge } from './title-rules.ts';
import { redactContactDetails } from './pii.ts';
import { deriveShortId, type ShortIdRegistry } from './shortid.ts';
import { DEFAULT_CONTACT } from './template.ts';
import { MAX_TITLE_LENGTH, namesSubject, slugify, type DraftLang } from './wording.ts';
import { planWithinCapacity } from './capacity.ts';
import { isAsGenerated, readArticleFields, type ArticleFields } from './article-fields.ts';
import type { Spike } from '../signals/index.ts';
import { articleSeedId, type DecisionsFile, type RejectDecision } from '#core/decisions.ts';
import { rejectionFinder, type RejectionFinder } from './decided.ts';

export type ContentFileInput = { path: string; text: string };

export type DraftOptions = {
  /** Clusters with fewer questions are not drafted (existing articles still get their statistics). */
  minQuestions: number;
  /** Clusters asked by fewer distinct people are not drafted. */
  minAuthors: number;
  /** Draft only clusters in this language; both when absent. */
  lang?: DraftLang | undefined;
  /** The "Nog vragen?" contact route; DEFAULT_CONTACT when absent. */
  contact?: string | undefined;
  titleMax?: number | undefined;
  /** The company's own numbers, which the defensive phone check leaves alone. */
  publicNumbers?: readonly string[] | undefined;
  /** The project's scrubber, run once more over every text before use. */
  scrub?: ((text: string) => string) | undefined;
  /** Named in error messages. */
  clustersFile: string;
  /** Clusters and sub-topics (by id) asked only inside one spike (scripts/lib/signals): listed as incidents, never drafted. */
  spikeOnly?: ReadonlyMap<string, Spike> | undefined;
  /** At most this many new drafts, for the groups with the most customers (capacity.ts); 0 or absent: no cap. */
  maxNewDrafts?: number | undefined;
  /** Place names and spelling dictionaries for titles (the export's vocabulary is added here). */
  titleKnowledge?:
    | {
        isPlace?: ((word: string) => boolean) | undefined;
        /** The gazetteer, so that questions are matched to articles without their places. */
        places?: PlaceIndex | undefined;
        dictionaries?: (Partial<Record<DraftLang, Dictionary>> & { suggest?: Partial<Record<DraftLang, Suggester>> }) | undefined;
      }
    | undefined;
};

export type PlanInput = {
  mining: MiningResult;
  /** Every article under content/faq, with paths relative to it ("nl/waar-blijft-mijn-pakket.mdx"). */
  faqFiles: readonly ContentFileInput[];
  /** Short ids used elsewhere in content/ (broadcasts), with the content-relative file. */
  otherShortIds: readonly { file: string; shortId: string }[];
  registry: ShortIdRegistry;
  options: DraftOptions;
  /** content/decisions.json: editors' decisions about earlier groups (none when absent). */
  decisions?: DecisionsFile | undefined;
};

export type ArticleRef = { path: string; title: string; status: string; shortId: string | undefined };

export type ClusterOutcome = { cluster: Cluster } & (
  | { kind: 'created' | 'updated' | 'unchanged' | 'covered'; article: ArticleRef }
  /** Not touched: status review/published-elsewhere, or title/body changed since the tool wrote them. */
  | { kind: 'edited'; article: ArticleRef; reason: 'status' | 'content' }
  /** Another cluster's article already holds these questions. */
  | { kind: 'overlaps'; article: ArticleRef }
  /** The cluster had an article that was deleted; it is not drafted again. */
  | { kind: 'deleted'; shortId: string }
  | { kind: 'below-threshold' | 'other-language' }
  /** Not one question (mixed, statements, glued one-offs): listed for an editor to look at, never drafted. */
  | { kind: 'needs-look'; reasons: NeedsLookReason[] }
  /** Asked only inside one spike (an incident, or a broadcast's wave): a statement or blog update answers it, not an evergreen FAQ article. */
  | { kind: 'incident'; spike: Spike }
  /** Would be a new draft, but outside the run's capacity (capacity.ts): listed as "ook gevraagd", no file and no short id. */
  | { kind: 'deferred'; title: string }
  /** An editor decided this group is not an article (content/decisions.json); recognised by id or by its questions. */
  | { kind: 'rejected'; decision: RejectDecision }
);

/** Why a group is not drafted: the miner's coherence gate, or no question fit to be its title. */
export type NeedsLookReason = Coherence['reasons'][number] | 'no-clear-question';

export type DraftPlan = {
  mining: MiningResult;
  /** Files to write, relative to content/faq. */
  writes: { path: string; text: string }[];
  registry: ShortIdRegistry;
  registryChanged: boolean;
  outcomes: ClusterOutcome[];
  /** Articles whose cluster is not in this export; they are kept as they are. */
  orphans: (ArticleRef & { clusterId: string })[];
  /** Groups that earlier editors' decisions placed: rejected again, or landing on the article they were attached to. */
  decided: { rejected: number; attached: number };
};

/** Parses and checks clusters.json; names the file and what is wrong. */
export function parseMiningResult(json: string, file: string): MiningResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new InputError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, { file });
  }
  const result = miningResultSchema.safeParse(raw);
  if (!result.success) throw new InputError(`not a clusters file from "veelgesteld mine": ${formatIssues(result.error)}`, { file });
  const seen = new Set<string>();
  for (const cluster of result.data.clusters.flatMap((c) => [c, ...(c.subtopics ?? [])])) {
    if (seen.has(cluster.id)) throw new InputError(`cluster id "${cluster.id}" appears twice`, { file });
    seen.add(cluster.id);
  }
  return result.data;
}

export function planDrafts(input: PlanInput): DraftPlan {
  return planWithinCapacity(input.options.maxNewDrafts, (allowed) => planOnce(input, allowed));
}

/** One plan; with `allowed`, only those groups may become new drafts (the rest that would are deferred). */
function planOnce(input: PlanInput, allowed?: ReadonlySet<string>): DraftPlan {
  const state = new PlanState(input, allowed);
  const clusters = draftUnits(input.mining.clusters)
    .map((cluster) => cleanCluster(cluster, input.options))
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const assigned = new Map<Cluster, Article>();
  for (const cluster of clusters) {
    const article = state.findById(cluster);
    // One group per article: the largest that names it (a seed group and its old cluster may both).
    const rejectedDraft = article?.status === 'draft' && state.rejectionOf(cluster) !== undefined;
    if (article && !state.claimed.has(article) && !rejectedDraft) {
      assigned.set(cluster, article);
      state.claimed.add(article);
    }
  }
  const outcomes = new Map<Cluster, ClusterOutcome>();
  for (const cluster of clusters) {
    const known = assigned.get(cluster);
    outcomes.set(cluster, known ? state.handleExisting(cluster, known, false) : state.handleUnmatched(cluster));
  }
  const ordered = clusters.map((cluster) => outcomes.get(cluster) as ClusterOutcome);
  return {
    mining: input.mining,
    writes: state.writes,
    registry: state.registry,
    registryChanged: state.registryChanged,
    outcomes: ordered,
    orphans: state.orphans(),
    decided: decidedCounts(ordered, input.decisions, (path, groupId) => state.isSeedGroupOf(path, groupId)),
  };
}

/** `isSeedGroup`: whether a group is the one mining gathered under an article's seed id (articleSeedId). */
function decidedCounts(
  outcomes: readonly ClusterOutcome[],
  decisions: DecisionsFile | undefined,
  isSeedGroup: (path: string, groupId: string) => boolean,
): DraftPlan['decided'] {
  const attachments = (decisions?.decisions ?? []).filter((decision) => decision.kind === 'attach');
  const attached = outcomes.filter(
    (outcome) =>
      'article' in outcome &&
      attachments.some(
        (decision) =>
          decision.article === outcome.article.path && (decision.groupId === outcome.cluster.id || isSeedGroup(outcome.article.path, outcome.cluster.id)),
      ),
  ).length;
  return { rejected: outcomes.filter((outcome) => outcome.kind === 'rejected').length, attached };
}

// --- internal ---

/** An article as the plan compares it: its questions as word sets, its reply as an answer key. */
type Article = Omit<ArticleFields, 'questions' | 'reply'> & {
  questions: Set<string>[];
  /** The article's prepared reply as an answer key vector (scripts/lib/text/answer-key.ts). */
  answer: TermVector | undefined;
};

class PlanState {
  readonly registry: ShortIdRegistry;
  registryChanged = false;
  readonly writes: { path: string; text: string }[] = [];
  readonly claimed = new Set<Article>();
  private readonly articles: Article[];
  private readonly input: PlanInput;
  private readonly currentIds: Set<string>;
  private readonly liveShortIds = new Set<string>();
  private readonly takenPaths = new Set<string>();
  /** Parent cluster of every sub-topic in this run. */
  private readonly parentOf = new Map<string, string>();
  /** Articles drafted in this run from a sub-topic, with that sub-topic's parent cluster. */
  private readonly draftedFromParent = new Map<Article, string>();

  private readonly titleKnowledge: TitleKnowledge;
  readonly rejectionOf: RejectionFinder;
  private readonly places: PlaceIndex | undefined;

  /** The groups that may become new drafts (capacity.ts); all when absent. */
  private readonly allowed: ReadonlySet<string> | undefined;

  constructor(input: PlanInput, allowed?: ReadonlySet<string>) {
    this.input = input;
    this.allowed = allowed;
    this.places = input.options.titleKnowledge?.places;
    this.titleKnowledge = titleKnowledgeOf(input);
    this.rejectionOf = rejectionFinder(input.decisions, this.places);
    this.registry = new Map([...input.registry].map(([id, entry]) => [id, { ...entry, clusterIds: [...entry.clusterIds] }]));
    this.currentIds = new Set(input.mining.clusters.flatMap((cluster) => [cluster.id, ...(cluster.subtopics ?? []).map((sub) => sub.id)]));
    for (const cluster of input.mining.clusters) for (const sub of cluster.subtopics ?? []) this.parentOf.set(sub.id, cluster.id);
    this.articles = [...input.faqFiles].sort((a, b) => (a.path < b.path ? -1 : 1)).map((file) => readArticle(file, this.places));
    for (const article of this.articles) {
      this.takenPaths.add(article.path.toLowerCase());
      if (article.shortId) {
        this.liveShortIds.add(article.shortId);
        this.register(article.shortId, article.clusterId, `faq/${article.path}`);
      }
    }
    for (const { file, shortId } of input.otherShortIds) {
      this.liveShortIds.add(shortId);
      this.register(shortId, undefined, file);
    }
  }

  /** Whether mining gathered the questions of the article at `path` under `groupId` (its seed id, or its short id when another article took the group's). */
  isSeedGroupOf(path: string, groupId: string): boolean {
    const article = this.articles.find((candidate) => candidate.path === path);
    if (article?.shortId === undefined) return false;
    return groupId === articleSeedId({ clusterId: article.clusterId, shortId: article.shortId }) || groupId === articleSeedId({ shortId: article.shortId });
  }

  /** The article whose questions mining gathered under its short id, that names this cluster in source.clusterId, or holds the short id issued for it. */
  findById(cluster: Cluster): Article | undefined {
    const bySeed = this.articles.find((article) => article.shortId !== undefined && articleSeedId({ shortId: article.shortId }) === cluster.id);
    if (bySeed) return bySeed;
    const byClusterId = this.articles.find((article) => article.clusterId === cluster.id);
    if (byClusterId) return byClusterId;
    const issued = this.shortIdsIssuedTo(cluster.id);
    return this.articles.find((article) => article.shortId !== undefined && issued.includes(article.shortId) && !article.clusterId);
  }

  handleExisting(cluster: Cluster, article: Article, adopted: boolean): ClusterOutcome {
    const ref = refOf(article);
    if (adopted && article.shortId) this.register(article.shortId, cluster.id);
    if (article.status === 'published') return { cluster, kind: 'covered', article: ref };
    if (article.status !== 'draft') return { cluster, kind: 'edited', article: ref, reason: 'status' };
    if (!isAsGenerated(article)) {
      return { cluster, kind: 'edited', article: ref, reason: 'content' };
    }
    const updated = replaceFrontmatterFields(article.text, article.path, {
      updatedAt: this.input.mining.generatedAt,
      source: sourceStats(cluster),
    });
    if (updated === article.text) return { cluster, kind: 'unchanged', article: ref };
    this.writes.push({ path: article.path, text: updated });
    return { cluster, kind: 'updated', article: ref };
  }

  handleUnmatched(cluster: Cluster): ClusterOutcome {
    const rejected = this.rejectionOf(cluster);
    if (rejected) return { cluster, kind: 'rejected', decision: rejected };
    const lang = cluster.lang === 'other' ? undefined : cluster.lang;
    const similar = lang ? this.mostSimilar(cluster, lang) : undefined;
    if (similar) {
      const orphaned = !this.claimed.has(similar) && (!similar.clusterId || !this.currentIds.has(similar.clusterId));
      if (orphaned) {
        this.claimed.add(similar);
        return this.handleExisting(cluster, similar, true);
      }
      const ref = refOf(similar);
      return similar.status === 'published' ? { cluster, kind: 'covered', article: ref } : { cluster, kind: 'overlaps', article: ref };
    }
    if (!lang || (this.input.options.lang && lang !== this.input.options.lang)) return { cluster, kind: 'other-language' };
    const deleted = this.shortIdsIssuedTo(cluster.id).find((id) => !this.liveShortIds.has(id));
    if (deleted) return { cluster, kind: 'deleted', shortId: deleted };
    const { minQuestions, minAuthors } = this.input.options;
    if (cluster.size < minQuestions || cluster.authors < minAuthors) return { cluster, kind: 'below-threshold' };
    if (cluster.coherence?.verdict === 'needs-look') return { cluster, kind: 'needs-look', reasons: cluster.coherence.reasons };
    const spike = this.input.options.spikeOnly?.get(cluster.id);
    if (spike) return { cluster, kind: 'incident', spike };
    return this.create(cluster, lang);
  }

  orphans(): (ArticleRef & { clusterId: string })[] {
    return this.articles
      .filter((article) => article.clusterId && !this.claimed.has(article) && !this.currentIds.has(article.clusterId))
      .map((article) => ({ ...refOf(article), clusterId: article.clusterId as string }));
  }

  private create(cluster: Cluster, lang: DraftLang): ClusterOutcome {
    const { options, mining } = this.input;
    const shortId = deriveShortId(cluster.id, new Set([...this.registry.keys(), ...this.liveShortIds]));
    const draft = buildDraft(cluster, {
      lang,
      shortId,
      generatedAt: mining.generatedAt,
      contact: options.contact ?? DEFAULT_CONTACT[lang],
      titleMax: options.titleMax ?? MAX_TITLE_LENGTH,
      titleKnowledge: this.titleKnowledge,
      clustersFile: options.clustersFile,
    });
    // A group none of whose questions makes a title an editor keeps is too vague to draft (judged
    // when the run has the title knowledge: the CLI and benchmarks always do).
    const titled =
      isSelfContainedTitle(draft.title, lang, this.titleKnowledge, options.titleMax ?? MAX_TITLE_LENGTH) && namesSubject(draft.title, cluster.keywords, lang);
    if (options.titleKnowledge && !titled) {
      return { cluster, kind: 'needs-look', reasons: ['no-clear-question'] };
    }
    if (this.allowed && !this.allowed.has(cluster.id)) return { cluster, kind: 'deferred', title: draft.title };
    const path = this.freePath(lang, slugify(draft.title));
    this.writes.push({ path, text: draft.text });
    this.liveShortIds.add(shortId);
    this.register(shortId, cluster.id, `faq/${path}`);
    const article = readArticle({ path, text: draft.text }, this.places);
    this.articles.push(article);
    const parent = this.parentOf.get(cluster.id);
    if (parent) this.draftedFromParent.set(article, parent);
    this.claimed.add(article);
    return { cluster, kind: 'created', article: refOf(article) };
  }

  private mostSimilar(cluster: Cluster, lang: DraftLang): Article | undefined {
    const questions = askedQuestions([cluster.label, ...cluster.examples.map((example) => example.text)], lang, this.places);
    const parent = this.parentOf.get(cluster.id);
    const answer = cluster.bestAnswer ? answerVector(answerKey(cluster.bestAnswer.text, undefined, lang)) : undefined;
    let best: { article: Article; score: number } | undefined;
    for (const article of this.articles) {
      if (article.lang !== lang) continue;
      // One article per answer: the answer the company gives in the threads is the article's reply.
      const byAnswer = answer && article.answer ? answerBelonging(cosine(answer, article.answer)) : 0;
      // Sibling sub-topics are questions the miner deliberately kept apart: not each other's duplicates by wording.
      const sibling = parent !== undefined && this.draftedFromParent.get(article) === parent;
      const score = Math.max(sibling ? 0 : belongingScore(questions, article.questions), byAnswer);
      if (score >= MIN_OVERLAP && (!best || score > best.score)) best = { article, score };
    }
    return best?.article;
  }

  private freePath(lang: DraftLang, slug: string): string {
    for (let n = 1; ; n++) {
      const path = `${lang}/${n === 1 ? slug : `${slug}-${n}`}.mdx`;
      if (!this.takenPaths.has(path.toLowerCase())) {
        this.takenPaths.add(path.toLowerCase());
        return path;
      }
    }
  }

  private shortIdsIssuedTo(clusterId: string): string[] {
    return [...this.registry].filter(([, entry]) => entry.clusterIds.includes(clusterId)).map(([id]) => id);
  }

  private register(shortId: string, clusterId: string | undefined, file?: string): void {
    const entry = this.registry.get(shortId);
    if (!entry) {
      this.registry.set(shortId, { clusterIds: clusterId ? [clusterId] : [], ...(file ? { file } : {}) });
      this.registryChanged = true;
    } else if (clusterId && !entry.clusterIds.includes(clusterId)) {
      entry.clusterIds.push(clusterId);
      this.registryChanged = true;
    }
  }
}

function readArticle(file: ContentFileInput, places: PlaceIndex | undefined): Article {
  const fields = readArticleFields(file);
  return {
    ...fields,
    questions: tokenSets([fields.title, ...fields.questions], fields.lang, places),
    answer: fields.reply ? answerVector(answerKey(fields.reply, undefined, fields.lang)) : undefined,
  };
}

/** The title rules' knowledge: places, and words known from the dictionaries or the export's own questions. */
function titleKnowledgeOf({ mining, options }: PlanInput): TitleKnowledge {
  const known = options.titleKnowledge;
  if (!known) return {};
  const texts = mining.clusters
    .flatMap((cluster) => [cluster, ...(cluster.subtopics ?? [])])
    .flatMap((group) => [group.label, ...group.examples.map((e) => e.text)]);
  return { isPlace: known.isPlace, isKnownWord: known.dictionaries ? knownWordChecker(known.dictionaries, texts, known.dictionaries.suggest) : undefined };
}

/** A CM answer at least this alike an article's prepared reply is that article's answer. */
const SAME_ANSWER = 0.5;

function answerBelonging(similarity: number): number {
  return similarity >= SAME_ANSWER ? MIN_OVERLAP + (similarity - SAME_ANSWER) / 10 : 0;
}

function refOf(article: Article): ArticleRef {
  return { path: article.path, title: article.title, status: article.status, shortId: article.shortId };
}

/**
 * What gets an article: every specific question. A cluster split into sub-topics (a broad topic
 * holding several questions) contributes its sub-topics, any other cluster itself.
 */
export function draftUnits(clusters: readonly Cluster[]): Cluster[] {
  return clusters.flatMap((cluster) => (cluster.subtopics && cluster.subtopics.length > 0 ? cluster.subtopics : [cluster]));
}

/** Runs the scrubber and the contact-detail check once more over every text of the cluster. */
function cleanCluster(cluster: Cluster, options: DraftOptions): Cluster {
  const clean = (text: string) => redactContactDetails(options.scrub ? options.scrub(text) : text, options.publicNumbers);
  return {
    ...cluster,
    label: clean(cluster.label),
    examples: cluster.examples.map((example) => ({ ...example, text: clean(example.text) })),
    bestAnswer: cluster.bestAnswer ? { ...cluster.bestAnswer, text: clean(cluster.bestAnswer.text) } : null,
  };
}
