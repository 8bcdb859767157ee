import { lazy, Suspense, useCallback, useId, useMemo } from 'react';
import { ChartFrame } from '@/components/chart/chart-frame';
import { EmptyState } from '@/components/states/empty-state';
import { ResultCount } from '@/components/ui/result-count';
import { ALL_DIALOGUES } from '@/view/filters';
import { filterMeetings } from '@/view/filter-records';
import { useView } from '@/view/use-view';
import { useOnlySharedYears } from '@/view/use-view-params';
import { CHART_ROW_LIMIT, limitChartRows } from '@/lib/chart-limit';
import { buildDialogueProfileExport } from '@/features/dialogues/dialogues-export';
import { DataTable } from '@/components/table/data-table';
import { profileTable } from '@/features/dialogues/dialogues-spec';
import {
  buildDialogueProfiles,
  restrictToSharedYears,
  type DialogueProfile,
} from '@/features/dialogues/dialogue-profiles';
import { buildProfileRows, listDialogueSeries } from '@/features/dialogues/dialogue-profile-rows';
import { formatYears, summarizeProfiles } from '@/features/dialogues/dialogue-profiles-summary';
import { PanelSection } from '@/components/ui/panel-section';

const DialogueProfileChart = lazy(() =>
  import('@/features/dialogues/dialogue-profile-chart').then((m) => ({
    default: m.DialogueProfileChart,
  })),
);

/** The US–Kazakhstan and EU–Kazakhstan dialogues' topic profiles side by side, with thin data marked. */
export function DialoguesSection() {
  const { dataset, filters, resetFilters } = useView();
  const [onlyShared, setOnlyShared] = useOnlySharedYears();
  const checkboxId = useId();
  // Both dialogues are always compared, so the Dialogue filter is left out on purpose.
  const meetings = useMemo(
    () => filterMeetings(dataset, { ...filters, dialogue: ALL_DIALOGUES }),
    [dataset, filters],
  );
  const comparison = useMemo(() => buildDialogueProfiles(dataset, meetings), [dataset, meetings]);
  const view = useMemo(
    () => (onlyShared ? restrictToSharedYears(comparison) : comparison),
    [comparison, onlyShared],
  );
  const rowTopics = useMemo(
    () =>
      filters.topics.length === 0
        ? dataset.topics
        : dataset.topics.filter((topic) => filters.topics.includes(topic.id)),
    [dataset.topics, filters.topics],
  );
  const rows = useMemo(
    () => buildProfileRows(comparison, rowTopics, { onlySharedYears: onlyShared }),
    [comparison, rowTopics, onlyShared],
  );
  const chart = useMemo(
    () => limitChartRows(rows, CHART_ROW_LIMIT, 'most raised', 'topics'),
    [rows],
  );
  const series = useMemo(() => listDialogueSeries(view.profiles), [view.profiles]);
  const counted = useMemo(() => {
    const ids = new Set(view.profiles.flatMap((p) => p.meetings.map((m) => m.id)));
    return meetings.filter((meeting) => ids.has(meeting.id));
  }, [view.profiles, meetings]);
  const getExportSpec = useCallback(
    () => buildDialogueProfileExport(rows, series, counted),
    [rows, series, counted],
  );
  const canCompare = comparison.profiles.length > 1;

  return (
    <PanelSection name="dialogues" title="Compare the dialogues">
      <p className="mt-1 max-w-3xl text-sm text-muted">
        Which topics each dialogue raised, and at how many of its meetings. This comparison always
        shows every dialogue, so the Dialogue filter does not apply here; the topic, year and search
        filters do.
      </p>
      <ResultCount shown={counted.length} total={dataset.meetings.length} noun="meetings" />
      {meetings.length === 0 ? (
        <EmptyState
          className="mt-4"
          title="No meetings match these filters"
          onReset={resetFilters}
        />
      ) : (
        <div className="mt-4 space-y-6">
          <div className="text-sm">
            <div className="flex min-h-6 items-center gap-2">
              <input
                id={checkboxId}
                type="checkbox"
                className="size-4"
                checked={onlyShared}
                disabled={!canCompare}
                onChange={(event) => void setOnlyShared(event.target.checked || null)}
              />
              <label htmlFor={checkboxId}>Only years both dialogues cover</label>
            </div>
            <p className="mt-1 text-muted">
              {canCompare
                ? `Years both cover under these filters: ${
                    comparison.sharedYears.length === 0 ? 'none' : comparison.sharedYears.join(', ')
                  }.`
                : 'Only one dialogue is in the dataset, so there are no shared years.'}
            </p>
          </div>
          <ul aria-label="Dialogues compared" className="grid gap-3 sm:grid-cols-2">
            {view.profiles.map((profile) => (
              <ProfileCard key={profile.dialogueId} profile={profile} />
            ))}
          </ul>
          {rows.length === 0 ? (
            <EmptyState
              title={
                onlyShared && comparison.sharedYears.length === 0
                  ? 'The dialogues have no year in common under these filters'
                  : 'No topics are recorded for these meetings'
              }
              onReset={resetFilters}
            />
          ) : (
            <ChartFrame
              title="Topic profiles by dialogue"
              summary={[summarizeProfiles(comparison, { onlySharedYears: onlyShared }), chart.note]
                .filter(Boolean)
                .join(' ')}
              height={Math.max(160, 80 + chart.shown.length * (8 + series.length * 14))}
              getExportSpec={getExportSpec}
              table={<DataTable {...profileTable(rows, series)} />}
            >
              <Suspense fallback={null}>
                <DialogueProfileChart rows={chart.shown} series={series} />
              </Suspense>
            </ChartFrame>
          )}
        </div>
      )}
    </PanelSection>
  );
}

type ProfileCardProps = { profile: DialogueProfile };

function ProfileCard({ profile }: ProfileCardProps) {
  return (
    <li className="rounded-lg border border-line bg-surface p-3 text-sm">
      <h3 className="font-semibold">{profile.label}</h3>
      <p className="mt-1">
        {profile.meetingCount} {profile.meetingCount === 1 ? 'meeting' : 'meetings'},{' '}
        {profile.meetingsWithTopics} with recorded topics · {formatYears(profile.years)}
      </p>
      {profile.thin && (
        <p className="mt-1">
          <strong className="font-semibold">Data is thin:</strong> {profile.thin}.
        </p>
      )}
    </li>
  );
}
