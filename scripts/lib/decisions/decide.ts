// What an editor's decision about a mined group does to content/: Geen artikel (reject), Hoort bij …
// (attach), Splitsen (split), Maak artikel (create), and undo. Pure: files come in as text and go out
// as text; scripts/commands/topics.ts reads and writes them. Every text written goes through the
// project's scrubber and the contact-detail check first: a customer's e-mail address or phone number
// in a group's question never reaches content/.
import { isAsGenerated, readArticleFields, type ArticleFields } from '../draft/article-fields.ts';
import type { Cluster } from '#core/cluster.ts';
import { faqSchema } from '#core/content.ts';
import {
  articleSeedId,
  REJECT_REASON_LABELS,
  REJECT_REASONS,
  type AttachDecision,
  type Decision,
  type DecisionsFile,
  type NewArticleDecision,
  type RejectDecision,
  type RejectReason,
} from '#core/decisions.ts';
import { formatIssues } from '#core/frontmatter.ts';
import { detectLang } from '#core/text/index.ts';
import { InputError } from '../errors.ts';
import { buildDraft } from '../draft/article.ts';
import { renderArticle } from '../draft/frontmatter.ts';
import { contentHash } from '../draft/hash.ts';
import { redactContactDetails } from '../draft/pii.ts';
import type { ClusterOutcome, DraftPlan } from '../draft/plan.ts';
import { deriveShortId, isShortId, type ShortIdRegistry } from '../draft/shortid.ts';
import { DEFAULT_CONTACT } from '../draft/template.ts';
import { toSingleLine } from '../draft/text.ts';
import { describe as describeTitle, MAX_TITLE_LENGTH, slugify, type DraftLang } from '../draft/wording.ts';
import { decisionIdFor } from './file.ts';
import { setQuestions } from './questions.ts';
import { decisionsOf, questionKey, reviewGroup, type ReviewGroup } from './review.ts';

/** A request that cannot be carried out: the message (Dutch) says why and what to do instead. */
export class DecisionError extends InputError {
  constructor(message: string) {
    super(message, { code: 'decision' });
    this.name = 'DecisionError';
  }
}

export type DecisionRequest =
  | { kind: 'reject'; groupId: string; reason: RejectReason; note?: string | undefined }
  /** target: article path ("nl/x.mdx"), slug, short id or title; questions: some of the group's examples (default: all). */
  | { kind: 'attach'; groupId: string; target: string; questions?: string[] | undefined }
  /** groupId: a group, or a draft (path, slug, short id) whose group it is; title default: the first picked question. */
  | { kind: 'split'; groupId: string; questions: string[]; title?: string | undefined }
  | { kind: 'create'; groupId: string; title: string; questions?: string[] | undefined }
  | { kind: 'undo'; decisionId: string };

export type Workspace = {
  decisions: DecisionsFile;
  /** The draft plan of the current clusters (a dry run, with the decisions passed in). */
  plan: DraftPlan;
  /** Every article under content/faq, paths relative to it ("nl/x.mdx"). */
  faqFiles: readonly { path: string; text: string }[];
  /** content/.shortids.json as it is on disk. */
  registry: ShortIdRegistry;
  now: Date;
  /** The project's personal-data scrubber. */
  scrub: (text: string) => string;
  /** How new drafts are written (as `veelgesteld draft` would): the "Nog vragen?" route, the title limit, the company's own numbers. */
  drafting?: { contact?: string | undefined; titleMax?: number | undefined; publicNumbers?: readonly string[] | undefined } | undefined;
  /** Named in messages; default work/clusters.json and content/decisions.json. */
  files?: { clusters?: string | undefined; decisions?: string | undefined } | undefined;
  /** Where the editor reads the messages: the CLI names its commands, the browser editor its buttons. */
  surface?: 'cli' | 'editor' | undefined;
};

export type DecisionResult = {
  decisions: DecisionsFile;
  /** Articles to write, relative to content/faq. */
  writes: { path: string; text: string }[];
  /** Articles to delete, relative to content/faq. */
  removes: string[];
  registry: ShortIdRegistry;
  /** The decision taken, or the one undone. */
  decision: Decision;
  /** One line (Dutch): what was done. */
  message: string;
};

/** Carries out one request against the workspace; throws DecisionError when it cannot be done. */
export function decide(workspace: Workspace, request: DecisionRequest): DecisionResult {
  const desk = new Desk(workspace);
  switch (request.kind) {
    case 'reject':
      return desk.reject(request);
    case 'attach':
      return desk.attach(request);
    case 'split':
      return desk.split(request);
    case 'create':
      return desk.create(request);
    case 'undo':
      return desk.undo(request.decisionId);
    default:
      throw new DecisionError(`Onbekende beslissing "${String((request as { kind?: unknown }).kind)}"; kies reject, attach, split, create of undo`);
  }
}

// --- internal ---

const KIND_LABELS: Record<Decision['kind'], string> = {
  reject: 'geen artikel',
  attach: 'hoort bij',
  split: 'gesplitst',
  create: 'artikel gemaakt',
};

/** The path form decisions.json accepts (see #core/decisions.ts). */
const ARTICLE_PATH = /^(nl|en)\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/u;

type Article = ArticleFields;

type Group = { review: ReviewGroup; outcome: ClusterOutcome; cluster: Cluster };

class Desk {
  private readonly workspace: Workspace;
  private readonly articles: Article[];
  private readonly at: string;

  constructor(workspace: Workspace) {
    this.workspace = workspace;
    this.at = workspace.now.toISOString();
    this.articles = workspace.faqFiles.flatMap((file) => {
      try {
        return [readArticle(file)];
      } catch (error) {
        if (error instanceof InputError) return [];
        throw error;
      }
    });
  }

  reject(request: Extract<DecisionRequest, { kind: 'reject' }>): DecisionResult {
    const group = this.group(request.groupId);
    this.refuseRejected(group);
    if (!(REJECT_REASONS as readonly string[]).includes(request.reason)) {
      throw new DecisionError(
        `Reden "${String(request.reason)}" bestaat niet; kies ${REJECT_REASONS.map((reason) => `${reason} (${REJECT_REASON_LABELS[reason].nl})`).join(', ')}`,
      );
    }
    const earlier = decisionsOf(group.review.id, this.workspace.decisions)[0];
    if (earlier) {
      throw new DecisionError(
        `Voor groep ${group.review.id} geldt al beslissing ${earlier.id} (${KIND_LABELS[earlier.kind]}); maak die eerst ongedaan: ${this.undoHint(earlier.id)}`,
      );
    }
    const note = request.note === undefined ? '' : this.clean(request.note);
    // The group's draft leaves the queue when no editor touched it; an editor's work stays.
    const own = this.ownArticle(group);
    const untouched = own !== undefined && isUntouchedDraft(own) && ARTICLE_PATH.test(own.path) ? own : undefined;
    const decision: RejectDecision = {
      ...this.common(
        'reject',
        group,
        group.review.examples.map((question) => this.clean(question)),
      ),
      kind: 'reject',
      reason: request.reason,
      ...(note === '' ? {} : { note }),
      fingerprint: [...(group.cluster.fingerprint ?? [])],
      ...(untouched ? { draft: { article: untouched.path, text: untouched.text } } : {}),
    };
    const after = untouched
      ? `; concept ${untouched.path} verwijderd`
      : own
        ? `; het artikel ${own.path} blijft staan (${own.status === 'draft' ? 'door een redacteur gewijzigd' : `status ${own.status}`})`
        : '';
    return this.result(
      decision,
      [],
      untouched ? [untouched.path] : [],
      `Groep ${group.review.id} wordt geen artikel (${REJECT_REASON_LABELS[request.reason].nl}), beslissing ${decision.id}${after}`,
    );
  }

  attach(request: Extract<DecisionRequest, { kind: 'attach' }>): DecisionResult {
    const group = this.group(request.groupId);
    this.refuseRejected(group);
    const target = this.findArticle(request.target);
    if (!ARTICLE_PATH.test(target.path)) {
      throw new DecisionError(`Artikel ${target.path} staat niet op een vaste plek (nl/… of en/…, kleine letters); verplaats het eerst`);
    }
    const own = this.ownArticle(group);
    if (own?.path === target.path) throw new DecisionError(`Groep ${group.review.id} hoort al bij ${target.path}`);
    if (group.review.lang !== 'other' && group.review.lang !== target.lang) {
      throw new DecisionError(
        `Groep ${group.review.id} is ${LANGUAGE_NAMES[group.review.lang]}, artikel ${target.path} is ${LANGUAGE_NAMES[target.lang]}; koppel aan een artikel in dezelfde taal`,
      );
    }
    const picked = this.pick(group, request.questions, true);
    const known = new Set(target.questions.map(questionKey));
    const added: string[] = [];
    for (const question of picked) {
      const key = questionKey(question);
      if (known.has(key)) continue;
      known.add(key);
      added.push(question);
    }
    const writes = added.length === 0 ? [] : [{ path: target.path, text: setQuestions(target.text, target.path, [...target.questions, ...added]) }];
    const decision: AttachDecision = { ...this.common('attach', group, picked, target.lang), kind: 'attach', article: target.path, added };
    const what =
      added.length === 0
        ? `alle ${count(picked.length)} stonden er al in`
        : `${count(added.length)} toegevoegd${added.length < picked.length ? ` (${picked.length - added.length} stonden er al in)` : ''}`;
    return this.result(decision, writes, [], `Groep ${group.review.id} hoort bij ${target.path} ("${target.title}"): ${what}, beslissing ${decision.id}`);
  }

  split(request: Extract<DecisionRequest, { kind: 'split' }>): DecisionResult {
    const group = this.group(request.groupId);
    this.refuseRejected(group);
    const picked = this.pick(group, request.questions, false);
    if (picked.length === group.review.examples.length) {
      throw new DecisionError(
        `Je kiest alle vragen van groep ${group.review.id}; splitsen laat er minstens één achter. Maak er een artikel van (create) of koppel de groep (attach)`,
      );
    }
    const own = this.ownArticle(group);
    if (own === undefined && this.plannedArticle(group)) {
      throw new DecisionError(`Het concept van groep ${group.review.id} is nog niet geschreven; draai eerst veelgesteld draft en splits daarna`);
    }
    const title = this.title(request.title ?? picked[0] ?? '');
    const lang = this.langOf(group, picked);
    const id = this.newId('split', group.review.id);
    const draft = this.newDraft(group, { picked, title, lang, seed: `${group.review.id}/split/${id}`, answer: false, source: false });
    const writes = [{ path: draft.path, text: draft.text }];
    let from: NewArticleDecision['from'];
    if (own && own.status === 'draft') {
      const pickedKeys = new Set(picked.map(questionKey));
      const removed = own.questions.flatMap((question, index) => (pickedKeys.has(questionKey(question)) ? [{ question, index }] : []));
      if (removed.length > 0) {
        const remaining = own.questions.filter((_, index) => !removed.some((entry) => entry.index === index));
        writes.unshift({ path: own.path, text: setQuestions(own.text, own.path, remaining) });
        from = { article: own.path, removed };
      }
    }
    const decision: NewArticleDecision = {
      ...this.common('split', group, picked, lang, id),
      kind: 'split',
      article: draft.path,
      title,
      ...(from ? { from } : {}),
    };
    const taken = from ? `, uit ${from.article} gehaald` : own && own.status !== 'draft' ? `; ${own.path} (status ${own.status}) is niet aangepast` : '';
    return this.result(
      decision,
      writes,
      [],
      `${capitalize(count(picked.length))} van groep ${group.review.id} afgesplitst naar nieuw concept ${draft.path} (/k/${draft.shortId})${taken}, beslissing ${decision.id}`,
      draft.registry,
    );
  }

  create(request: Extract<DecisionRequest, { kind: 'create' }>): DecisionResult {
    const group = this.group(request.groupId);
    this.refuseRejected(group);
    const own = this.ownArticle(group) ?? this.plannedArticle(group);
    if (own) {
      throw new DecisionError(
        `Groep ${group.review.id} heeft al een artikel: ${own.path} ("${own.title}"); splits vragen af met split als ze een ander antwoord nodig hebben`,
      );
    }
    if (request.title === undefined || request.title.trim() === '') throw new DecisionError('Geef een titel voor het nieuwe artikel (--title)');
    const title = this.title(request.title);
    const picked = this.pick(group, request.questions, true);
    const lang = this.langOf(group, picked);
    const id = this.newId('create', group.review.id);
    const draft = this.newDraft(group, { picked, title, lang, seed: group.review.id, answer: true, source: true });
    const decision: NewArticleDecision = { ...this.common('create', group, picked, lang, id), kind: 'create', article: draft.path, title };
    return this.result(
      decision,
      [{ path: draft.path, text: draft.text }],
      [],
      `Nieuw concept ${draft.path} (/k/${draft.shortId}) voor groep ${group.review.id} met ${count(picked.length)}, beslissing ${decision.id}`,
      draft.registry,
    );
  }

  undo(decisionId: string): DecisionResult {
    const decisions = this.workspace.decisions.decisions;
    const decision = decisions.find((candidate) => candidate.id === decisionId.trim());
    if (!decision) throw new DecisionError(`Beslissing ${decisionId} bestaat niet in ${this.decisionsFile}; ${this.listHint()}`);
    const written = decision.kind === 'split' || decision.kind === 'create' ? decision.article : undefined;
    const dependent = decisions.find(
      (other) =>
        other.id !== decision.id &&
        written !== undefined &&
        ((other.kind === 'attach' && other.article === written) || (other.kind === 'split' && other.from?.article === written)),
    );
    if (dependent) {
      throw new DecisionError(
        `Beslissing ${dependent.id} (${KIND_LABELS[dependent.kind]}) bouwt voort op ${written}; maak die eerst ongedaan: ${this.undoHint(dependent.id)}`,
      );
    }
    const writes: { path: string; text: string }[] = [];
    const removes: string[] = [];
    const registry = copyRegistry(this.workspace.registry);
    const notes: string[] = [];
    if (decision.kind === 'reject' && decision.draft) {
      const now = this.articleAt(decision.draft.article);
      if (now && now.text !== decision.draft.text) {
        throw new DecisionError(
          `Er staat inmiddels een ander artikel op ${decision.draft.article}; het concept van toen kan niet terug. Verplaats dat artikel eerst, en maak dan ongedaan`,
        );
      }
      if (!now) {
        writes.push({ path: decision.draft.article, text: decision.draft.text });
        notes.push(`concept ${decision.draft.article} teruggezet`);
      }
    } else if (decision.kind === 'attach') {
      const article = this.articleAt(decision.article);
      if (!article) notes.push(`${decision.article} bestaat niet meer`);
      else {
        const added = [...decision.added];
        const remaining = article.questions.filter((question) => {
          const at = added.indexOf(question);
          if (at < 0) return true;
          added.splice(at, 1);
          return false;
        });
        if (remaining.length !== article.questions.length) {
          writes.push({ path: article.path, text: setQuestions(article.text, article.path, remaining) });
          notes.push(`${count(article.questions.length - remaining.length)} uit ${article.path} gehaald`);
        }
      }
    } else if (decision.kind === 'split' || decision.kind === 'create') {
      const draft = this.articleAt(decision.article);
      if (!draft) notes.push(`${decision.article} bestond al niet meer`);
      else {
        if (draft.status !== 'draft') {
          throw new DecisionError(
            `${draft.path} heeft status ${draft.status}, geen concept meer; het blijft staan. Zet de status terug naar draft of verwijder het zelf, en maak dan ongedaan`,
          );
        }
        if (!isUntouchedDraft(draft)) {
          throw new DecisionError(
            `${draft.path} is na de beslissing door een redacteur gewijzigd (titel of tekst); het blijft staan. Verwijder het zelf als het weg moet, en maak dan ongedaan`,
          );
        }
        removes.push(draft.path);
        notes.push(`concept ${draft.path} verwijderd`);
        const entry = draft.shortId ? registry.get(draft.shortId) : undefined;
        // The short id stays reserved (it may have been shared), but no longer belongs to the group.
        if (entry) entry.clusterIds = entry.clusterIds.filter((clusterId) => clusterId !== decision.groupId);
      }
      const source = decision.kind === 'split' && decision.from ? this.articleAt(decision.from.article) : undefined;
      if (decision.kind === 'split' && decision.from && source) {
        const questions = [...source.questions];
        const present = new Set(questions.map(questionKey));
        for (const { question, index } of [...decision.from.removed].sort((a, b) => a.index - b.index)) {
          if (present.has(questionKey(question))) continue;
          questions.splice(Math.min(index, questions.length), 0, question);
        }
        if (questions.length !== source.questions.length) {
          writes.push({ path: source.path, text: setQuestions(source.text, source.path, questions) });
          notes.push(`${count(questions.length - source.questions.length)} terug in ${source.path}`);
        }
      }
    }
    const rest = decisions.filter((candidate) => candidate.id !== decision.id);
    return {
      decisions: { version: 1, decisions: rest },
      writes,
      removes,
      registry,
      decision,
      message: `Beslissing ${decision.id} (${KIND_LABELS[decision.kind]}, groep ${decision.groupId}) ongedaan gemaakt${notes.length > 0 ? `: ${notes.join(', ')}` : ''}`,
    };
  }

  // --- helpers ---

  private get decisionsFile(): string {
    return this.workspace.files?.decisions ?? 'content/decisions.json';
  }

  private undoHint(id: string): string {
    return this.workspace.surface === 'editor' ? `Ongedaan maken bij ${id} onder Genomen besluiten` : `veelgesteld topics undo ${id}`;
  }

  private listHint(): string {
    return this.workspace.surface === 'editor' ? 'laad de pagina opnieuw' : 'zie veelgesteld topics list';
  }

  private showHint(id: string): string {
    return this.workspace.surface === 'editor' ? `zie de vragen bij groep ${id}` : `zie veelgesteld topics show ${id}`;
  }

  private questionsHint(id: string): string {
    return this.workspace.surface === 'editor' ? `de vragen bij groep ${id}` : `de vragen van veelgesteld topics show ${id}`;
  }

  private get clustersFile(): string {
    return this.workspace.files?.clusters ?? 'work/clusters.json';
  }

  /** The group by id, or the group of a draft named by path, slug or short id. */
  private group(ref: string): Group {
    const id = ref.trim();
    const outcomes = this.workspace.plan.outcomes;
    let outcome = outcomes.find((candidate) => candidate.cluster.id === id);
    if (!outcome) {
      const article = this.lookUpArticle(id);
      if (article.length === 1) {
        const [found] = article as [Article];
        const seed = found.shortId ? articleSeedId({ clusterId: found.clusterId, shortId: found.shortId }) : undefined;
        outcome =
          outcomes.find((candidate) => candidate.cluster.id === found.clusterId || candidate.cluster.id === seed) ??
          outcomes.find((candidate) => 'article' in candidate && candidate.article.path === found.path && this.isOwn(candidate));
      }
    }
    if (!outcome) throw new DecisionError(`Groep ${id} bestaat niet in ${this.clustersFile}; ${this.listHint()}`);
    return { review: reviewGroup(outcome, this.workspace.decisions), outcome, cluster: outcome.cluster };
  }

  private refuseRejected(group: Group): void {
    const rejection =
      group.outcome.kind === 'rejected'
        ? group.outcome.decision
        : decisionsOf(group.review.id, this.workspace.decisions).find((decision): decision is RejectDecision => decision.kind === 'reject');
    if (!rejection) return;
    throw new DecisionError(
      `Groep ${group.review.id} is afgewezen (beslissing ${rejection.id}: ${REJECT_REASON_LABELS[rejection.reason].nl}); maak dat eerst ongedaan: ${this.undoHint(rejection.id)}`,
    );
  }

  /** The group's own article on disk: the one the plan matched it to (not another group's that covers it). */
  private ownArticle(group: Group): Article | undefined {
    if (!('article' in group.outcome) || !this.isOwn(group.outcome)) return undefined;
    return this.articleAt(group.outcome.article.path);
  }

  /** The draft the next `veelgesteld draft` would write for the group (not on disk yet). */
  private plannedArticle(group: Group): { path: string; title: string } | undefined {
    if (group.outcome.kind !== 'created' || this.articleAt(group.outcome.article.path)) return undefined;
    return group.outcome.article;
  }

  private isOwn(outcome: ClusterOutcome): boolean {
    if (outcome.kind === 'created' || outcome.kind === 'updated' || outcome.kind === 'unchanged' || outcome.kind === 'edited') return true;
    if (outcome.kind !== 'covered') return false;
    const article = this.articleAt(outcome.article.path);
    return (
      article !== undefined &&
      (article.clusterId === outcome.cluster.id ||
        (article.shortId !== undefined && articleSeedId({ clusterId: article.clusterId, shortId: article.shortId }) === outcome.cluster.id))
    );
  }

  private articleAt(path: string): Article | undefined {
    return this.articles.find((article) => article.path === path);
  }

  /** Articles named by path, short id or short link, slug, or title. */
  private lookUpArticle(ref: string): Article[] {
    const plain = ref
      .trim()
      .replace(/^(?:https?:\/\/[^/]+)?\/?k\//u, '')
      .replace(/^(?:\.\/)?(?:content\/)?(?:faq\/)?/u, '');
    if (plain === '') return [];
    const lower = plain.toLowerCase();
    const byPath = this.articles.filter((article) => [article.path.toLowerCase(), article.path.toLowerCase().replace(/\.mdx?$/u, '')].includes(lower));
    if (byPath.length > 0) return byPath;
    if (isShortId(plain)) {
      const byShortId = this.articles.filter((article) => article.shortId === plain);
      if (byShortId.length > 0) return byShortId;
    }
    const bySlug = this.articles.filter((article) => slugOfPath(article.path) === lower);
    if (bySlug.length > 0) return bySlug;
    const key = questionKey(plain);
    return this.articles.filter((article) => article.title !== '' && questionKey(article.title) === key);
  }

  private findArticle(ref: string): Article {
    const found = this.lookUpArticle(ref);
    if (found.length === 1) return found[0] as Article;
    if (found.length > 1) {
      throw new DecisionError(
        `Meer dan één artikel past bij '${ref.trim()}': ${found.map((article) => article.path).join(', ')}; geef het pad, zoals ${found[0]?.path}`,
      );
    }
    throw new DecisionError(`Artikel '${ref.trim()}' niet gevonden; zoek op titel, slug of korte link`);
  }

  /**
   * The questions the request picks from the group (as the group shows them, in the order asked), or
   * by default all that no earlier decision about the group took. Refuses questions of another group
   * and questions an earlier decision already took.
   */
  private pick(group: Group, requested: readonly string[] | undefined, allByDefault: boolean): string[] {
    const { review } = group;
    const used = new Map<string, Decision>();
    for (const decision of decisionsOf(review.id, this.workspace.decisions))
      for (const question of decision.questions) used.set(questionKey(question), decision);
    if (requested === undefined && allByDefault) {
      const free = review.examples.filter((question) => !used.has(questionKey(question)));
      if (free.length === 0)
        throw new DecisionError(`Alle vragen van groep ${review.id} zijn al door een eerdere beslissing verwerkt; ${this.showHint(review.id)}`);
      return free.map((question) => this.clean(question));
    }
    if (requested === undefined || requested.length === 0)
      throw new DecisionError(`Kies minstens één vraag van groep ${review.id} (--questions 1,3 of --question "…")`);
    const byKey = new Map(review.examples.map((question) => [questionKey(question), question]));
    const picked: string[] = [];
    for (const question of requested) {
      const exact = review.examples.find((example) => example === question.trim() || example === toSingleLine(question));
      const found = exact ?? byKey.get(questionKey(question));
      if (found === undefined) {
        throw new DecisionError(`Vraag "${shorten(question)}" hoort niet bij groep ${review.id}; kies uit ${this.questionsHint(review.id)}`);
      }
      const earlier = used.get(questionKey(found));
      if (earlier) {
        throw new DecisionError(
          `Vraag "${shorten(found)}" is al verwerkt in beslissing ${earlier.id} (${KIND_LABELS[earlier.kind]}); maak die eerst ongedaan: ${this.undoHint(earlier.id)}`,
        );
      }
      if (!picked.includes(found)) picked.push(found);
    }
    return picked.map((question) => this.clean(question));
  }

  private title(text: string): string {
    const title = this.clean(text);
    if (title === '' || !/\p{L}/u.test(title)) throw new DecisionError('Geef een titel met woorden (--title)');
    const max = this.workspace.drafting?.titleMax ?? MAX_TITLE_LENGTH;
    const length = [...title].length;
    if (length > max) throw new DecisionError(`De titel is ${length} tekens; houd hem op hoogstens ${max} (--title): "${title}"`);
    return title;
  }

  private langOf(group: Group, picked: readonly string[]): DraftLang {
    if (group.review.lang !== 'other') return group.review.lang;
    const detected = detectLang(picked.join(' '));
    return detected === 'en' ? 'en' : 'nl';
  }

  /** A new draft with the editor's title and only the picked questions, written by the draft step's own code. */
  private newDraft(
    group: Group,
    options: { picked: readonly string[]; title: string; lang: DraftLang; seed: string; answer: boolean; source: boolean },
  ): { path: string; text: string; shortId: string; registry: ShortIdRegistry } {
    const { picked, title, lang } = options;
    const { plan } = this.workspace;
    const taken = new Set([
      ...this.workspace.registry.keys(),
      ...plan.registry.keys(),
      ...this.articles.flatMap((article) => (article.shortId ? [article.shortId] : [])),
    ]);
    const shortId = deriveShortId(options.seed, taken);
    const bestAnswer = group.cluster.bestAnswer;
    const cluster: Cluster = {
      ...group.cluster,
      label: this.clean(picked[0] ?? title),
      examples: picked.map((text) => ({ text, similarity: 1 })),
      bestAnswer: options.answer && bestAnswer ? { ...bestAnswer, text: this.clean(bestAnswer.text) } : null,
    };
    const draft = buildDraft(cluster, {
      lang,
      shortId,
      generatedAt: plan.mining.generatedAt,
      contact: this.workspace.drafting?.contact ?? DEFAULT_CONTACT[lang],
      titleMax: this.workspace.drafting?.titleMax ?? MAX_TITLE_LENGTH,
      clustersFile: this.clustersFile,
    });
    const data: Record<string, unknown> = {
      ...draft.data,
      title,
      description: describeTitle(title, lang),
      questions: [...picked],
      generatedHash: contentHash(title, draft.body),
    };
    if (!options.source) delete data['source'];
    const valid = faqSchema.safeParse(data);
    if (!valid.success) throw new DecisionError(`Het nieuwe concept zou ongeldig zijn: ${formatIssues(valid.error)}`);
    const path = this.freePath(lang, slugify(title));
    const registry = copyRegistry(this.workspace.registry);
    registry.set(shortId, { clusterIds: options.source ? [group.review.id] : [], file: `faq/${path}` });
    return { path, text: renderArticle(data, draft.body), shortId, registry };
  }

  private freePath(lang: DraftLang, slug: string): string {
    const taken = new Set(this.workspace.faqFiles.map((file) => file.path.toLowerCase()));
    for (let n = 1; ; n++) {
      const path = `${lang}/${n === 1 ? slug : `${slug}-${n}`}.mdx`;
      if (!taken.has(path)) return path;
    }
  }

  private newId(kind: Decision['kind'], groupId: string): string {
    return decisionIdFor(kind, groupId, this.at, new Set(this.workspace.decisions.decisions.map((decision) => decision.id)));
  }

  private common(
    kind: Decision['kind'],
    group: Group,
    questions: readonly string[],
    lang?: DraftLang,
    id?: string,
  ): Pick<Decision, 'id' | 'at' | 'groupId' | 'label' | 'lang' | 'questions'> {
    const groupLang = group.review.lang === 'other' ? undefined : group.review.lang;
    return {
      id: id ?? this.newId(kind, group.review.id),
      at: this.at,
      groupId: group.review.id,
      label: this.clean(group.review.label),
      lang: lang ?? groupLang ?? (detectLang(questions.join(' ')) === 'en' ? 'en' : 'nl'),
      questions: [...questions],
    };
  }

  private result(decision: Decision, writes: { path: string; text: string }[], removes: string[], message: string, registry?: ShortIdRegistry): DecisionResult {
    return {
      decisions: { version: 1, decisions: [...this.workspace.decisions.decisions, decision] },
      writes,
      removes,
      registry: registry ?? copyRegistry(this.workspace.registry),
      decision,
      message,
    };
  }

  /** The project's scrubber, then the contact-detail check, on one line. */
  private clean(text: string): string {
    return redactContactDetails(this.workspace.scrub(toSingleLine(text)), this.workspace.drafting?.publicNumbers ?? []).trim();
  }
}

const LANGUAGE_NAMES: Record<DraftLang, string> = { nl: 'Nederlandstalig', en: 'Engelstalig' };

function readArticle(file: { path: string; text: string }): Article {
  return readArticleFields(file);
}

/** A draft as the tool wrote it: status draft, title and body as generated (see plan.ts). */
function isUntouchedDraft(article: Article): boolean {
  return article.status === 'draft' && isAsGenerated(article);
}

function slugOfPath(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.mdx?$/u, '').toLowerCase();
}

function copyRegistry(registry: ShortIdRegistry): ShortIdRegistry {
  return new Map([...registry].map(([id, entry]) => [id, { ...entry, clusterIds: [...entry.clusterIds] }]));
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'vraag' : 'vragen'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shorten(text: string): string {
  const line = toSingleLine(text);
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
