import type { BarSeries } from '@/components/chart/horizontal-bar-chart';
import { READOUT_PALETTE } from '@/components/chart/palette';
import type { Column } from '@/components/table/columns';
import { Button } from '@/components/ui/button';
import { READOUT_GROUPS, type ReadoutGroup } from '@/domain/readout-group';
import type {
  TopicFrequencyRow,
  TopicRoundMatrix,
  TopicRoundRow,
} from '@/features/topics/topics-series';

/** The readout groups as bars and legend entries, in the groups' order. */
export const READOUT_BARS: readonly BarSeries<ReadoutGroup>[] = READOUT_GROUPS.map((group) => ({
  key: group,
  ...READOUT_PALETTE[group],
}));

export type TopicFrequencyActions = {
  selectedTopicIds: readonly string[];
  onOpenTopic: (topicId: string) => void;
  onToggleTopic: (topicId: string) => void;
};

/** The frequency chart's columns: per topic, its meetings in all and by readout group, and actions. */
export function topicFrequencyColumns(
  actions?: TopicFrequencyActions,
): Column<TopicFrequencyRow>[] {
  return [
    { header: 'Topic', value: (row) => row.label, rowHeader: true },
    {
      header: 'Meetings',
      csvHeader: 'Meetings raising it',
      value: (row) => row.total,
      numeric: true,
      className: 'font-semibold',
    },
    ...READOUT_BARS.map((bar): Column<TopicFrequencyRow> => ({
      header: bar.label,
      value: (row) => row[bar.key],
      numeric: true,
    })),
    {
      header: 'Actions',
      value: () => null,
      only: 'table',
      cell: (row) => (
        <div className="flex flex-wrap gap-2">
          <Button variant="link" onClick={() => actions?.onOpenTopic(row.topicId)}>
            Evidence for {row.label}
          </Button>
          <Button
            variant="link"
            aria-pressed={actions?.selectedTopicIds.includes(row.topicId)}
            onClick={() => actions?.onToggleTopic(row.topicId)}
          >
            Filter by {row.label}
          </Button>
        </div>
      ),
    },
  ];
}

/** The topic-by-meeting columns: the topic, then per meeting (oldest first) the readout that raised it. */
export function topicRoundColumns(matrix: TopicRoundMatrix): Column<TopicRoundRow>[] {
  return [
    { header: 'Topic', value: (row) => row.label, rowHeader: true },
    ...matrix.columns.map((column, index): Column<TopicRoundRow> => ({
      header: column.label,
      value: (row) => {
        const group = row.cells[index]?.group;
        return group ? READOUT_PALETTE[group].label : '';
      },
      cell: (row) => {
        const group = row.cells[index]?.group;
        return group ? (
          <>
            <span aria-hidden="true">{READOUT_PALETTE[group].glyph}</span>
            <span className="sr-only">{READOUT_PALETTE[group].label}</span>
          </>
        ) : (
          <>
            <span aria-hidden="true" className="text-muted">
              –
            </span>
            <span className="sr-only">Not raised</span>
          </>
        );
      },
      className: 'text-center',
    })),
  ];
}
