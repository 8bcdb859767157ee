import { parseDataset } from '@/data/parse-dataset';
import { buildTimelineExport } from '@/features/timeline/timeline-export';
import { buildTimelineSeries } from '@/features/timeline/timeline-series';
import { makeDataset } from '../../support/fixtures';

const dataset = parseDataset(makeDataset());

function exportOn(referenceDate: string) {
  const series = buildTimelineSeries(dataset, dataset.index.meetingsByDate, [], [], referenceDate);
  return buildTimelineExport(series, dataset.meetings, []);
}

describe(buildTimelineExport, () => {
  it('writes each meeting’s standing in the CSV status column', () => {
    const statusOf = (referenceDate: string) =>
      exportOn(referenceDate).csv.rows.map((row) => [row[3], row[4]]);
    expect(statusOf('2025-06-01')).toEqual([
      ['A round 1', 'Held'],
      ['A round 2', 'Planned'],
    ]);
    expect(statusOf('2026-12-06')).toEqual([
      ['A round 1', 'Held'],
      ['A round 2', 'Not confirmed'],
    ]);
  });

  it('draws "not confirmed" in the legend with its own mark', () => {
    expect(exportOn('2026-12-06').legend).toContainEqual(
      expect.objectContaining({
        shape: 'ring-question',
        label: expect.stringMatching(/^Not confirmed/),
      }),
    );
  });
});
