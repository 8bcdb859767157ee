import { useMemo } from 'react';
import { deriveStatus, STATUS_RULE } from '@/data/commitment-status';
import type { LoadedDataset } from '@/data/dataset-index';
import { useReferenceDate, useViewDataset } from '@/filters/use-view-dataset';
import { FLAG_RULES, flagCommitment } from '@/data/commitment-flags';
import { formatPartialDate } from '@/lib/dates';
import { useDetailActions } from '@/filters/detail-actions-context';
import {
  buildEventHistory,
  describeStatusReason,
  type HistoryEvent,
} from '@/features/commitments/commitment-detail-series';
import { listDiscussedAt } from '@/features/commitments/commitments-series';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { Button } from '@/components/ui/button';
import { Drawer } from '@/components/ui/drawer';

export type CommitmentDetailProps = {
  id: string;
};

const KICKER = 'Reform commitment';

/** A commitment's description, current status and the rule behind it, meetings and full history. */
export function CommitmentDetail({ id }: CommitmentDetailProps) {
  const dataset = useViewDataset();
  const referenceDate = useReferenceDate();
  const { openDetail, closeDetail } = useDetailActions();
  const commitment = dataset.index.commitmentById.get(id);
  const derived = useMemo(
    () =>
      commitment &&
      (dataset.index.statusByCommitment.get(commitment.id) ?? deriveStatus(commitment.events)),
    [dataset, commitment],
  );
  const history = useMemo(
    () => (commitment ? buildEventHistory(dataset, commitment, derived?.reachedBy ?? null) : []),
    [dataset, commitment, derived],
  );

  if (!commitment || !derived) {
    return (
      <Drawer open title="Commitment not found" kicker={KICKER} onClose={closeDetail}>
        <p>No reform commitment with the id “{id}” is in this dataset.</p>
      </Drawer>
    );
  }
  const onOpenSource = (sourceId: string) => openDetail({ kind: 'source', id: sourceId });
  const discussed = listDiscussedAt(dataset, commitment);
  const flags = flagCommitment(commitment, derived, referenceDate);

  return (
    <Drawer open title={commitment.title} kicker={KICKER} onClose={closeDetail}>
      <p>{commitment.description}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted">Committed by</dt>
        <dd>{commitment.committedBy}</dd>
        <dt className="text-muted">Topics</dt>
        <dd className="flex flex-wrap gap-x-3 gap-y-1">
          {commitment.topics.map((topicId) => (
            <Button
              key={topicId}
              variant="link"
              onClick={() => openDetail({ kind: 'topic', id: topicId })}
            >
              {dataset.index.topicById.get(topicId)?.label ?? topicId}
            </Button>
          ))}
        </dd>
      </dl>

      <h3 className="mt-6 font-semibold">Current status</h3>
      <p className="mt-1">{describeStatusReason(derived)}</p>
      {(derived.welcomed > 0 || derived.criticised > 0) && (
        <p className="mt-1 text-sm">
          Assessments: welcomed ×{derived.welcomed}, criticised ×{derived.criticised}.
        </p>
      )}
      <p className="mt-1 text-sm text-muted">{STATUS_RULE}</p>
      {(flags.stalled || flags.overdue) && (
        <div className="mt-2 rounded-md border border-danger bg-danger-soft p-2 text-sm">
          {flags.stalled && (
            <p>
              <span className="font-semibold">Stalled</span> — no new evidence since{' '}
              {formatPartialDate(flags.quietSince ?? '')}. {FLAG_RULES.stalled}
            </p>
          )}
          {flags.overdue && (
            <p>
              <span className="font-semibold">Overdue</span>. {FLAG_RULES.overdue}
            </p>
          )}
        </div>
      )}

      <h3 className="mt-6 font-semibold">Discussed at</h3>
      {discussed.length === 0 ? (
        <p className="mt-1 text-sm text-muted">No dialogue meeting is recorded as discussing it.</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {discussed.map((entry) => (
            <li key={entry.id}>
              <Button
                variant="link"
                className="font-medium"
                onClick={() => openDetail({ kind: 'meeting', id: entry.id })}
              >
                {entry.label}
              </Button>
              <div className="mt-2">
                <EvidenceList
                  evidence={entry.evidence}
                  dataset={dataset}
                  onOpenSource={onOpenSource}
                />
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-6 font-semibold">Event history</h3>
      <ol aria-label="Event history, oldest first" className="mt-3 border-l-2 border-line pl-5">
        {history.map((event) => (
          <HistoryItem
            key={event.id}
            event={event}
            dataset={dataset}
            onOpenMeeting={(meetingId) => openDetail({ kind: 'meeting', id: meetingId })}
            onOpenSource={onOpenSource}
          />
        ))}
      </ol>
    </Drawer>
  );
}

type HistoryItemProps = {
  event: HistoryEvent;
  dataset: LoadedDataset;
  onOpenMeeting: (id: string) => void;
  onOpenSource: (id: string) => void;
};

function HistoryItem({ event, dataset, onOpenMeeting, onOpenSource }: HistoryItemProps) {
  const { meeting } = event;
  return (
    <li className="relative pb-6 last:pb-0">
      <span
        aria-hidden="true"
        className="absolute top-1.5 -left-[calc(1.25rem+7px)] size-3 rounded-full border-2 border-surface bg-accent"
      />
      <h4 className="text-sm font-normal">
        <time dateTime={event.value} className="font-medium">
          {event.date}
        </time>
        {' · '}
        <span className="font-semibold">{event.typeLabel}</span>
        {' · '}
        <span className="text-muted">by {event.actorLabel}</span>
      </h4>
      {event.setsStatus && (
        <p className="mt-1 inline-block rounded-full border border-accent bg-accent-soft px-2 text-xs">
          This event set the current status
        </p>
      )}
      <p className="mt-1">{event.text}</p>
      {meeting && (
        <p className="mt-1 text-sm">
          At{' '}
          <Button variant="link" onClick={() => onOpenMeeting(meeting.id)}>
            {meeting.label}
          </Button>
        </p>
      )}
      <div className="mt-2">
        <EvidenceList evidence={event.evidence} dataset={dataset} onOpenSource={onOpenSource} />
      </div>
    </li>
  );
}
