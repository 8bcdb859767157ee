import type { LoadedDataset } from '@/domain/dataset-index';
import { EVENT_TYPE_LABELS, VOICE_LABELS } from '@/domain/labels';
import { formatPartialDate } from '@/lib/dates';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { Button } from '@/components/ui/button';
import { ChangesBlock } from '@/features/changes/changes-block';
import type { ChangeEvent, StatusChange } from '@/features/changes/changes-window';

export type ChangesCommitmentsProps = {
  events: readonly ChangeEvent[];
  statusChanges: readonly StatusChange[];
  dataset: LoadedDataset;
  onOpenCommitment: (commitmentId: string) => void;
  onOpenSource: (sourceId: string) => void;
};

/** The commitment events between two rounds (oldest first) and the statuses they moved. */
export function ChangesCommitments({
  events,
  statusChanges,
  dataset,
  onOpenCommitment,
  onOpenSource,
}: ChangesCommitmentsProps) {
  return (
    <>
      <ChangesBlock title={`What happened between the rounds (${events.length})`}>
        {events.length === 0 ? (
          <p className="text-sm text-muted">No commitment event is dated between the rounds.</p>
        ) : (
          <ol aria-label="Commitment events, oldest first" className="space-y-5">
            {events.map(({ commitmentId, commitmentTitle, event, approximate }) => (
              <li key={`${commitmentId}-${event.id}`}>
                <p className="text-sm">
                  <time dateTime={event.date.value} className="font-medium">
                    {formatPartialDate(event.date.value, event.date.uncertain)}
                  </time>
                  {' · '}
                  <span className="font-semibold">{EVENT_TYPE_LABELS[event.type]}</span>
                  {' · '}
                  <Button variant="link" onClick={() => onOpenCommitment(commitmentId)}>
                    {commitmentTitle}
                  </Button>
                  {' · '}
                  <span className="text-muted">whose word: {VOICE_LABELS[event.voice]}</span>
                </p>
                <p className="mt-1">{event.text}</p>
                {approximate && (
                  <p className="mt-1 text-xs text-muted">
                    Approximate: the dates are not precise enough to be sure this event falls
                    between the rounds.
                  </p>
                )}
                <div className="mt-2">
                  <EvidenceList
                    evidence={event.evidence}
                    dataset={dataset}
                    onOpenSource={onOpenSource}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </ChangesBlock>
      <ChangesBlock title={`Statuses that changed (${statusChanges.length})`}>
        {statusChanges.length === 0 ? (
          <p className="text-sm text-muted">No commitment moved to another status.</p>
        ) : (
          <ul className="space-y-2">
            {statusChanges.map((change) => (
              <li key={change.commitmentId}>
                <Button variant="link" onClick={() => onOpenCommitment(change.commitmentId)}>
                  {change.title}
                </Button>
                {': '}
                {change.before} <span aria-hidden="true">→</span>{' '}
                <span className="sr-only">to </span>
                {change.after}
                {change.approximate && (
                  <span className="text-xs text-muted"> (approximate: imprecise date)</span>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="text-xs text-muted">
          Each status is as it stood on the last day of each meeting&apos;s date, so the changes are
          exactly those made by the events above.
        </p>
      </ChangesBlock>
    </>
  );
}
