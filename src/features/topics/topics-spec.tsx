import type { BarSeries } from '@/components/chart/horizontal-bar-chart';
import { READOUT_PALETTE } from '@/components/chart/palette';
import type { TableSpec } from '@/components/table/columns';
import { Button } from '@/components/ui/button';
import { READOUT_GROUPS, type ReadoutGroup } from '@/domain/readout-group';
import type { TopicFrequencyRow } from '@/features/topics/topic-frequency';
import type { TopicRoundMatrix, TopicRoundRow } from '@/features/topics/topic-round-matrix';
import { DataText } from '@/components/ui/data-text';
import { LINK_STYLE } from '@/lib/link-style';
import { DetailLink } from '@/view/detail-link';

/** The readout groups as bars and legend entries, in the groups' order. */
export const READOUT_BARS: readonly BarSeries<ReadoutGroup>[] = READOUT_GROUPS.map((group) => ({
  key: group,
  ...READOUT_PALETTE[group],
}));

export type TopicFrequencyActions = {
  selectedTopicIds: readonly string[];
  onToggleTopic: (topicId: string) => void;
};

/** The frequency chart's data: per topic, most raised first, its meetings in all and by readout group. */
export function topicFrequencyTable(
  rows: readonly TopicFrequencyRow[],
  actions?: TopicFrequencyActions,
): TableSpec<TopicFrequencyRow> {
  return {
    caption: 'Meetings raising each topic, by which readout raised it, most often raised first',
    rows,
    rowKey: (row) => row.topicId,
    columns: [
      { header: 'Topic', value: (row) => row.label, rowHeader: true },
      {
        header: 'Meetings',
        csvHeader: 'Meetings raising it',
        value: (row) => row.total,
        numeric: true,
        className: 'font-semibold',
      },
      ...READOUT_BARS.map((bar) => ({
        header: bar.label,
        value: (row: TopicFrequencyRow) => row[bar.key],
        numeric: true,
      })),
      {
        header: 'Actions',
        value: () => null,
        only: 'table',
        cell: (row) => (
          <div className="flex flex-wrap gap-2">
            <DetailLink target={{ kind: 'topic', id: row.topicId }} className={LINK_STYLE}>
              Evidence for <DataText>{row.label}</DataText>
            </DetailLink>
            <Button
              variant="link"
              aria-pressed={actions?.selectedTopicIds.includes(row.topicId)}
              onClick={() => actions?.onToggleTopic(row.topicId)}
            >
              Filter by <DataText>{row.label}</DataText>
            </Button>
          </div>
        ),
      },
    ],
  };
}

/** A grid cell: the group's letters, read out as its name, or a dash read as "Not raised". */
function roundCell(group: ReadoutGroup | null | undefined) {
  const [glyph, text, muted] = group
    ? [READOUT_PALETTE[group].glyph, READOUT_PALETTE[group].label, false]
    : ['–', 'Not raised', true];
  return (
    <>
      <span aria-hidden="true" className={muted ? 'text-muted' : undefined}>
        {glyph}
      </span>
      <span className="sr-only">{text}</span>
    </>
  );
}

/** The topic-by-meeting grid as data: one row per topic, one column per meeting (oldest first). */
export function topicRoundTable(matrix: TopicRoundMatrix): TableSpec<TopicRoundRow> {
  return {
    caption: 'Which readout raised each topic at each meeting, meetings oldest first',
    rows: matrix.rows,
    rowKey: (row) => row.topicId,
    columns: [
      { header: 'Topic', value: (row) => row.label, rowHeader: true },
      ...matrix.columns.map((column, index) => ({
        header: column.label,
        value: (row: TopicRoundRow) => {
          const group = row.cells[index]?.group;
          return group ? READOUT_PALETTE[group].label : '';
        },
        cell: (row: TopicRoundRow) => roundCell(row.cells[index]?.group),
        className: 'text-center',
      })),
    ],
  };
}
