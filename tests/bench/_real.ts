// `topics --real <export>`: what an editor receives from an unlabelled export of realistic size:
// new drafts (capped by the editor's capacity), groups that need a look, how much of the inbound
// questions the drafts and covered groups hold, drafted titles the title rules refuse, the top titles.
import { planDrafts, parseShortIdRegistry, type ClusterOutcome } from '#lib/draft/index.ts';
import { coverageShare } from '#lib/draft/capacity.ts';
import { DEFAULTS as DRAFT_DEFAULTS } from '#scripts/commands/draft.ts';
import { knownWordChecker } from '#lib/draft/spelling.ts';
import { titleProblems } from '#lib/draft/title-rules.ts';
import { ingestSource } from '#lib/ingest/index.ts';
import { createPseudonymizer, DEFAULT_SALT, readInputBytes } from '#lib/io/index.ts';
import { loadPlaceIndex } from '#lib/io/places.ts';
import { loadDictionaries } from '#lib/io/spelling.ts';
import { isPlaceName } from '#lib/text/slots.ts';
import type { Message } from '#core/message.ts';
import { mineMessagesWithMembers } from '#lib/mine/index.ts';

/** The editor's capacity when neither the option nor the config says (issue: about 25 a run). */
const DEFAULT_CAPACITY = 25;
const TOP_TITLES = 40;

type RealOptions = { 'company-handle'?: string | undefined; 'max-new-drafts'?: string | undefined; seed: number; set: Record<string, number> };

export async function realExportBench(file: string, options: RealOptions): Promise<Record<string, unknown>> {
  const started = performance.now();
  const companyHandles = (options['company-handle'] ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const messages: Message[] = [];
  const source = { name: file, open: () => readInputBytes(file) };
  for await (const message of ingestSource(source, { companyHandles, pseudonymize: createPseudonymizer(DEFAULT_SALT) })) messages.push(message);
  const places = await loadPlaceIndex();
  const dictionaries = await loadDictionaries();
  const isPlace = (word: string): boolean => isPlaceName(word, places);
  const { result: mining } = await mineMessagesWithMembers(messages, {
    seed: options.seed,
    places,
    log: (note) => console.error(`mine: ${note}`),
    ...options.set,
  });
  const capacity = options['max-new-drafts'] === undefined ? DEFAULT_CAPACITY : Number(options['max-new-drafts']);
  const plan = planDrafts({
    mining,
    faqFiles: [],
    otherShortIds: [],
    registry: parseShortIdRegistry(undefined),
    options: {
      minQuestions: DRAFT_DEFAULTS.minQuestions,
      minAuthors: DRAFT_DEFAULTS.minAuthors,
      titleMax: 60,
      titleKnowledge: { isPlace, places, dictionaries },
      clustersFile: 'bench',
      maxNewDrafts: capacity,
    },
  });
  const created = plan.outcomes.filter((outcome): outcome is Created => outcome.kind === 'created');
  const deferred = plan.outcomes.filter((outcome) => outcome.kind === 'deferred');
  const knowledge = { isPlace, isKnownWord: knownWordChecker(dictionaries, []) };
  const refused = created.filter((outcome) => titleProblems(outcome.article.title, lang(outcome), knowledge).length > 0);
  const top = created.slice(0, TOP_TITLES).map((outcome) => `${outcome.cluster.size} · ${outcome.cluster.authors} · ${outcome.article.title}`);
  for (const title of top) console.error(`real: ${title}`);
  for (const outcome of refused)
    console.error(`real: refused title "${outcome.article.title}": ${titleProblems(outcome.article.title, lang(outcome), knowledge).join(', ')}`);
  return {
    export: file,
    seed: options.seed,
    questions: mining.stats.questions,
    groups: mining.clusters.length,
    capacity,
    drafts: created.length,
    deferred: deferred.length,
    needsLook: plan.outcomes.filter((outcome) => outcome.kind === 'needs-look').length,
    /** Share of the inbound questions in drafted or covered groups. */
    coveredShare: round(coverageShare(plan).share),
    titlesRefused: refused.length,
    seconds: round((performance.now() - started) / 1000),
    topTitles: top,
  };
}

type Created = ClusterOutcome & { kind: 'created'; article: { title: string } };

const lang = (outcome: ClusterOutcome): 'nl' | 'en' => (outcome.cluster.lang === 'en' ? 'en' : 'nl');
const round = (x: number): number => Math.round(x * 1000) / 1000;
