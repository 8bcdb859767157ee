import { parseDataset } from '@/data/parse-dataset';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { Commitment, Dataset, Meeting, Readout } from '@/domain/schema';
import {
  evidence,
  makeCommitment,
  makeDataset,
  makeEvent,
  makeMeeting,
} from '../../support/fixtures';

export const raise = (topic: string, raisedIn: Readout, quote: string) => ({
  topic,
  raisedIn,
  evidence: evidence('src-a', quote),
});

export const day = (value: string, precision: 'day' | 'month' | 'year' = 'day') => ({
  value,
  precision,
  uncertain: false,
  evidence: evidence(),
});

/**
 * Dialogue A: round 1 (11 April 2022), round 2 (known only as January 2023), round 3 (20 May 2024)
 * and a planned round 4 (2025). Dialogue B has one meeting between them that must never count.
 */
export const changesMeetings: Meeting[] = [
  makeMeeting({
    id: 'r1',
    round: 1,
    date: day('2022-04-11'),
    topics: [
      raise('topic-a', 'us-statement', 'r1 raised topic A'),
      raise('topic-b', 'kazakh-readout', 'r1 raised topic B'),
    ],
    outcomes: [
      {
        kind: 'next-meeting-agreed',
        text: 'The sides agreed to meet again.',
        meeting: 'r2',
        evidence: evidence('src-a', 'we will meet next year'),
      },
      { kind: 'statement', text: 'A statement.', evidence: evidence() },
    ],
  }),
  makeMeeting({
    id: 'r2',
    round: 2,
    date: day('2023-01', 'month'),
    topics: [
      raise('topic-b', 'joint-statement', 'r2 raised topic B'),
      raise('topic-c', 'joint-statement', 'r2 raised topic C'),
    ],
  }),
  makeMeeting({
    id: 'b1',
    dialogue: 'dialogue-b',
    round: null,
    date: day('2023-06-01'),
    topics: [raise('topic-a', 'eu-statement', 'b1 raised topic A')],
  }),
  makeMeeting({
    id: 'r3',
    round: 3,
    date: day('2024-05-20'),
    topics: [
      raise('topic-c', 'us-statement', 'r3 US raised topic C'),
      raise('topic-c', 'kazakh-readout', 'r3 KZ raised topic C'),
      raise('topic-a', 'us-statement', 'r3 raised topic A'),
    ],
  }),
  makeMeeting({ id: 'r4', round: 4, status: 'planned', date: day('2025', 'year'), topics: [] }),
];

/** The meetings with round 3 agreeing round 4 ("The sides agreed to meet in 2025."). */
export const meetingsWithR4Agreed: Meeting[] = changesMeetings.map((m) =>
  m.id === 'r3'
    ? {
        ...m,
        outcomes: [
          {
            kind: 'next-meeting-agreed',
            text: 'The sides agreed to meet in 2025.',
            meeting: 'r4',
            evidence: evidence('src-a', 'next in 2025'),
          },
        ],
      }
    : m,
);

export const changesCommitments: Commitment[] = [
  makeCommitment({
    id: 'alpha',
    title: 'Alpha law',
    discussedAt: [{ meeting: 'r1', evidence: evidence() }],
    events: [
      makeEvent({
        id: 'alpha-1',
        type: 'announced',
        date: { value: '2022-04-11', precision: 'day', uncertain: false },
        text: 'Announced at round 1.',
      }),
      makeEvent({
        id: 'alpha-2',
        type: 'drafted',
        date: { value: '2022-04-12', precision: 'day', uncertain: false },
        text: 'A draft the day after round 1.',
        evidence: evidence('src-a', 'the draft was tabled'),
      }),
      makeEvent({
        id: 'alpha-3',
        type: 'adopted',
        date: { value: '2023-01', precision: 'month', uncertain: false },
        text: 'Signed in January 2023.',
      }),
    ],
  }),
  makeCommitment({
    id: 'beta',
    title: 'Beta code',
    discussedAt: [],
    events: [
      makeEvent({
        id: 'beta-1',
        type: 'welcomed',
        date: { value: '2023-02-01', precision: 'day', uncertain: false },
        text: 'Welcomed after round 2.',
        voice: 'us-government',
      }),
      makeEvent({
        id: 'beta-2',
        type: 'in-force',
        date: { value: '2024-05-20', precision: 'day', uncertain: false },
        text: 'In force on the day of round 3.',
      }),
      makeEvent({
        id: 'beta-3',
        type: 'criticised',
        date: { value: '2024', precision: 'year', uncertain: true },
        text: 'Criticised some time in 2024.',
        voice: 'independent',
      }),
      makeEvent({
        id: 'beta-4',
        type: 'reversed',
        extent: 'narrows',
        date: { value: '2024-05-21', precision: 'day', uncertain: false },
        text: 'Narrowed the day after round 3.',
      }),
    ],
  }),
];

export function makeChangesData(overrides: Partial<Dataset> = {}): Dataset {
  const base = makeDataset();
  return makeDataset({
    dialogues: [
      ...base.dialogues,
      {
        id: 'dialogue-b',
        name: 'Dialogue B',
        shortName: 'B',
        parties: ['eu', 'kz'],
        primary: false,
        description: 'Another dialogue.',
      },
    ],
    topics: [
      ...base.topics,
      { id: 'topic-c', label: 'Topic C', definition: 'About C.', group: 'governance' },
    ],
    meetings: changesMeetings,
    commitments: changesCommitments,
    ...overrides,
  });
}

export function makeChangesDataset(overrides: Partial<Dataset> = {}): LoadedDataset {
  return parseDataset(makeChangesData(overrides));
}
