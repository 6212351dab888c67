// veelgesteld.config.json: the settings the CLI and the site share (site URL, company, replies).
// Only the contract lives here; reading the file and reporting its problems is the CLI's (lib/config.ts).
import { z } from 'zod';

export const projectConfigSchema = z.object({
  /** The public site's origin; canonical URLs and short links are built from it. */
  siteUrl: z.url(),
  company: z.object({
    name: z.string().min(1),
    /** The company's own accounts: never scrubbed as a customer's handle. */
    handles: z.array(z.string()).default([]),
    /** The company's own public phone numbers: never scrubbed. */
    publicNumbers: z.array(z.string()).default([]),
    contactRoute: z.string().min(1),
  }),
  replies: z
    .object({
      utm: z
        .object({
          enabled: z.boolean().default(false),
          medium: z.string().default('webcare'),
          sources: z.array(z.string()).default(['x', 'facebook', 'whatsapp']),
        })
        .prefault({}),
    })
    .prefault({}),
  editorial: z
    .object({
      staleAfterDays: z.number().int().positive().default(180),
      titleMax: z.number().int().positive().default(60),
      descriptionMin: z.number().int().nonnegative().default(50),
      descriptionMax: z.number().int().positive().default(160),
      /**
       * At most this many new drafts per `veelgesteld draft` run, for the questions with the most
       * customers; 0: no cap. Optional in the type, so configs built in code need not name it.
       */
      maxNewDrafts: z.number().int().nonnegative().default(25).optional(),
    })
    .prefault({}),
});

export type ProjectConfig = z.output<typeof projectConfigSchema>;

export const CONFIG_FILE = 'veelgesteld.config.json';
