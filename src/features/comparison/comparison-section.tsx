import { lazy, Suspense, useCallback, useId, useMemo } from 'react';
import { meetingName, meetingPlace } from '@/domain/labels';
import { filterMeetings } from '@/view/filter-records';
import { useView } from '@/view/use-view';
import { useComparedMeeting } from '@/view/use-view-params';
import { ChartFrame } from '@/components/chart/chart-frame';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { ResultCount } from '@/components/ui/result-count';
import { formatPartialDate } from '@/lib/dates';
import { idFromOptionValue, idOptionValue } from '@/lib/option-value';
import { DataTable } from '@/components/table/data-table';
import { agendaOverlapTable } from '@/features/comparison/comparison-spec';
import { buildAgendaOverlapExport } from '@/features/comparison/comparison-export';
import {
  compareReadouts,
  meetingsWithSeveralReadouts,
  pickComparedMeeting,
} from '@/features/comparison/readout-comparison';
import { buildAgendaOverlap, summarizeOverlap } from '@/features/comparison/agenda-overlap';
import { conflictsForMeeting } from '@/domain/conflicts-applying';
import { MeetingConflicts } from '@/features/comparison/meeting-conflicts';
import { ReadoutColumns } from '@/features/comparison/readout-columns';
import { CHART_ROW_LIMIT, limitChartRows } from '@/lib/chart-limit';
import { DataText } from '@/components/ui/data-text';
import { PanelSection } from '@/components/ui/panel-section';

const AgendaOverlapChart = lazy(() =>
  import('@/features/comparison/agenda-overlap-chart').then((m) => ({
    default: m.AgendaOverlapChart,
  })),
);

/** Who said what: one meeting's readouts side by side, and the agenda overlap across rounds. */
export function ComparisonSection() {
  const { dataset, filters, resetFilters, openDetail } = useView();
  const [requested, setRequested] = useComparedMeeting();
  const pickerId = useId();
  const meetings = useMemo(() => filterMeetings(dataset, filters), [dataset, filters]);
  const candidates = useMemo(() => meetingsWithSeveralReadouts(meetings), [meetings]);
  const totalCandidates = useMemo(
    () => meetingsWithSeveralReadouts(dataset.meetings).length,
    [dataset.meetings],
  );
  const meeting = pickComparedMeeting(candidates, requested);
  const comparison = useMemo(
    () => (meeting ? compareReadouts(meeting, dataset.index.topicById) : null),
    [meeting, dataset.index.topicById],
  );
  const conflicts = useMemo(
    () => (meeting ? conflictsForMeeting(dataset, meeting) : []),
    [dataset, meeting],
  );
  const rows = useMemo(
    () => buildAgendaOverlap(meetings, dataset.index.dialogueById),
    [meetings, dataset.index.dialogueById],
  );
  const chart = useMemo(
    () => limitChartRows(rows, CHART_ROW_LIMIT, 'latest', 'meetings', 'last'),
    [rows],
  );
  const getExportSpec = useCallback(
    () => buildAgendaOverlapExport(rows, meetings),
    [rows, meetings],
  );
  const openSource = (id: string) => openDetail({ kind: 'source', id });

  return (
    <PanelSection name="comparison" title="Who said what">
      <p className="mt-1 max-w-3xl text-sm text-muted">
        Where more than one side’s text about a meeting is recorded, which topics each text raised,
        with the quotes. Topics only one text raised are marked in words. A joint statement was
        issued by both sides, so its topics count for both.
      </p>
      <ResultCount
        shown={candidates.length}
        total={totalCandidates}
        noun="meetings with more than one readout"
      />
      {meetings.length === 0 ? (
        <EmptyState
          className="mt-4"
          title="No meetings match these filters"
          onReset={resetFilters}
        />
      ) : (
        <div className="mt-4 space-y-6">
          {meeting && comparison ? (
            <div>
              <div className="flex flex-wrap items-end gap-3">
                <div className="flex min-w-0 flex-col gap-1">
                  <label htmlFor={pickerId} className="text-sm font-medium">
                    Meeting to compare
                  </label>
                  <select
                    id={pickerId}
                    value={idOptionValue(meeting.id)}
                    onChange={(event) => void setRequested(idFromOptionValue(event.target.value))}
                    className="min-h-6 max-w-full rounded-md border border-line bg-surface px-2 py-1"
                  >
                    {candidates.map((candidate) => (
                      <option key={candidate.id} value={idOptionValue(candidate.id)}>
                        {meetingName(candidate, dataset.index.dialogueById)}
                      </option>
                    ))}
                  </select>
                </div>
                <Button onClick={() => openDetail({ kind: 'meeting', id: meeting.id })}>
                  Open meeting details
                </Button>
              </div>
              {requested !== null && requested !== meeting.id && (
                <p role="status" className="mt-2 text-sm text-muted">
                  The meeting named in the link does not match these filters or has only one
                  readout; the newest meeting that does is shown instead.
                </p>
              )}
              <h3 className="mt-4 text-lg font-semibold">
                {meetingName(meeting, dataset.index.dialogueById)}
              </h3>
              <p className="text-sm text-muted">
                {formatPartialDate(meeting.date.value, meeting.date.uncertain)} ·{' '}
                <DataText>{meetingPlace(meeting)}</DataText>
              </p>
              <ReadoutColumns comparison={comparison} dataset={dataset} onOpenSource={openSource} />
              <MeetingConflicts conflicts={conflicts} />
            </div>
          ) : (
            <EmptyState
              title="No meetings with more than one readout match these filters"
              onReset={resetFilters}
            />
          )}
          {rows.length > 0 && (
            <ChartFrame
              title="Agenda overlap by round"
              summary={[summarizeOverlap(rows), chart.note].filter(Boolean).join(' ')}
              height={Math.max(160, 70 + chart.shown.length * 44)}
              getExportSpec={getExportSpec}
              table={<DataTable {...agendaOverlapTable(rows)} />}
            >
              <Suspense fallback={null}>
                <AgendaOverlapChart rows={chart.shown} />
              </Suspense>
            </ChartFrame>
          )}
        </div>
      )}
    </PanelSection>
  );
}
