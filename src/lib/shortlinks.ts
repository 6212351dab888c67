// The UTM channels a CM can pick on the site's reply boxes. Short links, UTM tagging and the reply
// text itself come from the shared route model (#core/routes.ts, #core/replies.ts), as in the CLI.
import type { Utm } from '#core/replies.ts';
import project from '../../veelgesteld.config.json' with { type: 'json' };

type UtmConfig = { enabled: boolean; medium: string; sources: string[] };

/** The channels a CM can pick for UTM tagging (config replies.utm); none when switched off. */
export function utmChannels(config: UtmConfig): Utm[] {
  return config.enabled ? config.sources.map((source) => ({ source, medium: config.medium })) : [];
}

export const UTM_CHANNELS: readonly Utm[] = utmChannels(project.replies.utm);
