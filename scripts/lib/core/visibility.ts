// Whether an item may appear on the public site: the one embargo rule of the site and the CLI.
import type { Status } from './content.ts';

/** Whether an item may appear in a production build at `now`: published and past its embargo. */
export function isPublic(data: { status: Status; publishAt?: Date | undefined }, now: Date): boolean {
  if (data.status !== 'published') return false;
  return !data.publishAt || data.publishAt.getTime() <= now.getTime();
}
