import { READOUT_GROUPS, READOUT_PALETTE } from '@/components/chart/palette';
import { Button } from '@/components/ui/button';
import type { TopicFrequencyRow } from '@/features/topics/topics-series';

export type TopicFrequencyTableProps = {
  rows: readonly TopicFrequencyRow[];
  selectedTopicIds: readonly string[];
  onOpenTopic: (topicId: string) => void;
  onToggleTopic: (topicId: string) => void;
};

/** The frequency chart's data: meetings per topic and readout group, with evidence and filter buttons. */
export function TopicFrequencyTable({
  rows,
  selectedTopicIds,
  onOpenTopic,
  onToggleTopic,
}: TopicFrequencyTableProps) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">
        Meetings raising each topic, by which readout raised it, most often raised first
      </caption>
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="px-2 py-1 font-medium">
            Topic
          </th>
          <th scope="col" className="px-2 py-1 text-right font-medium">
            Meetings
          </th>
          {READOUT_GROUPS.map((group) => (
            <th key={group} scope="col" className="px-2 py-1 text-right font-medium">
              {READOUT_PALETTE[group].label}
            </th>
          ))}
          <th scope="col" className="px-2 py-1 font-medium">
            Actions
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.topicId} className="border-b border-line last:border-b-0">
            <th scope="row" className="px-2 py-1 font-normal">
              {row.label}
            </th>
            <td className="px-2 py-1 text-right font-semibold tabular-nums">{row.total}</td>
            {READOUT_GROUPS.map((group) => (
              <td key={group} className="px-2 py-1 text-right tabular-nums">
                {row[group]}
              </td>
            ))}
            <td className="px-2 py-1">
              <div className="flex flex-wrap gap-2">
                <Button variant="link" onClick={() => onOpenTopic(row.topicId)}>
                  Evidence for {row.label}
                </Button>
                <Button
                  variant="link"
                  aria-pressed={selectedTopicIds.includes(row.topicId)}
                  onClick={() => onToggleTopic(row.topicId)}
                >
                  Filter by {row.label}
                </Button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
