import type { Meeting } from '@/domain/schema';
import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName, meetingPlace } from '@/domain/labels';
import { describeNotConfirmedBriefly, meetingStanding } from '@/domain/meeting-standing';
import { formatPartialDate } from '@/lib/dates';
import { ShowMore } from '@/components/ui/show-more';
import { StatusBadge } from '@/components/ui/status-badge';
import { useShownCount } from '@/components/ui/use-shown-count';
import { DataText } from '@/components/ui/data-text';
import { isolate } from '@/lib/isolate';

/** Meetings shown at first and per "Show more"; the bundled dataset's 10 all fit. */
const PAGE_SIZE = 25;
const NOUN = { one: 'meeting', other: 'meetings' };

export type MeetingListProps = {
  meetings: readonly Meeting[];
  dataset: LoadedDataset;
  /** The day standings are judged on (`YYYY-MM-DD`): the "View as of" date or today. */
  referenceDate: string;
  onOpen: (meetingId: string) => void;
  onOpenChanges: (meetingId: string) => void;
};

function describeTopicCount(count: number): string {
  if (count === 0) return 'no topics recorded';
  return `${count} topic${count === 1 ? '' : 's'} recorded`;
}

/**
 * The meetings as an ordered list, oldest first: the timeline for keyboard and screen-reader users.
 * A page at a time; new filters (new `meetings`) start again at the first page.
 */
export function MeetingList({
  meetings,
  dataset,
  referenceDate,
  onOpen,
  onOpenChanges,
}: MeetingListProps) {
  const { count, listRef, showMore } = useShownCount(PAGE_SIZE, meetings);
  return (
    <>
      <ol
        ref={listRef}
        aria-label="Meetings in date order"
        className="mt-4 grid gap-2 sm:grid-cols-2"
      >
        {meetings.slice(0, count).map((meeting) => {
          const standing = meetingStanding(meeting, referenceDate);
          return (
            <li key={meeting.id} className="rounded-lg border border-line bg-surface p-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">
                  {formatPartialDate(meeting.date.value, meeting.date.uncertain)}
                </span>
                <StatusBadge standing={standing} />
                {standing === 'not-confirmed' && (
                  // A visible dash would start the line when this wraps under the badge.
                  <span className="text-muted">
                    <span className="sr-only">— </span>
                    {describeNotConfirmedBriefly(meeting)}
                  </span>
                )}
              </div>
              <button
                type="button"
                onClick={() => onOpen(meeting.id)}
                className="mt-1 min-h-6 text-left font-semibold text-accent underline underline-offset-2"
              >
                {meetingName(meeting, dataset.index.dialogueById)}
              </button>
              <p className="text-sm text-muted">
                <DataText>{meetingPlace(meeting)}</DataText> ·{' '}
                {describeTopicCount(new Set(meeting.topics.map((t) => t.topic)).size)}
              </p>
              <button
                type="button"
                onClick={() => onOpenChanges(meeting.id)}
                // The visible words come first, so voice control users can say them (WCAG 2.5.3).
                aria-label={`What changed since the last round: ${isolate(meetingName(meeting, dataset.index.dialogueById))}`}
                className="min-h-6 text-left text-sm text-accent underline underline-offset-2"
              >
                What changed since the last round
              </button>
            </li>
          );
        })}
      </ol>
      <ShowMore {...showMore} noun={NOUN} />
    </>
  );
}
