import { Fragment } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { SIDE_LABELS } from '@/domain/labels';
import type { Meeting } from '@/domain/schema';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { DataText } from '@/components/ui/data-text';

export type MeetingCoChairsProps = {
  meeting: Meeting;
  dataset: LoadedDataset;
  onOpenSource: (sourceId: string) => void;
};

/** Each co-chair with the title a source gives at the time, other spellings, and recorded conflicts. */
export function MeetingCoChairs({ meeting, dataset, onOpenSource }: MeetingCoChairsProps) {
  if (meeting.coChairs.length === 0)
    return <p className="text-sm text-muted">No source names the co-chairs.</p>;
  return (
    <ul className="space-y-4">
      {meeting.coChairs.map((chair) => {
        const person = dataset.index.personById.get(chair.person);
        const conflicts = dataset.conflicts.filter(
          (c) => c.about.kind === 'person' && c.about.id === chair.person,
        );
        return (
          <li key={`${chair.person}-${chair.side}`}>
            <p>
              <span className="font-medium">
                <DataText>{person?.name ?? chair.person}</DataText>
              </span>{' '}
              <span className="text-sm text-muted">({SIDE_LABELS[chair.side]})</span>
            </p>
            <p className="text-sm">{chair.title}</p>
            {person && person.aliases.length > 0 && (
              <p className="text-xs text-muted">
                Also written:{' '}
                {person.aliases.map((alias, index) => (
                  <Fragment key={index}>
                    {index > 0 && '; '}
                    <DataText>{alias}</DataText>
                  </Fragment>
                ))}
              </p>
            )}
            {conflicts.map((conflict) => (
              <p key={conflict.id} className="mt-1 rounded bg-accent-soft px-2 py-1 text-xs">
                Sources disagree — <DataText>{conflict.subject}</DataText>:{' '}
                {conflict.claims.map((claim, index) => (
                  <Fragment key={index}>
                    {index > 0 && ' vs '}“<DataText>{claim.value}</DataText>”
                  </Fragment>
                ))}
                .
              </p>
            ))}
            <div className="mt-2">
              <EvidenceList
                evidence={chair.evidence}
                dataset={dataset}
                onOpenSource={onOpenSource}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
