import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { overviewDialogue } from '@/domain/overview-dialogue';
import { filterMeetings } from '@/view/filter-records';
import { listRounds } from '@/features/overview/overview-series';
import { ResultCount } from '@/components/ui/result-count';
import { RoundsTable } from '@/features/overview/rounds-table';
import { DataText } from '@/components/ui/data-text';
import { isolate } from '@/lib/isolate';

/** The rounds of the dialogue the Overview shows: when, where, who led, held or not confirmed. */
export function DatasetOverview() {
  // The dataset as of the "View as of" date, and the rounds that pass the filters: the first
  // screen answers for the same view as every panel below it.
  const { dataset, filters, referenceDate } = useView();
  const shown = overviewDialogue(dataset, filters.dialogue);
  const rounds = useMemo(
    () =>
      shown
        ? listRounds(
            filterMeetings(dataset, filters),
            shown.id,
            referenceDate,
            (id) => dataset.index.personById.get(id)?.name ?? id,
            dataset.index.meetingById,
          )
        : [],
    [dataset, filters, shown, referenceDate],
  );
  if (!shown) return null;
  const allRounds = dataset.meetings.filter((meeting) => meeting.dialogue === shown.id).length;

  return (
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
  );
}
