import { buildDialogueProfileExport } from '@/features/dialogues/dialogues-export';
import type { DialogueSeries, ProfileRow } from '@/features/dialogues/dialogue-profile-rows';
import { makeMeeting } from '../../support/fixtures';

const series: DialogueSeries[] = [
  { dialogueId: 'us-kz', label: 'US–Kazakhstan', color: 'var(--color-series-us)' },
  { dialogueId: 'eu-kz', label: 'EU–Kazakhstan', color: 'var(--color-series-eu)' },
];

describe(buildDialogueProfileExport, () => {
  it('writes one CSV row per topic with counts and whole-percent shares, and the legend', () => {
    const rows: ProfileRow[] = [
      {
        topicId: 'topic-a',
        label: 'Topic A',
        total: 3,
        'us-kz': 2,
        'us-kzShare': 1,
        'eu-kz': 1,
        'eu-kzShare': 1 / 3,
      },
      {
        topicId: 'topic-b',
        label: 'Topic B',
        total: 1,
        'us-kz': 1,
        'us-kzShare': 0.5,
        'eu-kz': 0,
        'eu-kzShare': null,
      },
    ];
    const meetings = [makeMeeting()];
    const spec = buildDialogueProfileExport(rows, series, meetings);
    expect(spec.stem).toBe('dialogue-profiles');
    expect(spec.csv.header).toEqual([
      'Topic',
      'US–Kazakhstan: meetings',
      'US–Kazakhstan: % of its meetings with topics',
      'EU–Kazakhstan: meetings',
      'EU–Kazakhstan: % of its meetings with topics',
    ]);
    expect(spec.csv.rows).toEqual([
      ['Topic A', 2, 100, 1, 33],
      ['Topic B', 1, 50, 0, ''],
    ]);
    expect(spec.records).toBe(meetings);
    expect(spec.legend).toEqual([
      { label: 'US–Kazakhstan', color: 'var(--color-series-us)' },
      { label: 'EU–Kazakhstan', color: 'var(--color-series-eu)' },
    ]);
  });

  it('gives only the header for no rows', () => {
    expect(buildDialogueProfileExport([], [], []).csv).toEqual({ header: ['Topic'], rows: [] });
  });
});
