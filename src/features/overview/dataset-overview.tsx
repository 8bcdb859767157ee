import { MAX_LINE_CHARS } from '@/lib/bounded-text';
import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { formatPartialDate } from '@/lib/dates';
import {
  countRecords,
  describeMeetingCounts,
  listRounds,
} from '@/features/overview/overview-series';
import { StatCard } from '@/components/ui/stat-card';
import { RoundsTable } from '@/features/overview/rounds-table';
import { DataText, LongDataText } from '@/components/ui/data-text';
import { isolate } from '@/lib/isolate';

export function DatasetOverview() {
  const { wholeDataset: dataset, referenceDate } = useView();
  // Standings are judged on the "View as of" date or today; the counts are of the whole dataset.
  const counts = useMemo(() => countRecords(dataset, referenceDate), [dataset, referenceDate]);
  const primary = dataset.dialogues.find((dialogue) => dialogue.primary) ?? dataset.dialogues[0];
  const rounds = useMemo(
    () => (primary ? listRounds(dataset, primary.id, referenceDate) : []),
    [dataset, primary, referenceDate],
  );

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
            detail="with dated histories"
          />
          <StatCard
            label="Sources"
            value={counts.sources}
            detail={`${counts.conflicts} recorded conflicts`}
          />
        </dl>
      </section>
      {primary && (
        <section aria-labelledby="rounds-title" className="mt-10">
          <h2 id="rounds-title" className="text-xl font-semibold">
            Rounds of the <DataText>{primary.shortName}</DataText> dialogue
          </h2>
          <RoundsTable
            rows={rounds}
            caption={`Meetings of the ${isolate(primary.name)}, oldest first`}
          />
        </section>
      )}
    </>
  );
}
