import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import {
  countRecords,
  describeCommitmentCounts,
  describeMeetingCounts,
} from '@/features/overview/overview-series';

/**
 * The record's size, quietly, after the answers: the same filters and "View as of" as everything
 * else.
 */
export function RecordNumbers() {
  const { dataset, filters, referenceDate } = useView();
  const counts = useMemo(
    () =>
      countRecords(dataset, referenceDate, {
        meetings: filterMeetings(dataset, filters),
        commitments: filterCommitments(dataset, filters),
      }),
    [dataset, filters, referenceDate],
  );
  return (
    <section aria-label="The record in numbers" className="mt-6 text-xs text-muted">
      <dl className="flex flex-wrap gap-x-3 gap-y-1">
        <Count term="Meetings" value={counts.meetings} detail={describeMeetingCounts(counts)} />
        <Count term="Topics" value={counts.topics} />
        <Count
          term="Reform commitments"
          value={counts.commitments}
          detail={describeCommitmentCounts(counts) ?? undefined}
        />
        <Count
          term="Sources"
          value={counts.sources}
          detail={`${counts.conflicts} recorded conflicts`}
        />
      </dl>
    </section>
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
