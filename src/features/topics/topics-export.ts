import type { Meeting } from '@/domain/schema';
import type { ChartExportSpec } from '@/components/chart/export/export-types';
import { csvOf } from '@/components/table/columns';
import type { TopicFrequencyRow } from '@/features/topics/topic-frequency';
import type { TopicRoundMatrix } from '@/features/topics/topic-round-matrix';
import { READOUT_BARS, topicFrequencyTable, topicRoundTable } from '@/features/topics/topics-spec';

/** The topic-frequency export: one CSV row per bar with its split by readout, and the meetings behind it. */
export function buildTopicFrequencyExport(
  rows: readonly TopicFrequencyRow[],
  meetings: readonly Meeting[],
): ChartExportSpec {
  return {
    stem: 'topic-frequency',
    csv: csvOf(topicFrequencyTable(rows)),
    records: meetings,
    legend: READOUT_BARS,
  };
}

/** The topic-by-meeting export: one CSV row per topic, one column per meeting naming the readout. */
export function buildTopicRoundExport(
  matrix: TopicRoundMatrix,
  meetings: readonly Meeting[],
): ChartExportSpec {
  const shown = new Set(matrix.columns.map((column) => column.meetingId));
  return {
    stem: 'topics-by-meeting',
    csv: csvOf(topicRoundTable(matrix)),
    records: meetings.filter((meeting) => shown.has(meeting.id)),
    legend: READOUT_BARS,
  };
}
