import { describe, expect, it } from 'vitest';
import type { Format } from '#lib/ingest/index.ts';
import { createPseudonymizer } from '#lib/io/index.ts';
import { ingestFile } from './_fixtures.ts';
import { messageSchema } from '#core/message.ts';

const FIXTURES = 'tests/fixtures/logs';
const companyHandles = ['@Veelgesteld', '@VeelgesteldNL', 'Veelgesteld', 'Webcare', 'Veelgesteld Webcare'];

function ingestFixture(file: string, extra: { format?: Format } = {}) {
  return ingestFile(`${FIXTURES}/${file}`, { ...extra, companyHandles });
}

describe('ingestSource on fixtures', () => {
  it.each([
    ['webcare-cp1252.csv', 'csv', 3],
    ['webcare-utf8-bom.csv', 'csv', 2],
    ['webcare-utf16le.csv', 'csv', 2],
    ['webcare-utf16be.csv', 'csv', 2],
    ['webcare.tsv', 'csv', 3],
    ['webcare-export.csv.gz', 'csv', 2],
    ['twitter-support.csv', 'twitter-csv', 4],
    ['x-archive/tweets.js', 'x-archive', 2],
    ['x-archive/direct-messages.js', 'x-archive', 3],
    ['facebook/inbox/sannedevries_4821/message_1.json', 'facebook', 2],
    ['whatsapp-nl.txt', 'whatsapp', 3],
    ['whatsapp-en.txt', 'whatsapp', 3],
    ['helpdesk-tickets.json', 'helpdesk', 3],
    ['helpdesk-tickets.ndjson', 'helpdesk', 3],
  ] as const)('%s is read as %s with %i valid messages', async (file, format, count) => {
    const { messages, stats } = await ingestFixture(file);
    expect(stats.formats).toEqual({ [format]: 1 });
    expect(messages).toHaveLength(count);
    for (const message of messages) expect(messageSchema.parse(message)).toEqual(message);
  });

  it('decodes Windows-1252 (€, ë, é) and keeps a quoted line break inside the message', async () => {
    const { texts, messages } = await ingestFixture('webcare-cp1252.csv');
    expect(texts[0]).toBe('Ik heb € 12,50 te veel betaald voor mijn café-abonnement.\nMijn rekeningnummer is [iban].');
    expect(messages.map((m) => [m.channel, m.direction])).toEqual([
      ['facebook', 'in'],
      ['facebook', 'out'],
      ['whatsapp', 'in'],
    ]);
    expect(messages[0]?.createdAt).toBe('2024-02-05T09:15:00+01:00');
  });

  it('reads UTF-16 with either byte order to the same messages', async () => {
    const little = await ingestFixture('webcare-utf16le.csv');
    const big = await ingestFixture('webcare-utf16be.csv');
    expect(little.texts).toEqual(['Kan ik mijn bestelling nog wijzigen? Groetjes, [naam]', 'Ja hoor, tot 22:00 uur vandaag.']);
    expect(big.messages).toEqual(little.messages.map((m) => ({ ...m, id: expect.any(String), source: m.source?.replace('utf16le', 'utf16be') })));
    expect(little.messages.map((m) => m.source)).toEqual([
      expect.stringMatching(/webcare-utf16le\.csv:2$/u),
      expect.stringMatching(/webcare-utf16le\.csv:3$/u),
    ]);
    expect(little.messages[0]?.createdAt).toBe('2024-08-01T12:00:00+02:00');
  });

  it('rebuilds X customer-support threads from reply links and marks company replies out', async () => {
    const { messages } = await ingestFixture('twitter-support.csv');
    const [question, reply, followUp, other] = messages;
    expect(new Set([question?.conversationId, reply?.conversationId, followUp?.conversationId]).size).toBe(1);
    expect(other?.conversationId).not.toBe(question?.conversationId);
    expect(reply).toMatchObject({ direction: 'out', inReplyTo: question?.id, createdAt: '2017-10-11T15:25:49+02:00' });
    expect(followUp?.inReplyTo).toBe(reply?.id);
    expect(question?.text).toContain('[telefoon]');
  });

  it('reads X archive direct messages oldest first and finds the account owner', async () => {
    const { messages } = await ingestFixture('x-archive/direct-messages.js');
    expect(messages.map((m) => m.direction)).toEqual(['in', 'out', 'in']);
    expect(messages[0]?.text).toBe('Mijn IBAN is [iban], kunnen jullie het bedrag terugstorten?');
  });

  it("marks X archive tweets as the company's and scrubs the customer handle", async () => {
    const { messages } = await ingestFixture('x-archive/tweets.js');
    expect(messages[0]).toMatchObject({ direction: 'out', text: '[handle] Hoi [naam], je kunt je bestelling tot 14 dagen na levering retourneren. ^[naam]' });
  });

  it('repairs Facebook mojibake and skips photo-only messages with a reason', async () => {
    const { texts, problems, messages } = await ingestFixture('facebook/inbox/sannedevries_4821/message_1.json');
    expect(texts[0]).toBe('Hoi [naam], het café-tegoed staat weer op je account. 😊');
    expect(texts[1]).toContain('crème-korting');
    expect(texts[1]).toContain('[adres], [postcode] Amsterdam');
    expect(messages.map((m) => m.direction)).toEqual(['out', 'in']);
    expect(problems).toEqual([expect.objectContaining({ line: 19, reason: 'media-only' })]);
  });

  it('joins multi-line WhatsApp messages and skips system lines, media and deleted messages', async () => {
    const { texts, problems, messages } = await ingestFixture('whatsapp-nl.txt');
    expect(texts[0]).toBe('Goedemiddag, mijn pakket is beschadigd aangekomen.\nWat moet ik nu doen?\nMijn telefoonnummer is [telefoon]');
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'system-message'],
      [5, 'media-only'],
      [8, 'deleted'],
    ]);
    expect(messages[1]?.direction).toBe('out');
    // 02:30 on the night summer time starts does not exist; it is read as 03:30 summer time.
    expect(messages[2]?.createdAt).toBe('2024-03-31T03:30:00+02:00');
  });

  it('reads English iPhone WhatsApp exports with month-first dates and 12-hour times', async () => {
    const { messages, problems } = await ingestFixture('whatsapp-en.txt');
    expect(messages.map((m) => m.createdAt)).toEqual(['2024-03-12T14:05:33+01:00', '2024-03-12T14:06:10+01:00', '2024-03-13T09:15:00+01:00']);
    expect(messages[1]?.text).toBe('It should go to [adres] now\nthanks!');
    expect(messages.every((m) => m.lang === 'en')).toBe(true);
    expect(problems.map((p) => p.reason)).toEqual(['media-only']);
  });

  it('turns helpdesk tickets into messages, leaving out internal notes', async () => {
    const { messages, texts, problems } = await ingestFixture('helpdesk-tickets.json');
    expect(texts[0]).toBe('Factuur klopt niet\n\nMijn factuur van maart is te hoog. Mijn klantnummer is [ordernummer].');
    expect(messages.map((m) => [m.channel, m.direction])).toEqual([
      ['email', 'in'],
      ['email', 'out'],
      ['helpdesk', 'in'],
    ]);
    expect(texts.join(' ')).not.toContain('escaleren');
    expect(problems).toEqual([expect.objectContaining({ reason: 'internal-note' })]);
  });

  it('reports a broken NDJSON line and keeps reading', async () => {
    const { messages, problems } = await ingestFixture('helpdesk-tickets.ndjson');
    expect(problems).toEqual([{ file: `${FIXTURES}/helpdesk-tickets.ndjson`, line: 3, message: 'line is not valid JSON', reason: 'invalid-json' }]);
    expect(messages.map((m) => m.channel)).toEqual(['email', 'whatsapp', 'helpdesk']);
  });

  it('reports truncated JSON at the element where it breaks', async () => {
    const { messages, problems } = await ingestFixture('truncated.json');
    expect(messages).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ line: 3, reason: 'invalid-json' })]);
  });

  it('reports empty files and NUL bytes instead of failing silently', async () => {
    const empty = await ingestFixture('empty.csv');
    expect(empty.problems).toEqual([expect.objectContaining({ message: 'the file is empty', reason: 'unreadable-file' })]);
    expect(empty.stats.unreadableFiles).toBe(1);
    const nul = await ingestFixture('nul-bytes.csv');
    expect(nul.texts).toEqual(['Hallo is er iemand?', 'Waar blijft mijn pakket?']);
    expect(nul.problems[0]?.message).toContain('NUL bytes');
  });

  it('never writes a raw author, handle or source id', async () => {
    const { messages } = await ingestFixture('twitter-support.csv');
    const json = JSON.stringify(messages);
    for (const raw of ['105834', '119237', 'VeelgesteldNL"', '0612345678']) expect(json).not.toContain(raw);
    expect(messages[0]?.author).toMatch(/^p_[\w-]{16}$/u);
  });

  it('gives the same person the same pseudonym, and a different one with another salt', async () => {
    const first = await ingestFixture('twitter-support.csv');
    const again = await ingestFixture('twitter-support.csv');
    expect(again.messages).toEqual(first.messages);
    expect(first.messages[0]?.author).toBe(first.messages[2]?.author);
    const other = createPseudonymizer('other-salt');
    expect(other('author', '105834')).not.toBe(createPseudonymizer('test-salt')('author', '105834'));
  });

  it('honours --format and reports a missing text column with the columns it saw', async () => {
    const { problems, messages } = await ingestFixture('twitter-support.csv', { format: 'csv' });
    expect(messages).toHaveLength(4);
    const wrong = await ingestFixture('whatsapp-nl.txt', { format: 'csv' });
    expect(wrong.messages).toHaveLength(0);
    expect(wrong.problems[0]?.message).toMatch(/^no text or createdAt column among: .*--map text=<column>$/u);
    expect(problems).toEqual([]);
  });
});
