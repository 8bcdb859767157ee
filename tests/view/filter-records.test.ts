import { parseDataset } from '@/data/parse-dataset';
import { filterCommitments, filterMeetings } from '@/view/filter-records';
import { DEFAULT_FILTERS, type Filters } from '@/view/filters';
import { evidence, makeCommitment, makeDataset, makeEvent, makeMeeting } from '../support/fixtures';

const base = makeDataset();
const dataset = parseDataset(
  makeDataset({
    dialogues: [
      ...base.dialogues,
      { ...base.dialogues[0]!, id: 'dialogue-eu', name: 'EU dialogue', primary: false },
    ],
    meetings: [
      makeMeeting({
        id: 'm-2023',
        round: 2,
        date: { value: '2023-01-24', precision: 'day', uncertain: false, evidence: evidence() },
      }),
      makeMeeting({
        id: 'm-2022',
        topics: [
          { topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence() },
          { topic: 'topic-b', raisedIn: 'kazakh-readout', evidence: evidence() },
        ],
      }),
      makeMeeting({
        id: 'm-eu',
        dialogue: 'dialogue-eu',
        round: 14,
        date: { value: '2023-03-09', precision: 'day', uncertain: false, evidence: evidence() },
        location: {
          city: 'Brussels',
          country: 'Belgium',
          format: 'in-person',
          evidence: evidence(),
        },
        coChairs: [],
        topics: [
          {
            topic: 'topic-b',
            raisedIn: 'eu-statement',
            evidence: evidence('src-a', 'Constitutional Court'),
          },
        ],
      }),
    ],
    commitments: [
      makeCommitment({
        id: 'c-adopted',
        topics: ['topic-a'],
        discussedAt: [{ meeting: 'm-2022', evidence: evidence() }],
      }),
      makeCommitment({
        id: 'c-in-force',
        title: 'Domestic violence law',
        topics: ['topic-b'],
        discussedAt: [{ meeting: 'm-eu', evidence: evidence() }],
        events: [
          makeEvent({
            id: 'dv-1',
            date: { value: '2024-04-15', precision: 'day', uncertain: false },
          }),
          makeEvent({
            id: 'dv-2',
            type: 'in-force',
            date: { value: '2024-06-16', precision: 'day', uncertain: false },
          }),
        ],
      }),
    ],
  }),
);

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const withFilters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe(filterMeetings, () => {
  it('returns every meeting, oldest first, with no filters', () => {
    expect(ids(filterMeetings(dataset, DEFAULT_FILTERS))).toEqual(['m-2022', 'm-2023', 'm-eu']);
  });

  it('filters by dialogue, year and topic (any of the chosen topics)', () => {
    expect(ids(filterMeetings(dataset, withFilters({ dialogue: 'dialogue-eu' })))).toEqual([
      'm-eu',
    ]);
    expect(ids(filterMeetings(dataset, withFilters({ years: [2023] })))).toEqual([
      'm-2023',
      'm-eu',
    ]);
    expect(ids(filterMeetings(dataset, withFilters({ topics: ['topic-b'] })))).toEqual([
      'm-2022',
      'm-eu',
    ]);
    expect(ids(filterMeetings(dataset, withFilters({ topics: ['topic-a', 'topic-b'] })))).toEqual([
      'm-2022',
      'm-2023',
      'm-eu',
    ]);
  });

  it('combines filters with AND', () => {
    expect(
      ids(filterMeetings(dataset, withFilters({ topics: ['topic-b'], years: [2023] }))),
    ).toEqual(['m-eu']);
    expect(
      ids(
        filterMeetings(
          dataset,
          withFilters({ topics: ['topic-b'], years: [2023], dialogue: 'dialogue-a' }),
        ),
      ),
    ).toEqual([]);
  });

  it('searches places (with today’s name), aliases and quotes, ignoring case and diacritics', () => {
    expect(ids(filterMeetings(dataset, withFilters({ search: 'astana' })))).toEqual([
      'm-2022',
      'm-2023',
    ]);
    expect(ids(filterMeetings(dataset, withFilters({ search: 'BRÜSSELS' })))).toEqual(['m-eu']);
    expect(ids(filterMeetings(dataset, withFilters({ search: 'brussels' })))).toEqual(['m-eu']);
    expect(ids(filterMeetings(dataset, withFilters({ search: 'persona a' })))).toEqual([
      'm-2022',
      'm-2023',
    ]);
    expect(ids(filterMeetings(dataset, withFilters({ search: 'constitutional court' })))).toEqual([
      'm-eu',
    ]);
  });

  it('ignores the status filter, which applies to commitments', () => {
    expect(filterMeetings(dataset, withFilters({ statuses: ['complete'] }))).toHaveLength(3);
  });
});

describe(filterCommitments, () => {
  it('filters by derived status', () => {
    expect(ids(filterCommitments(dataset, withFilters({ statuses: ['complete'] })))).toEqual([
      'c-in-force',
    ]);
    expect(
      ids(filterCommitments(dataset, withFilters({ statuses: ['adopted', 'complete'] }))),
    ).toEqual(['c-adopted', 'c-in-force']);
  });

  it('filters by the dialogue where a commitment was discussed, and by event year', () => {
    expect(ids(filterCommitments(dataset, withFilters({ dialogue: 'dialogue-eu' })))).toEqual([
      'c-in-force',
    ]);
    expect(ids(filterCommitments(dataset, withFilters({ years: [2023] })))).toEqual(['c-adopted']);
    expect(ids(filterCommitments(dataset, withFilters({ years: [2022] })))).toEqual([]);
  });

  it('filters by topic and search', () => {
    expect(ids(filterCommitments(dataset, withFilters({ topics: ['topic-a'] })))).toEqual([
      'c-adopted',
    ]);
    expect(ids(filterCommitments(dataset, withFilters({ search: 'domestic violence' })))).toEqual([
      'c-in-force',
    ]);
  });

  it('is idempotent and order-independent across filters', () => {
    const a = filterCommitments(dataset, withFilters({ topics: ['topic-b'], years: [2024] }));
    const b = filterCommitments(dataset, withFilters({ years: [2024], topics: ['topic-b'] }));
    expect(a).toEqual(b);
  });
});

describe('the search text index', () => {
  /** The dataset with an index that counts reads of its lazily built `searchText`. */
  const countingSearchText = () => {
    const reads = { count: 0 };
    const index = new Proxy(dataset.index, {
      get(target, key, receiver) {
        if (key === 'searchText') reads.count += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { counted: { ...dataset, index }, reads };
  };

  it.each([
    ['no filters', DEFAULT_FILTERS],
    ['a blank search', withFilters({ search: '   ' })],
    ['a search of punctuation only', withFilters({ search: '?!' })],
    [
      'every other filter',
      withFilters({
        dialogue: 'dialogue-eu',
        years: [2023, 2024],
        topics: ['topic-b'],
        statuses: ['complete'],
      }),
    ],
  ])('is not built or read when the search has no words (%s)', (_, filters) => {
    const { counted, reads } = countingSearchText();
    expect(filterMeetings(counted, filters)).toEqual(filterMeetings(dataset, filters));
    expect(filterCommitments(counted, filters)).toEqual(filterCommitments(dataset, filters));
    expect(reads.count).toBe(0);
  });

  it('is read when the search has words', () => {
    const { counted, reads } = countingSearchText();
    expect(ids(filterMeetings(counted, withFilters({ search: 'brussels' })))).toEqual(['m-eu']);
    expect(ids(filterCommitments(counted, withFilters({ search: 'domestic' })))).toEqual([
      'c-in-force',
    ]);
    expect(reads.count).toBeGreaterThan(0);
  });
});
