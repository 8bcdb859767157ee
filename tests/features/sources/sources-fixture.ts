import type { LoadedDataset } from '@/domain/dataset-index';
import { parseDataset } from '@/data/parse-dataset';
import type { Dataset, Evidence } from '@/domain/schema';
import { makeCommitment, makeDataset, makeEvent, makeMeeting } from '../../support/fixtures';

const quote = (source: string, text: string): Evidence[] => [{ source, quote: text }];

/** A valid dataset whose every evidence object has its own quote, so each can be traced. */
export function makeSourcesDataset(): Dataset {
  const base = makeDataset();
  return makeDataset({
    sources: [
      ...base.sources,
      {
        id: 'src-kz',
        title: 'Қазинформ хабары',
        publisher: 'Kazinform',
        url: 'https://inform.kz/kz/1',
        published: { value: '2024-05', precision: 'month', uncertain: true },
        language: 'kk',
        kind: 'kazakh-government',
        readout: 'kazakh-readout',
        note: 'Excerpt only.',
      },
      {
        id: 'src-unused',
        title: 'Unused source',
        publisher: 'Nobody',
        url: 'https://example.net/unused',
        published: null,
        language: 'en',
        kind: 'media',
      },
    ],
    dialogues: [
      {
        ...base.dialogues[0]!,
        origin: { text: 'It began.', evidence: quote('src-kz', 'origin quote') },
      },
    ],
    people: [
      {
        ...base.people[0]!,
        roles: [{ ...base.people[0]!.roles[0]!, evidence: quote('src-b', 'role quote') }],
      },
    ],
    meetings: [
      makeMeeting({
        date: {
          value: '2022-04-11',
          precision: 'day',
          uncertain: false,
          evidence: [
            { source: 'src-a', quote: 'date quote a' },
            { source: 'src-kz', quote: 'date quote kz', translation: 'date in English' },
          ],
        },
        location: {
          city: 'Nur-Sultan',
          cityToday: 'Astana',
          country: 'Kazakhstan',
          format: 'in-person',
          evidence: quote('src-a', 'place quote'),
        },
        coChairs: [
          {
            person: 'person-a',
            side: 'us',
            title: 'Envoy',
            evidence: quote('src-a', 'chair quote'),
          },
        ],
        topics: [
          {
            topic: 'topic-b',
            raisedIn: 'kazakh-readout',
            evidence: quote('src-kz', 'topic quote'),
          },
        ],
        outcomes: [
          {
            kind: 'joint-statement',
            text: 'A statement.',
            evidence: quote('src-a', 'outcome quote'),
          },
        ],
      }),
      makeMeeting({
        id: 'meeting-2',
        round: null,
        status: 'planned',
        date: {
          value: '2025',
          precision: 'year',
          uncertain: false,
          evidence: quote('src-b', 'm2 date'),
        },
        location: {
          city: null,
          country: null,
          format: 'unknown',
          evidence: quote('src-b', 'm2 place'),
        },
        coChairs: [],
        topics: [],
      }),
    ],
    commitments: [
      makeCommitment({
        title: 'Domestic violence law',
        discussedAt: [{ meeting: 'meeting-1', evidence: quote('src-a', 'discussed quote') }],
        events: [makeEvent({ evidence: quote('src-b', 'event quote') })],
      }),
    ],
    conflicts: [
      {
        id: 'conflict-a',
        subject: 'Title of Person A',
        about: { kind: 'person', id: 'person-a' },
        claims: [
          { value: 'Title one', evidence: quote('src-a', 'claim one quote') },
          { value: 'Title two', evidence: quote('src-b', 'claim two quote') },
        ],
        resolution: 'Both are shown.',
      },
    ],
  });
}

export const loadSourcesDataset = (): LoadedDataset => parseDataset(makeSourcesDataset());

/** Every object with `source` and `quote` found anywhere in a value. */
export function findEvidence(value: unknown): Evidence[] {
  if (Array.isArray(value)) return value.flatMap(findEvidence);
  if (typeof value !== 'object' || value === null) return [];
  if ('source' in value && 'quote' in value) return [value as Evidence];
  return Object.values(value).flatMap(findEvidence);
}
