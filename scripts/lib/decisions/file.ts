// content/decisions.json as text: parsed and checked (problems in Dutch, naming the file), written
// back stable (the same decisions are always the same bytes), and the ids of new decisions.
import { decisionSchema, decisionsFileSchema, type Decision, type DecisionsFile } from '#core/decisions.ts';
import { InputError } from '../errors.ts';
import { fnv1a64 } from '../draft/hash.ts';

const EMPTY: DecisionsFile = { version: 1, decisions: [] };
const ID_LENGTH = 8;
const MAX_ATTEMPTS = 1_000;

/** Reads content/decisions.json; an absent file (undefined) is a file without decisions. */
export function parseDecisions(text: string | undefined, file: string): DecisionsFile {
  if (text === undefined) return { ...EMPTY, decisions: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`geen geldige JSON (${error instanceof Error ? error.message : String(error)})`, { file });
  }
  const result = decisionsFileSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(bestand)'}: ${issue.message}`).join('; ');
    throw new InputError(`geen geldig beslissingenbestand (verwacht { "version": 1, "decisions": [...] }): ${issues}`, { file });
  }
  const seen = new Set<string>();
  for (const decision of result.data.decisions) {
    if (seen.has(decision.id)) throw new InputError(`beslissing ${decision.id} staat er twee keer in; elke beslissing heeft een eigen id`, { file });
    seen.add(decision.id);
  }
  return result.data;
}

/** Pretty JSON with a newline at the end; decisions in date order (then by id), fields in schema order. */
export function serializeDecisions(file: DecisionsFile): string {
  const decisions = [...file.decisions].sort(byDate).map((decision) => decisionSchema.parse(decision));
  return `${JSON.stringify({ version: 1, decisions }, null, 2)}\n`;
}

/** Oldest first; decisions taken at the same moment by id. */
export function byDate(a: Decision, b: Decision): number {
  const time = Date.parse(a.at) - Date.parse(b.at);
  if (time !== 0) return time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "d-" and 8 letters or digits, from what was decided about which group and when; another when taken. */
export function decisionIdFor(kind: Decision['kind'], groupId: string, at: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const seed = `${kind}\u0000${groupId}\u0000${at}${attempt === 0 ? '' : `\u0000${attempt}`}`;
    const id = `d-${fnv1a64(seed).toString(36).padStart(13, '0').slice(-ID_LENGTH)}`;
    if (!taken.has(id)) return id;
  }
  throw new Error(`no free decision id for "${kind}" on "${groupId}" after ${MAX_ATTEMPTS} attempts`);
}
