import { parseDataset } from '@/data/parse-dataset';
import {
  announceDataset,
  describeCounts,
  describeDataset,
  describeRecordEnd,
  formatMegabytes,
} from '@/features/dataset/dataset-summary';
import { isolate } from '@/lib/isolate';
import { makeDataset } from '../../support/fixtures';

describe('dataset summary', () => {
  const bundled = parseDataset(makeDataset());

  it('counts meetings, topics, commitments and sources, singular where one', () => {
    const { meetings, topics, commitments, sources } = bundled;
    const expected = [
      `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}`,
      `${topics.length} topic${topics.length === 1 ? '' : 's'}`,
      `${commitments.length} commitment${commitments.length === 1 ? '' : 's'}`,
      `${sources.length} source${sources.length === 1 ? '' : 's'}`,
    ].join(' · ');
    expect(describeCounts(bundled)).toBe(expected);
    expect(describeCounts(parseDataset(makeDataset({ commitments: [] })))).toContain(
      '0 commitments',
    );
  });

  it('says where the record ends: the newest dated record', () => {
    // The fixture's dated records are a held meeting of 11 April 2022 and an event of 1 May 2023.
    expect(describeRecordEnd(bundled)).toBe('Recorded up to 1 May 2023 (the newest dated record).');
  });

  it('names the dataset by its title and version', () => {
    expect(describeDataset(bundled)).toBe(
      `${isolate(bundled.meta.title)}, version ${bundled.meta.version}`,
    );
  });

  it('announces the bundled dataset or the user’s file by name', () => {
    expect(announceDataset(bundled)).toMatch(
      /^Now showing the bundled dataset: \u2068Fixture dataset\u2069, /,
    );
    const custom = parseDataset(makeDataset(), {
      kind: 'custom',
      fileName: 'mine.json',
      openedAt: '2026-11-22T10:00:00.000Z',
      persisted: true,
    });
    expect(announceDataset(custom)).toMatch(
      /^Now showing your file \u2068mine\.json\u2069: \u2068Fixture dataset\u2069, /,
    );
  });

  it('formats megabytes with at most one decimal', () => {
    expect(formatMegabytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatMegabytes(1536 * 1024)).toBe('1.5 MB');
  });
});
