import type { BarSeries } from '@/components/chart/horizontal-bar-chart';
import type { Column, TableSpec } from '@/components/table/columns';
import {
  countOf,
  shareOf,
  type DialogueSeries,
  type ProfileRow,
} from '@/features/dialogues/dialogue-profile-rows';
import { isolate } from '@/lib/isolate';

/** Each dialogue as a bar of the profile chart. */
export function dialogueBars(series: readonly DialogueSeries[]): BarSeries[] {
  return series.map((s) => ({ key: s.dialogueId, label: s.label, color: s.color }));
}

const TOPIC: Column<ProfileRow> = { header: 'Topic', value: (row) => row.label, rowHeader: true };

const countColumn = (s: DialogueSeries): Column<ProfileRow> => ({
  header: `${isolate(s.label)} meetings`,
  csvHeader: `${s.label}: meetings`,
  value: (row) => countOf(row, s.dialogueId),
  numeric: true,
});

// The CSV has the share as a whole percent, empty when the dialogue has no meetings with topics.
const shareColumn = (s: DialogueSeries): Column<ProfileRow> => ({
  header: `${isolate(s.label)} share`,
  csvHeader: `${s.label}: % of its meetings with topics`,
  value: (row) => {
    const share = shareOf(row, s.dialogueId);
    return share === null ? '' : Math.round(share * 100);
  },
  cell: (row) => {
    const share = shareOf(row, s.dialogueId);
    return share === null ? '—' : `${Math.round(share * 100)}%`;
  },
  numeric: true,
});

/**
 * The profile chart's columns: per topic, each dialogue's meetings raising it and their share. The
 * table puts the counts side by side, then the shares; the CSV keeps each dialogue's pair together.
 */
export function profileColumns(
  series: readonly DialogueSeries[],
  layout: 'table' | 'csv',
): Column<ProfileRow>[] {
  return layout === 'table'
    ? [TOPIC, ...series.map(countColumn), ...series.map(shareColumn)]
    : [TOPIC, ...series.flatMap((s) => [countColumn(s), shareColumn(s)])];
}

/** The profile chart's data table: one row per topic, most raised first. */
export function profileTable(
  rows: readonly ProfileRow[],
  series: readonly DialogueSeries[],
): TableSpec<ProfileRow> {
  return {
    caption:
      'Meetings raising each topic in each dialogue, and the share of that dialogue’s meetings with recorded topics, most raised first',
    columns: profileColumns(series, 'table'),
    rows,
    rowKey: (row) => row.topicId,
  };
}
