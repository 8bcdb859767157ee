import { lazy, Suspense, useCallback, useMemo } from 'react';
import { ChartFrame } from '@/components/chart/chart-frame';
import { ChartLegend } from '@/components/chart/chart-legend';
import { EmptyState } from '@/components/states/empty-state';
import { ResultCount } from '@/components/ui/result-count';
import { useView } from '@/view/use-view';
import { filterMeetings } from '@/view/filter-records';
import { CHART_ROW_LIMIT, limitChartRows } from '@/lib/chart-limit';
import { buildTopicFrequencyExport, buildTopicRoundExport } from '@/features/topics/topics-export';
import { HEATMAP_LIMITS, heatmapSize } from '@/features/topics/topic-round-layout';
import { READOUT_BARS, topicFrequencyTable, topicRoundTable } from '@/features/topics/topics-spec';
import { DataTable } from '@/components/table/data-table';
import { TopicRoundHeatmap } from '@/features/topics/topic-round-heatmap';
import { buildTopicFrequency, summarizeTopicFrequency } from '@/features/topics/topic-frequency';
import { buildTopicRoundMatrix, summarizeTopicRounds } from '@/features/topics/topic-round-matrix';
import { DataText } from '@/components/ui/data-text';
import { PanelSection } from '@/components/ui/panel-section';
import { LINK_STYLE } from '@/lib/link-style';
import { DetailLink } from '@/view/detail-link';

const TopicFrequencyChart = lazy(() =>
  import('@/features/topics/topic-frequency-chart').then((m) => ({
    default: m.TopicFrequencyChart,
  })),
);

const CLICK_HELP =
  'Click a bar to add its topic to the topic filter, and again to remove it; the table lists the evidence behind each count.';

/** How often each topic was raised under the current filters, and at which meetings, by readout. */
export function TopicsSection() {
  const { dataset, filters, toggleFilter, resetFilters } = useView();
  const meetings = useMemo(() => filterMeetings(dataset, filters), [dataset, filters]);
  const rows = useMemo(
    () => buildTopicFrequency(meetings, dataset.topics, filters.topics),
    [meetings, dataset.topics, filters.topics],
  );
  const matrix = useMemo(
    () =>
      buildTopicRoundMatrix(
        meetings,
        dataset.topics,
        dataset.dialogues,
        filters.topics,
        HEATMAP_LIMITS,
      ),
    [meetings, dataset.topics, dataset.dialogues, filters.topics],
  );
  const chart = useMemo(
    () => limitChartRows(rows, CHART_ROW_LIMIT, 'most raised', 'topics'),
    [rows],
  );
  const getFrequencyExport = useCallback(
    () => buildTopicFrequencyExport(rows, meetings),
    [rows, meetings],
  );
  const getRoundExport = useCallback(
    () => buildTopicRoundExport(matrix, meetings),
    [matrix, meetings],
  );
  const onToggleTopic = useCallback(
    (topicId: string) => toggleFilter('topics', topicId),
    [toggleFilter],
  );
  const selectedRows = rows.filter((row) => filters.topics.includes(row.topicId));

  return (
    <PanelSection name="topics" title="Topics">
      <p className="mt-1 max-w-3xl text-sm text-muted">
        How many meetings raised each topic. Colours and letters say whose readout raised it at a
        meeting: the US statement only, the Kazakh readout only, both, a joint statement (which
        takes precedence) or, in the EU dialogue, the EU statement.
      </p>
      <ResultCount shown={meetings.length} total={dataset.meetings.length} noun="meetings" />
      {meetings.length === 0 || rows.length === 0 ? (
        <EmptyState
          className="mt-4"
          title={
            meetings.length === 0
              ? 'No meetings match these filters'
              : 'No topics are recorded for these meetings'
          }
          onReset={resetFilters}
        />
      ) : (
        <div className="mt-4 space-y-6">
          <ChartLegend
            label="Readout groups"
            items={READOUT_BARS}
            className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
          />
          {selectedRows.length > 0 && (
            <ul aria-label="Topics in the filter" className="flex flex-wrap gap-2 text-sm">
              {selectedRows.map((row) => (
                <li key={row.topicId}>
                  <DetailLink target={{ kind: 'topic', id: row.topicId }} className={LINK_STYLE}>
                    See the evidence for <DataText>{row.label}</DataText>
                  </DetailLink>
                </li>
              ))}
            </ul>
          )}
          <ChartFrame
            title="How often each topic was raised"
            summary={[summarizeTopicFrequency(rows, meetings.length), chart.note, CLICK_HELP]
              .filter(Boolean)
              .join(' ')}
            height={Math.max(160, 80 + chart.shown.length * 28)}
            getExportSpec={getFrequencyExport}
            table={
              <DataTable
                {...topicFrequencyTable(rows, {
                  selectedTopicIds: filters.topics,
                  onToggleTopic,
                })}
              />
            }
          >
            <Suspense fallback={null}>
              <TopicFrequencyChart rows={chart.shown} onSelectTopic={onToggleTopic} />
            </Suspense>
          </ChartFrame>
          <ChartFrame
            title="Topics meeting by meeting"
            summary={summarizeTopicRounds(matrix)}
            height={heatmapSize(matrix.columns.length, matrix.rows.length).height + 16}
            table={<DataTable {...topicRoundTable(matrix)} />}
            getExportSpec={getRoundExport}
          >
            <TopicRoundHeatmap matrix={matrix} />
          </ChartFrame>
        </div>
      )}
    </PanelSection>
  );
}
