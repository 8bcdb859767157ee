import { DetailLink } from '@/view/detail-link';
import type { HistoryEvent } from '@/features/commitments/commitment-detail-series';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { BoundedList } from '@/components/ui/bounded-list';
import { cn } from '@/lib/cn';
import type { CountNoun } from '@/lib/show-more';
import { LINK_STYLE } from '@/lib/link-style';

const EVENT: CountNoun = { one: 'event', other: 'events' };
/** A real history holds about a dozen events (500 at most): twenty keep every real one whole. */
const EVENTS_SHOWN = 20;

export type CommitmentHistoryProps = {
  events: readonly HistoryEvent[];
};

/** The append-only history, oldest first: each event with whose word it is and its quotes. */
export function CommitmentHistory({ events }: CommitmentHistoryProps) {
  return (
    <BoundedList
      items={events}
      pageSize={EVENTS_SHOWN}
      noun={EVENT}
      ordered
      label="Event history, oldest first"
      className="mt-3 border-l-2 border-line pl-5"
      itemClassName="relative pb-6 last:pb-0"
      itemKey={(event) => event.id}
      itemProps={(event) => ({ id: `event-${event.id}` })}
      renderItem={(event) => (
        <>
          <span
            aria-hidden="true"
            className={cn(
              'absolute top-1.5 -left-[calc(1.25rem+7px)] size-3 rounded-full border-2 border-surface',
              event.type === 'reversed' ? 'bg-danger' : 'bg-accent',
            )}
          />
          <h4 className="text-sm font-normal">
            <time dateTime={event.value} className="font-medium">
              {event.date}
            </time>
            {' · '}
            <span className="font-semibold">{event.typeLabel}</span>
            {event.detailLabel && <span className="font-semibold">: {event.detailLabel}</span>}
            {' · '}
            <span className="text-muted">whose word: {event.voiceLabel}</span>
          </h4>
          {event.governmentReported && (
            <p className="mt-1 inline-block rounded-full border border-line px-2 text-xs">
              Government-reported: the Kazakh government’s account of its own reform
            </p>
          )}
          {event.setsStatus && (
            <p className="mt-1 inline-block rounded-full border border-accent bg-accent-soft px-2 text-xs">
              This event set the completion
            </p>
          )}
          {event.setsReversal && (
            <p className="mt-1 inline-block rounded-full border border-danger bg-danger-soft px-2 text-xs">
              This event set the reversal
            </p>
          )}
          <p className="mt-1">{event.text}</p>
          {event.meeting && (
            <p className="mt-1 text-sm">
              At{' '}
              <DetailLink target={{ kind: 'meeting', id: event.meeting.id }} className={LINK_STYLE}>
                {event.meeting.label}
              </DetailLink>
            </p>
          )}
          <EvidenceList className="mt-2" evidence={event.evidence} />
        </>
      )}
    />
  );
}
