import { EVENT_TYPE_LABELS, VOICE_LABELS } from '@/domain/labels';
import { DetailLink } from '@/view/detail-link';
import { formatPartialDate } from '@/lib/dates';
import type { CountNoun } from '@/lib/show-more';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { DetailBlock } from '@/components/ui/detail-block';
import { DetailList } from '@/components/ui/detail-list';
import type { ChangeEvent, StatusChange } from '@/features/changes/changes-window';
import { LINK_STYLE } from '@/lib/link-style';

const EVENT: CountNoun = { one: 'event', other: 'events' };
const STATUS_CHANGE: CountNoun = { one: 'status change', other: 'status changes' };
// First pages larger than the record's longest lists (31 events between two rounds, 18
// commitments), so a real comparison is shown whole and only a hostile file is paged.
const EVENTS_SHOWN = 50;
const STATUS_CHANGES_SHOWN = 25;
const STATUS = 'rounded border border-line px-1.5 wrap-anywhere';

export type ChangesStatusesProps = {
  statusChanges: readonly StatusChange[];
  className?: string;
  /** The heading's id, for the drawer's contents list. */
  id?: string;
};

/**
 * The commitments whose status moved between two rounds: each name (a link to the commitment) on
 * its own line, then "before → after", so a long name never splits the change on a phone.
 */
export function ChangesStatuses({ statusChanges, className, id }: ChangesStatusesProps) {
  return (
    <DetailBlock
      title={`Commitments whose status changed (${statusChanges.length})`}
      className={className}
      id={id}
    >
      <DetailList
        items={statusChanges}
        pageSize={STATUS_CHANGES_SHOWN}
        noun={STATUS_CHANGE}
        emptyText="No commitment moved to another status."
        itemKey={(change) => change.commitmentId}
        className="space-y-3"
        renderItem={(change) => (
          <>
            <DetailLink
              target={{ kind: 'commitment', id: change.commitmentId }}
              className={`font-medium wrap-anywhere ${LINK_STYLE}`}
            >
              {change.title}
            </DetailLink>
            <span className="sr-only">: </span>
            <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              {/* Spaces between the flex items are not drawn, but keep the text readable when copied. */}
              <span className={STATUS}>{change.before}</span> <span aria-hidden="true">→</span>
              <span className="sr-only"> to </span> <span className={STATUS}>{change.after}</span>{' '}
              {change.approximate && (
                <span className="text-xs text-muted">(approximate: imprecise date)</span>
              )}
            </span>
          </>
        )}
      />
      <p className="text-xs text-muted">
        Each status is as it stood on the last day of each meeting&apos;s date, so the changes are
        exactly those made by the events listed below.
      </p>
    </DetailBlock>
  );
}

export type ChangesEventsProps = {
  events: readonly ChangeEvent[];
  className?: string;
  /** The heading's id, for the drawer's contents list. */
  id?: string;
};

/** The commitment events between two rounds, oldest first, each with its quotes. */
export function ChangesEvents({ events, className, id }: ChangesEventsProps) {
  return (
    <DetailBlock
      title={`What happened between the rounds (${events.length})`}
      className={className}
      id={id}
    >
      <DetailList
        items={events}
        pageSize={EVENTS_SHOWN}
        noun={EVENT}
        emptyText="No commitment event is dated between the rounds."
        ordered
        label="Commitment events, oldest first"
        className="space-y-5"
        itemKey={({ commitmentId, event }) => `${commitmentId}-${event.id}`}
        renderItem={({ commitmentId, commitmentTitle, event, approximate }) => (
          <>
            <p className="text-sm">
              <time dateTime={event.date.value} className="font-medium">
                {formatPartialDate(event.date.value, event.date.uncertain)}
              </time>
              {' · '}
              <span className="font-semibold">{EVENT_TYPE_LABELS[event.type]}</span>
              {' · '}
              <DetailLink target={{ kind: 'commitment', id: commitmentId }} className={LINK_STYLE}>
                {commitmentTitle}
              </DetailLink>
              {' · '}
              <span className="text-muted">whose word: {VOICE_LABELS[event.voice]}</span>
            </p>
            <p className="mt-1">{event.text}</p>
            {approximate && (
              <p className="mt-1 text-xs text-muted">
                Approximate: the dates are not precise enough to be sure this event falls between
                the rounds.
              </p>
            )}
            <EvidenceList className="mt-2" evidence={event.evidence} />
          </>
        )}
      />
    </DetailBlock>
  );
}
