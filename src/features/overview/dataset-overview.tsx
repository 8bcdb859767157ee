import { MAX_LINE_CHARS } from '@/lib/bounded-text';
import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { useDetailHref } from '@/view/use-detail-href';
import { formatPartialDate } from '@/lib/dates';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import {
  countRecords,
  describeCommitmentCounts,
  describeMeetingCounts,
  listRounds,
  roundsDialogue,
} from '@/features/overview/overview-series';
import { ResultCount } from '@/components/ui/result-count';
import { StatCard } from '@/components/ui/stat-card';
import { RoundsTable } from '@/features/overview/rounds-table';
import { DataText, LongDataText } from '@/components/ui/data-text';
import { isolate } from '@/lib/isolate';

export function DatasetOverview() {
  // The dataset as of the "View as of" date, and the records that pass the filters: the first
  // screen answers for the same view as every panel below it.
  const { dataset, filters, referenceDate, openDetail } = useView();
  const detailHref = useDetailHref();
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
  const shown = roundsDialogue(dataset, filters.dialogue);
  const rounds = useMemo(
    () =>
      shown
        ? listRounds(
            matching.meetings,
            shown.id,
            referenceDate,
            (id) => dataset.index.personById.get(id)?.name ?? id,
          )
        : [],
    [matching, shown, referenceDate, dataset],
  );
  const allRounds = dataset.meetings.filter((meeting) => meeting.dialogue === shown?.id).length;

  return (
    <>
      <section aria-labelledby="overview-title" className="mt-8">
        <h2 id="overview-title" className="text-xl font-semibold">
          What the dataset holds
        </h2>
        <p className="mt-1 text-sm wrap-anywhere text-muted">
          <LongDataText text={dataset.meta.title} max={MAX_LINE_CHARS} />, version{' '}
          {dataset.meta.version}, updated {formatPartialDate(dataset.meta.updated)}.
        </p>
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <StatCard
            label="Meetings"
            value={counts.meetings}
            detail={describeMeetingCounts(counts)}
          />
          <StatCard label="Topics" value={counts.topics} detail="controlled vocabulary" />
          <StatCard
            label="Reform commitments"
            value={counts.commitments}
            detail={describeCommitmentCounts(counts)}
          />
          <StatCard
            label="Sources"
            value={counts.sources}
            detail={`${counts.conflicts} recorded conflicts`}
          />
        </dl>
      </section>
      {shown && (
        <section aria-labelledby="rounds-title" className="mt-10">
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
              href={detailHref}
              onOpen={openDetail}
            />
          )}
        </section>
      )}
    </>
  );
}
