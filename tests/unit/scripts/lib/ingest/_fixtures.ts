// Ingests one fixture export the way the CLI does (test salt), collecting messages and problems.
import { createStats, ingestSource, type Format, type IngestProblem } from '#lib/ingest/index.ts';
import { createPseudonymizer, readInputBytes } from '#lib/io/index.ts';
import type { Message } from '#core/message.ts';

export async function ingestFile(path: string, options: { format?: Format; companyHandles?: readonly string[] } = {}) {
  const problems: IngestProblem[] = [];
  const stats = createStats();
  const messages: Message[] = [];
  const source = { name: path, open: () => readInputBytes(path) };
  const ingestOptions = { ...options, pseudonymize: createPseudonymizer('test-salt'), onProblem: (p: IngestProblem) => problems.push(p) };
  for await (const message of ingestSource(source, ingestOptions, stats)) messages.push(message);
  return { messages, problems, stats, texts: messages.map((m) => m.text) };
}
