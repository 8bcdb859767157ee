import { parseDataset } from '@/data/parse-dataset';
import type { Evidence, Source } from '@/domain/schema';
import {
  firstMatchAt,
  indexQuotes,
  matchQuotes,
  type QuoteFilter,
} from '@/features/search/search-quotes-series';
import {
  evidence,
  makeCommitment,
  makeDataset,
  makeEvent,
  makeMeeting,
  makeReview,
  makeReviewSeries,
} from '../../support/fixtures';

const quote = (source: string, text: string, translation?: string): Evidence[] => [
  { source, quote: text, ...(translation ? { translation } : {}) },
];

const ASSEMBLY = 'The parties discussed the law on peaceful assembly.';

/** Quotes on a meeting, a commitment (one Russian with its translation), a role and a review. */
function makeQuotesDataset(sourceBPublished: Source['published'] = null) {
  const base = makeDataset();
  return parseDataset({
    ...base,
    sources: base.sources.map((source) =>
      source.id === 'src-b' ? { ...source, published: sourceBPublished } : source,
    ),
    meetings: [
      makeMeeting({
        // The same quote supports the date and the place: listed once, for the date.
        date: { ...base.meetings[0]!.date, evidence: quote('src-a', ASSEMBLY) },
        location: { ...base.meetings[0]!.location, evidence: quote('src-a', ASSEMBLY) },
      }),
      base.meetings[1]!,
    ],
    commitments: [
      makeCommitment({
        discussedAt: [{ meeting: 'meeting-1', evidence: quote('src-a', ASSEMBLY) }],
        events: [
          makeEvent({
            evidence: quote('src-b', 'Закон о мирных собраниях', 'The law on peaceful assemblies'),
          }),
        ],
        deadline: {
          value: '2026-01-01',
          precision: 'day',
          uncertain: false,
          evidence: quote('src-a', 'assembly deadline'),
        },
      }),
    ],
    people: base.people.map((person) => ({
      ...person,
      roles: person.roles.map((role) => ({ ...role, evidence: quote('src-a', 'assembly role') })),
    })),
    reviewSeries: [makeReviewSeries()],
    reviews: [makeReview({ evidence: evidence('src-a', 'Assembly is restricted: 23/100') })],
  });
}

const everyRecord = (dataset: ReturnType<typeof makeQuotesDataset>): QuoteFilter => ({
  meetings: new Set(dataset.meetings.map((meeting) => meeting.id)),
  commitments: new Set(dataset.commitments.map((commitment) => commitment.id)),
});

describe(indexQuotes, () => {
  const dataset = makeQuotesDataset();
  const quotes = indexQuotes(dataset);

  it('keeps each quote text once per record, naming the first fact it supports', () => {
    const meetingQuotes = quotes.filter((entry) => entry.record?.id === 'meeting-1');
    expect(meetingQuotes.filter((entry) => entry.quote === ASSEMBLY)).toHaveLength(1);
    expect(meetingQuotes[0]?.supports).toEqual({
      kind: 'detail',
      target: { kind: 'meeting', id: 'meeting-1' },
      label: 'Date of A round 1',
    });
  });

  it('leaves out what no reader can open and what the search text leaves out', () => {
    const texts = quotes.map((entry) => entry.quote);
    expect(texts).not.toContain('assembly role');
    expect(texts).not.toContain('assembly deadline');
  });

  it('links a conflict’s quotes to the conflict and a review’s to its edition', () => {
    expect(quotes.find((entry) => entry.supports.kind === 'conflict')?.supports).toEqual({
      kind: 'conflict',
      conflictId: 'conflict-a',
      label: 'Conflict: A title (claim: Title one)',
    });
    expect(
      quotes.find((entry) => entry.quote === 'Assembly is restricted: 23/100')?.supports,
    ).toMatchObject({ kind: 'detail', target: { kind: 'review', id: 'fiw-2025' } });
  });
});

describe(matchQuotes, () => {
  const dataset = makeQuotesDataset();
  const quotes = indexQuotes(dataset);

  it('finds the quotes with every word, newest source first and undated last', () => {
    const found = matchQuotes(quotes, 'assembl', everyRecord(dataset), dataset);
    expect(found.map((match) => [match.excerpt.text, match.date])).toEqual([
      [ASSEMBLY, '11 April 2022'],
      ['Assembly is restricted: 23/100', '11 April 2022'],
      ['The law on peaceful assemblies', 'date not shown'],
    ]);
    expect(matchQuotes(quotes, 'peaceful restricted', everyRecord(dataset), dataset)).toEqual([]);
  });

  it('orders by the source’s date, newest first', () => {
    const later = makeQuotesDataset({ value: '2024-05', precision: 'month', uncertain: false });
    const found = matchQuotes(indexQuotes(later), 'assembl', everyRecord(later), later);
    expect(found.map((match) => match.date)).toEqual([
      'May 2024',
      '11 April 2022',
      '11 April 2022',
    ]);
  });

  it('lists the same text from the same source once, with every record it supports', () => {
    const [match] = matchQuotes(quotes, 'peaceful assembly', everyRecord(dataset), dataset);
    expect(match?.supports.map((supports) => supports.label)).toEqual([
      'Date of A round 1',
      'Discussed at A round 1 — A reform',
    ]);
  });

  it('matches an English translation and says so, with the source’s name', () => {
    const [match] = matchQuotes(quotes, 'assemblies', everyRecord(dataset), dataset);
    expect(match).toMatchObject({
      translated: true,
      language: undefined,
      sourceName: 'Publisher B',
      excerpt: { text: 'The law on peaceful assemblies' },
    });
  });

  it('matches a quote as written through transliteration, in the source’s language', () => {
    const [match] = matchQuotes(quotes, 'mirnykh', everyRecord(dataset), dataset);
    expect(match).toMatchObject({ translated: false, language: 'ru' });
  });

  it('lists a meeting’s or commitment’s quotes only when the filters leave the record', () => {
    const none = { meetings: new Set<string>(), commitments: new Set<string>() };
    expect(matchQuotes(quotes, 'assembl', none, dataset).map((m) => m.excerpt.text)).toEqual([
      'Assembly is restricted: 23/100',
    ]);
  });

  it('finds nothing for an empty search', () => {
    expect(matchQuotes(quotes, '  ', everyRecord(dataset), dataset)).toEqual([]);
  });
});

describe(firstMatchAt, () => {
  it('finds the first word as typed, in any case', () => {
    expect(firstMatchAt('Law on media and LAW', ['media', 'law'], ['media', 'law'])).toBe(0);
    expect(firstMatchAt('Law on media', ['media'], ['media'])).toBe(7);
  });

  it('finds a transliterated match by its word, and else starts at 0', () => {
    expect(firstMatchAt('Закон о мирных собраниях', ['mirnykh'], ['mirnykh'])).toBe(8);
    expect(firstMatchAt('nothing here', ['zzz'], ['zzz'])).toBe(0);
  });
});
