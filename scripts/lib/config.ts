// Reads veelgesteld.config.json for the CLI: JSON and schema problems become InputErrors that name the file.
import { CONFIG_FILE, type ProjectConfig, projectConfigSchema } from '#core/config.ts';
import { formatIssues } from '#core/frontmatter.ts';
import { InputError } from './errors.ts';

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
