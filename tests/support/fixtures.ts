import type {
  Commitment,
  CommitmentEvent,
  Contact,
  Dataset,
  Evidence,
  Meeting,
  Review,
  ReviewSeries,
} from '@/domain/schema';

export const evidence = (source = 'src-a', quote = 'a verbatim quote'): Evidence[] => [
  { source, quote },
];

export function makeEvent(overrides: Partial<CommitmentEvent> = {}): CommitmentEvent {
  return {
    id: 'event-1',
    date: { value: '2023-05-01', precision: 'day', uncertain: false },
    type: 'adopted',
    text: 'The law was signed.',
    voice: 'kazakh-government',
    evidence: evidence(),
    ...overrides,
  };
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1',
    dialogue: 'dialogue-a',
    round: 1,
    status: 'held',
    date: { value: '2022-04-11', precision: 'day', uncertain: false, evidence: evidence() },
    location: {
      city: 'Nur-Sultan',
      cityToday: 'Astana',
      country: 'Kazakhstan',
      format: 'in-person',
      evidence: evidence(),
    },
    coChairs: [{ person: 'person-a', side: 'us', title: 'Under Secretary', evidence: evidence() }],
    topics: [{ topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence() }],
    outcomes: [],
    summary: 'The first round.',
    gaps: [],
    ...overrides,
  };
}

export function makeCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: 'commitment-a',
    title: 'A reform',
    description: 'What was promised.',
    kind: 'law',
    committedBy: 'Government of Kazakhstan',
    topics: ['topic-a'],
    discussedAt: [{ meeting: 'meeting-1', evidence: evidence() }],
    events: [makeEvent()],
    ...overrides,
  };
}

/** A small dataset that passes every schema and integrity rule; override any collection. */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    meta: {
      schemaVersion: 2,
      title: 'Fixture dataset',
      version: '1.2.3',
      updated: '2026-11-22',
      licence: 'Test only',
      description: 'A fixture.',
      changelog: [{ version: '1.2.3', date: '2026-11-22', changes: ['Created.'] }],
    },
    sources: [
      {
        id: 'src-a',
        title: 'Source A',
        publisher: 'Publisher A',
        url: 'https://example.org/a',
        published: { value: '2022-04-11', precision: 'day', uncertain: false },
        language: 'en',
        kind: 'media',
      },
      {
        id: 'src-b',
        title: 'Source B',
        publisher: 'Publisher B',
        url: 'http://example.com/b',
        published: null,
        language: 'ru',
        kind: 'us-government',
        readout: 'us-statement',
      },
    ],
    dialogues: [
      {
        id: 'dialogue-a',
        name: 'Dialogue A',
        shortName: 'A',
        parties: ['us', 'kz'],
        primary: true,
        description: 'The primary dialogue.',
      },
    ],
    topics: [
      { id: 'topic-a', label: 'Topic A', definition: 'About A.', group: 'rule-of-law' },
      { id: 'topic-b', label: 'Topic B', definition: 'About B.', group: 'protection' },
    ],
    people: [
      {
        id: 'person-a',
        name: 'Person A',
        aliases: ['Persona A'],
        roles: [
          {
            title: 'Under Secretary',
            side: 'us',
            observed: { value: '2022-04-11', precision: 'day' },
            evidence: evidence(),
          },
        ],
      },
    ],
    meetings: [
      makeMeeting(),
      makeMeeting({
        id: 'meeting-2',
        round: 2,
        status: 'planned',
        date: { value: '2025', precision: 'year', uncertain: false, evidence: evidence('src-b') },
        location: {
          city: 'Washington',
          country: 'United States',
          format: 'in-person',
          evidence: evidence('src-b'),
        },
        coChairs: [],
        topics: [],
      }),
    ],
    commitments: [makeCommitment()],
    conflicts: [
      {
        id: 'conflict-a',
        subject: 'A title',
        about: { kind: 'person', id: 'person-a' },
        claims: [
          { value: 'Title one', evidence: evidence('src-a') },
          { value: 'Title two', evidence: evidence('src-b') },
        ],
        resolution: 'Both are shown.',
      },
    ],
    ...overrides,
  };
}

export function makeReviewSeries(overrides: Partial<ReviewSeries> = {}): ReviewSeries {
  return {
    id: 'fiw',
    name: 'Freedom in the World',
    publisher: 'Freedom House',
    voice: 'independent',
    measure: 'score',
    scale: '0–100; higher is freer',
    higherIsBetter: true,
    description: 'An annual rating of political rights and civil liberties.',
    topics: ['topic-a'],
    commitments: ['commitment-a'],
    ...overrides,
  };
}

export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'fiw-2025',
    series: 'fiw',
    edition: 'Freedom in the World 2025',
    date: { value: '2025-02', precision: 'month', uncertain: false, evidence: evidence() },
    value: 23,
    label: '23/100, Not Free',
    evidence: evidence('src-a', 'Kazakhstan: 23/100 Not Free'),
    ...overrides,
  };
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'c5-2025',
    name: 'C5+1 summit',
    kind: 'summit',
    parties: ['us', 'kz'],
    date: { value: '2025-11-06', precision: 'day', uncertain: false, evidence: evidence() },
    location: { city: 'Washington', country: 'United States', evidence: evidence() },
    summary: 'Leaders of the five Central Asian states met the US President.',
    humanRights: [
      {
        kind: 'call',
        text: 'Human Rights Watch urged that human rights be on the agenda.',
        voice: 'independent',
        evidence: evidence('src-a', 'should press for human rights'),
      },
    ],
    gaps: ['No human-rights item was found in the outcomes read.'],
    ...overrides,
  };
}
