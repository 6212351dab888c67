// Which content a build may show. Production builds show only public items (published and past
// their embargo); `astro dev` and preview builds with VEELGESTELD_DRAFTS=1 show everything, badged.
import { buildNow } from '#core/clock.ts';
import { isPublic } from '#core/visibility.ts';
import type { Status } from '#core/content.ts';

export type Visibility = {
  /** The moment embargoes are checked against (VEELGESTELD_NOW or the build time). */
  now: Date;
  /** True in `astro dev` and draft preview builds: drafts and embargoed items appear with a badge. */
  showDrafts: boolean;
};

type Publishable = { status: Status; publishAt?: Date | undefined };

export function visibilityFromEnv(env: Record<string, string | undefined>, isDev: boolean): Visibility {
  return { now: buildNow(env), showDrafts: isDev || env['VEELGESTELD_DRAFTS'] === '1' };
}

export function isVisible(data: Publishable, visibility: Visibility): boolean {
  return visibility.showDrafts || isPublic(data, visibility.now);
}

/** Why a visible item is not public yet, for the badge; undefined for public items. */
export function draftReason(data: Publishable, visibility: Visibility): 'draft' | 'embargo' | undefined {
  if (isPublic(data, visibility.now)) return undefined;
  return data.status === 'published' ? 'embargo' : 'draft';
}
