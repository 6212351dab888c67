// veelgesteld.config.json: the settings the CLI and the site share (site URL, company, replies).
import { z } from 'zod';
import { formatIssues } from './content-schema.ts';
import { InputError } from './errors.ts';

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
    })
    .prefault({}),
});

export type ProjectConfig = z.output<typeof projectConfigSchema>;

export const CONFIG_FILE = 'veelgesteld.config.json';

export function parseProjectConfig(json: string, file = CONFIG_FILE): ProjectConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new InputError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, { file });
  }
  const result = projectConfigSchema.safeParse(raw);
  if (!result.success) throw new InputError(formatIssues(result.error), { file });
  return result.data;
}
