import {
  countOf,
  shareOf,
  type DialogueSeries,
  type ProfileRow,
} from '@/features/dialogues/dialogues-series';

export type DialogueProfileTableProps = {
  rows: readonly ProfileRow[];
  series: readonly DialogueSeries[];
};

const formatShare = (share: number | null) =>
  share === null ? '—' : `${Math.round(share * 100)}%`;

/** The profile chart's data: per topic, each dialogue's meetings raising it and their share. */
export function DialogueProfileTable({ rows, series }: DialogueProfileTableProps) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">
        Meetings raising each topic in each dialogue, and the share of that dialogue’s meetings with
        recorded topics, most raised first
      </caption>
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="px-2 py-1 font-medium">
            Topic
          </th>
          {series.map((s) => (
            <th key={s.dialogueId} scope="col" className="px-2 py-1 text-right font-medium">
              {s.label} meetings
            </th>
          ))}
          {series.map((s) => (
            <th key={s.dialogueId} scope="col" className="px-2 py-1 text-right font-medium">
              {s.label} share
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.topicId} className="border-b border-line last:border-b-0">
            <th scope="row" className="px-2 py-1 font-normal">
              {row.label}
            </th>
            {series.map((s) => (
              <td key={s.dialogueId} className="px-2 py-1 text-right tabular-nums">
                {countOf(row, s.dialogueId)}
              </td>
            ))}
            {series.map((s) => (
              <td key={s.dialogueId} className="px-2 py-1 text-right tabular-nums">
                {formatShare(shareOf(row, s.dialogueId))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
