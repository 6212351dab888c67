// The publish step: draft → review → published, as a plan of frontmatter edits the command applies
// only after the content check passes for the edited file.
import { type Status, STATUSES } from '#core/content.ts';
import { setFrontmatterValues } from '../content/index.ts';
import { InputError } from '../errors.ts';
import { formatAmsterdamIso } from './time.ts';

export type PublishPlan = {
  from: Status;
  to: Status;
  /** Frontmatter keys to set, as the text written into the file. */
  values: Record<string, string>;
  /** What happens, in words, for the command's output. */
  summary: string;
};

export type PublishRequest = {
  status: Status;
  publishAt?: Date | undefined;
  to?: Status | undefined;
  at?: Date | undefined;
  now: Date;
};

/** The step after `status`, or undefined when it is already published. */
export function nextStatus(status: Status): Status | undefined {
  return STATUSES[STATUSES.indexOf(status) + 1];
}

/**
 * Plans a status change. Publishing sets publishAt (the --at moment, else a planned future
 * publishAt is kept, else now) and updatedAt; moving to review only changes the status.
 */
export function planPublish(request: PublishRequest): PublishPlan {
  const { status: from, now } = request;
  const to = request.to ?? nextStatus(from);
  if (!to) throw new InputError('this item is already published; edit it and run check, there is no next step');
  if (STATUSES.indexOf(to) <= STATUSES.indexOf(from)) {
    throw new InputError(`cannot go from ${from} to ${to}: publish only moves forward (draft → review → published)`);
  }
  if (to !== 'published') {
    if (request.at) throw new InputError('--at only applies when publishing (--to published)');
    return { from, to, values: { status: to }, summary: `status ${from} → ${to}` };
  }
  const planned = request.publishAt && request.publishAt.getTime() > now.getTime() ? request.publishAt : undefined;
  const publishAt = request.at ?? planned ?? now;
  const updatedAt = publishAt.getTime() > now.getTime() ? publishAt : now;
  const when = publishAt.getTime() > now.getTime() ? `goes public at ${formatAmsterdamIso(publishAt)}` : 'public from the next build';
  return {
    from,
    to,
    values: { status: to, publishAt: formatAmsterdamIso(publishAt), updatedAt: formatAmsterdamIso(updatedAt) },
    summary: `status ${from} → ${to}; ${when}`,
  };
}

/** The file's text with the plan applied; every other byte stays as it was. */
export function applyPublish(text: string, plan: PublishPlan): string {
  return setFrontmatterValues(text, plan.values);
}
