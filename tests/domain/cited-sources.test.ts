import { collectSourceIds, describeCitedSources } from '@/domain/cited-sources';
import { isolate } from '@/lib/isolate';
import { parseDataset } from '@/data/parse-dataset';
import { makeCommitment, makeDataset, makeMeeting, evidence } from '../support/fixtures';

describe(collectSourceIds, () => {
  it('finds every cited source once, at any depth, in order of first citation', () => {
    const meeting = makeMeeting({
      topics: [{ topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence('src-b') }],
    });
    expect(collectSourceIds([meeting, makeCommitment()])).toEqual(['src-a', 'src-b']);
  });

  it('ignores "source" fields outside evidence and handles empty input', () => {
    expect(collectSourceIds({ source: 'not-evidence' })).toEqual([]);
    expect(collectSourceIds([])).toEqual([]);
    expect(collectSourceIds(null)).toEqual([]);
  });

  it('covers a whole dataset', () => {
    expect(collectSourceIds(makeDataset()).toSorted()).toEqual(['src-a', 'src-b']);
  });
});

describe(describeCitedSources, () => {
  const dataset = parseDataset(makeDataset());

  it('names the publishers, most-cited first, with the number of sources', () => {
    const records = [
      makeMeeting({
        topics: [{ topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence('src-b') }],
      }),
    ];
    expect(describeCitedSources(dataset, records)).toBe(
      `${isolate('Publisher A')}, ${isolate('Publisher B')} (2 sources)`,
    );
  });

  it('shortens a long list and says when nothing is cited', () => {
    expect(describeCitedSources(dataset, dataset.meetings, 1)).toBe(
      `${isolate('Publisher A')} and 1 more publisher (2 sources)`,
    );
    expect(describeCitedSources(dataset, [])).toBe('none cited by the records shown');
  });
});
