import { Fragment } from 'react';
import { conflictsForCoChair } from '@/domain/conflicts-applying';
import type { LoadedDataset } from '@/domain/dataset-index';
import { SIDE_LABELS } from '@/domain/labels';
import type { Meeting } from '@/domain/schema';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { DataText } from '@/components/ui/data-text';
import { DetailLink } from '@/view/detail-link';
import { DetailList } from '@/components/ui/detail-list';
import type { CountNoun } from '@/lib/show-more';
import { ConflictNotes } from '@/view/conflict-link';
import { LINK_STYLE } from '@/lib/link-style';

const CO_CHAIR: CountNoun = { one: 'co-chair', other: 'co-chairs' };

export type MeetingCoChairsProps = {
  meeting: Meeting;
  dataset: LoadedDataset;
};

/**
 * Each co-chair with the title a source gives at the time, other spellings, and the conflicts
 * about them that apply to this meeting, each a link to the conflict on the Sources page.
 */
export function MeetingCoChairs({ meeting, dataset }: MeetingCoChairsProps) {
  return (
    <DetailList
      items={meeting.coChairs}
      noun={CO_CHAIR}
      emptyText="No source names the co-chairs."
      className="space-y-4"
      itemKey={(chair) => `${chair.person}-${chair.side}`}
      renderItem={(chair) => {
        const person = dataset.index.personById.get(chair.person);
        const conflicts = conflictsForCoChair(dataset, meeting, chair.person);
        return (
          <>
            <p>
              <span className="font-medium">
                {person ? (
                  <DetailLink target={{ kind: 'person', id: person.id }} className={LINK_STYLE}>
                    <DataText>{person.name}</DataText>
                  </DetailLink>
                ) : (
                  <DataText>{chair.person}</DataText>
                )}
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
            <ConflictNotes conflicts={conflicts} className="mt-1" />
            <EvidenceList className="mt-2" evidence={chair.evidence} />
          </>
        );
      }}
    />
  );
}
