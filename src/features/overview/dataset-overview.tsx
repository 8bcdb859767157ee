import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { overviewDialogue } from '@/domain/overview-dialogue';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import {
  countRecords,
  describeCommitmentCounts,
  describeMeetingCounts,
  listRounds,
} from '@/features/overview/overview-series';
import { ResultCount } from '@/components/ui/result-count';
import { RoundsTable } from '@/features/overview/rounds-table';
import { DataText } from '@/components/ui/data-text';
import { isolate } from '@/lib/isolate';

export function DatasetOverview() {
  // The dataset as of the "View as of" date, and the records that pass the filters: the first
  // screen answers for the same view as every panel below it.
  const { dataset, filters, referenceDate } = useView();
  const matching = useMemo(
    () => ({
      meetings: filterMeetings(dataset, filters),
      commitments: filterCommitments(dataset, filters),
    }),
    [dataset, filters],
  );
  const counts = useMemo(
    () => countRecords(dataset, referenceDate, matching),
    [dataset, referenceDate, matching],
  );
  const shown = overviewDialogue(dataset, filters.dialogue);
  const rounds = useMemo(
    () =>
      shown
        ? listRounds(
            matching.meetings,
            shown.id,
            referenceDate,
            (id) => dataset.index.personById.get(id)?.name ?? id,
            dataset.index.meetingById,
          )
        : [],
    [matching, shown, referenceDate, dataset],
  );
  const allRounds = dataset.meetings.filter((meeting) => meeting.dialogue === shown?.id).length;

  return (
    <>
      {shown && (
        <section aria-labelledby="rounds-title">
          <h2 id="rounds-title" className="text-xl font-semibold">
            Rounds of the <DataText>{shown.shortName}</DataText> dialogue
          </h2>
          {rounds.length < allRounds && (
            <ResultCount shown={rounds.length} total={allRounds} noun="rounds" />
          )}
          {rounds.length === 0 ? (
            <p className="mt-3 text-sm">No round of this dialogue matches the filters.</p>
          ) : (
            <RoundsTable
              rows={rounds}
              caption={`Meetings of the ${isolate(shown.name)}, oldest first`}
            />
          )}
        </section>
      )}
      {/* The record's size, quietly: the same filters and "View as of" as everything else. */}
      <section aria-label="The record in numbers" className="mt-3 text-xs text-muted">
        <dl className="flex flex-wrap gap-x-3 gap-y-1">
          <Count term="Meetings" value={counts.meetings} detail={describeMeetingCounts(counts)} />
          <Count term="Topics" value={counts.topics} />
          <Count
            term="Reform commitments"
            value={counts.commitments}
            detail={
              counts.commitments === counts.allCommitments
                ? undefined
                : describeCommitmentCounts(counts)
            }
          />
          <Count
            term="Sources"
            value={counts.sources}
            detail={`${counts.conflicts} recorded conflicts`}
          />
        </dl>
      </section>
    </>
  );
}

type CountProps = { term: string; value: number; detail?: string };

function Count({ term, value, detail }: CountProps) {
  return (
    <div className="flex gap-1">
      <dt>{term}</dt>
      <dd className="font-semibold text-ink tabular-nums">{value}</dd>
      {detail && <dd>({detail})</dd>}
    </div>
  );
}
