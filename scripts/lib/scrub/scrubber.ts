// The scrubber: runs the detectors over a text and replaces each find with a typed placeholder
// such as [e-mail]. Pure: text in, text out.
import { DETECTORS, textFacts } from './detectors.ts';
import { matchingView, toOriginal } from './normalize.ts';
import { phoneDigits } from './phones.ts';
import type { Candidate, ScrubContext, ScrubOptions, ScrubResult, ScrubSpan } from './types.ts';

/** Replaces personal data in `text` with typed placeholders; spans are offsets into the input. */
export function scrub(text: string, options: ScrubOptions = {}): ScrubResult {
  const context = compile(options);
  const view = matchingView(text);
  const candidates = detect(view.text, context);
  if (candidates.length === 0) return { text, redacted: false, spans: [] };
  const spans = resolveOverlaps(candidates).map((found): ScrubSpan => ({ ...toOriginal(view, found.start, found.end), type: found.type }));
  return { text: applySpans(text, spans), redacted: true, spans };
}

/** A scrubber with its options compiled once, for scrubbing many texts (ingest). */
export function createScrubber(options: ScrubOptions = {}): (text: string) => ScrubResult {
  const context = compile(options);
  return (text) => {
    const view = matchingView(text);
    const candidates = detect(view.text, context);
    if (candidates.length === 0) return { text, redacted: false, spans: [] };
    const spans = resolveOverlaps(candidates).map((found): ScrubSpan => ({ ...toOriginal(view, found.start, found.end), type: found.type }));
    return { text: applySpans(text, spans), redacted: true, spans };
  };
}

function detect(text: string, context: ScrubContext): Candidate[] {
  const found: Candidate[] = [];
  const facts = textFacts(text);
  const only = context.only;
  for (const detector of DETECTORS) {
    if (only && !detector.types.some((type) => only.has(type))) continue;
    if (detector.precheck(text, facts)) detector.find(text, context, found);
  }
  return only ? found.filter((item) => only.has(item.type)) : found;
}

/** Keeps the strongest detection where detections overlap; the result is sorted by position. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const next of ranked) {
    if (!kept.some((other) => next.start < other.end && other.start < next.end)) kept.push(next);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function applySpans(text: string, spans: readonly ScrubSpan[]): string {
  let result = '';
  let position = 0;
  for (const span of spans) {
    result += `${text.slice(position, span.start)}[${span.type}]`;
    position = span.end;
  }
  return result + text.slice(position);
}

const compiledCache = new WeakMap<ScrubOptions, ScrubContext>();
const EMPTY_OPTIONS: ScrubOptions = {};

function compile(options: ScrubOptions): ScrubContext {
  const cached = compiledCache.get(options ?? EMPTY_OPTIONS);
  if (cached) return cached;
  const context: ScrubContext = {
    companyHandles: new Set((options.companyHandles ?? []).map((handle) => handle.replace(/^@/u, '').toLowerCase())),
    companyNumbers: new Set((options.companyPublicNumbers ?? []).map((number) => phoneDigits(number.trim()) ?? number.replace(/\D+/gu, ''))),
    only: options.only ? new Set(options.only) : null,
    orderPatterns: (options.orderPatterns ?? []).map((pattern) =>
      typeof pattern === 'string' ? new RegExp(pattern, 'gu') : new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
    ),
  };
  compiledCache.set(options, context);
  return context;
}
