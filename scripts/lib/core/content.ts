// The frontmatter contract for everything under content/. The Astro site (src/content.config.ts)
// and the CLI (draft, check, publish) both validate against these schemas, so there is one truth.
// Plain zod (v4, the same copy Astro uses): this module must not import Astro.
import { z } from 'zod';
import { MAX_REPLY_LENGTH } from './replies.ts';
import { countTweetLength } from './tweet-length.ts';

export const LOCALES = ['nl', 'en'] as const;
export const DEFAULT_LOCALE = 'nl';
export const STATUSES = ['draft', 'review', 'published'] as const;
export const CHANNELS = ['x', 'facebook', 'whatsapp', 'email', 'helpdesk', 'search', 'other'] as const;

/** Unambiguous characters for short links: no 0/o, 1/l/i. */
export const SHORT_ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const SHORT_ID_PATTERN = /^[23456789abcdefghjkmnpqrstuvwxyz]{4,8}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const localeSchema = z.enum(LOCALES).default(DEFAULT_LOCALE);
const statusSchema = z.enum(STATUSES).default('draft');
const channelSchema = z.enum(CHANNELS);
const slugSchema = z.string().regex(SLUG_PATTERN, 'use lower-case letters, digits and hyphens only');
const shortIdSchema = z.string().regex(SHORT_ID_PATTERN, `use 4 to 8 characters from "${SHORT_ID_ALPHABET}"`);

// YAML already yields Date objects for unquoted dates; quoted strings are coerced.
const dateSchema = z.coerce.date();

/** Fields every public item shares: what it is called, who it is for, and when it goes live. */
const publishable = z.object({
  title: z.string().min(1, 'a title is required'),
  description: z.string().min(1, 'a description is required'),
  lang: localeSchema,
  status: statusSchema,
  /** The moment the item may appear on the public site; absent means "as soon as it is published". */
  publishAt: dateSchema.optional(),
  updatedAt: dateSchema.optional(),
  /** Slugs this item had before; each keeps redirecting to the current page. */
  previousSlugs: z.array(slugSchema).default([]),
});

/** What the miner saw of this question in the webcare logs. */
export const sourceStatsSchema = z.object({
  /** The mined cluster this article answers; drafts are matched to clusters by this id. */
  clusterId: z.string().min(1),
  questionCount: z.number().int().nonnegative(),
  authors: z.number().int().nonnegative().default(0),
  firstSeen: dateSchema,
  lastSeen: dateSchema,
  channels: z.array(channelSchema).default([]),
  /** Questions per ISO week, oldest first, e.g. { week: '2026-W07', count: 12 }. */
  weekly: z.array(z.object({ week: z.string(), count: z.number().int().nonnegative() })).default([]),
  /** Positive when the question is asked more often lately, negative when less. */
  trend: z.number().default(0),
  /** How many of the questions were searches on the site (the search box), not webcare messages. */
  searches: z.number().int().nonnegative().optional(),
});

export const faqSchema = publishable.extend({
  category: z.string().min(1, 'a category is required'),
  tags: z.array(z.string()).default([]),
  /** Stable short link id (/k/<shortId>); never changes and is never reused. */
  shortId: shortIdSchema,
  /** Example phrasings customers used; they feed the search index. */
  questions: z.array(z.string()).default([]),
  /** A ready-to-paste reply for CMs; the article link is appended when copied. */
  reply: z
    .string()
    .refine((reply) => countTweetLength(reply) <= MAX_REPLY_LENGTH, {
      error: (issue) => `the reply is ${countTweetLength(String(issue.input))} characters as X counts them; at most ${MAX_REPLY_LENGTH} fit in one post`,
    })
    .default(''),
  /** Slugs or shortIds of related articles. */
  related: z.array(z.string()).default([]),
  source: sourceStatsSchema.optional(),
  /** Hash of the title and body the draft tool wrote; a mismatch means an editor changed them. */
  generatedHash: z.string().optional(),
});

export const blogSchema = publishable.extend({
  author: z.string().min(1, 'an author is required'),
  tags: z.array(z.string()).default([]),
  heroAlt: z.string().optional(),
});

export const broadcastSchema = publishable.extend({
  programme: z.string().min(1, 'the programme is required, e.g. Radar'),
  episodeTitle: z.string().optional(),
  /** When the programme airs, written with its offset or read as Europe/Amsterdam time. */
  airsAt: dateSchema,
  /** The embargo: nothing of this broadcast is built before this moment. Required for broadcasts. */
  publishAt: dateSchema,
  shortId: shortIdSchema,
  contact: z.object({
    name: z.string().min(1),
    role: z.string().optional(),
    route: z.string().min(1, 'say how customers reach the company, e.g. a phone number or form'),
  }),
  /** Timestamped corrections and additions, shown openly on the page. */
  updates: z.array(z.object({ at: dateSchema, text: z.string().min(1) })).default([]),
  related: z.array(z.string()).default([]),
  /** Prepared replies for CMs during and after the broadcast. */
  replies: z.array(z.string()).default([]),
});

export type Faq = z.output<typeof faqSchema>;
export type Blog = z.output<typeof blogSchema>;
export type Broadcast = z.output<typeof broadcastSchema>;
export type SourceStats = z.output<typeof sourceStatsSchema>;
export type Locale = (typeof LOCALES)[number];
export type Status = (typeof STATUSES)[number];

export const collectionSchemas = { faq: faqSchema, blog: blogSchema, broadcasts: broadcastSchema } as const;
export type CollectionName = keyof typeof collectionSchemas;
