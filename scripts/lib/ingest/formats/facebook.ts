// A Facebook/Messenger "download your information" thread (message_1.json): messages[] with
// sender_name, timestamp_ms and content. Facebook writes UTF-8 bytes as \u00c3\u00a9 escapes
// ("cafÃ©"); repairMojibake turns them back into "café".
import { jsonArrayItems, opensJson } from '../json-stream.ts';
import { instantToIso } from '../time.ts';
import { EVIDENCE, skip, type Evidence, type FormatInput, type FormatSample, type ReaderEvent, type ReaderOptions } from '../types.ts';

type Json = Record<string, unknown>;

const LATIN1_ONLY = /^[\u0000-\u00ff]*$/u;
const UTF8_LEAD = /[\u00c2-\u00f4][\u0080-\u00bf]/u;

/** Re-reads a string whose characters are really UTF-8 bytes; leaves real text alone. */
export function repairMojibake(text: string): string {
  if (!UTF8_LEAD.test(text) || !LATIN1_ONLY.test(text)) return text;
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

export const name = 'facebook';

/** JSON with the keys of a Messenger thread. */
export function detect(sample: FormatSample): Evidence {
  if (!opensJson(sample.text)) return EVIDENCE.none;
  return /"sender_name"\s*:/u.test(sample.text) || /"timestamp_ms"\s*:/u.test(sample.text) ? EVIDENCE.jsonKeys : EVIDENCE.none;
}

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent> => readFacebook(input.text(), input);

async function* readFacebook(chunks: AsyncIterable<string>, options: ReaderOptions): AsyncGenerator<ReaderEvent> {
  const conversation = options.fileName.replace(/\/?message_\d+\.json(?:\.gz)?$/u, '') || options.fileName;
  for await (const item of jsonArrayItems(chunks, [['messages']])) {
    if ('error' in item) {
      yield skip(item.line, 'invalid-json', item.error);
      continue;
    }
    const message = (item.value && typeof item.value === 'object' ? item.value : {}) as Json;
    const sender = repairMojibake(typeof message.sender_name === 'string' ? message.sender_name : '');
    const content = typeof message.content === 'string' ? repairMojibake(message.content) : '';
    if (!content) {
      const media = ['photos', 'videos', 'audio_files', 'gifs', 'files', 'sticker', 'share'].some((key) => key in message);
      yield skip(item.line, media ? 'media-only' : 'empty-text');
      continue;
    }
    if (message.is_unsent === true) {
      yield skip(item.line, 'deleted');
      continue;
    }
    yield {
      kind: 'message',
      message: {
        line: item.line,
        sourceId: null,
        conversationKey: `facebook:${conversation}`,
        inReplyTo: null,
        channel: 'facebook',
        direction: null,
        author: sender || 'onbekend',
        createdAt: typeof message.timestamp_ms === 'number' ? instantToIso(message.timestamp_ms) : null,
        text: content,
      },
    };
  }
}
