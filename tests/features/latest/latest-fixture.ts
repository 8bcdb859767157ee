import type { Dataset } from '@/domain/schema';
import {
  evidence,
  makeCommitment,
  makeDataset,
  makeEvent,
  makeMeeting,
} from '../../support/fixtures';

const day = (value: string, uncertain = false) => ({
  value,
  precision: 'day' as const,
  uncertain,
});

/**
 * Every kind of development, on dates chosen to test the order: round 1 of dialogue A (held on
 * 11 April 2022, agreeing round 2 for 2025), an EU meeting known only to the year 2024 (uncertain),
 * a law with an announcement on the day of round 1, an adoption, a practice finding dated only
 * "2025" and a reversal; a plan with a welcome (May 2024, uncertain) and a criticism on the day of
 * the adoption; a Freedom in the World edition (February 2025) and a summit (6 November 2025).
 */
export function makeLatestData(): Dataset {
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
        description: 'The other dialogue.',
      },
    ],
    meetings: [
      makeMeeting({
        outcomes: [
          {
            kind: 'next-meeting-agreed',
            text: 'They agreed to meet in 2025.',
            meeting: 'meeting-2',
            evidence: evidence('src-b', 'the next round in 2025'),
          },
        ],
      }),
      ...base.meetings.slice(1),
      makeMeeting({
        id: 'meeting-eu',
        dialogue: 'dialogue-b',
        round: null,
        date: { value: '2024', precision: 'year', uncertain: true, evidence: evidence() },
        coChairs: [],
        topics: [{ topic: 'topic-b', raisedIn: 'eu-statement', evidence: evidence() }],
        summary: 'An EU meeting.',
      }),
    ],
    commitments: [
      makeCommitment({
        id: 'law-a',
        title: 'Law A',
        events: [
          makeEvent({ id: 'e1', type: 'announced', date: day('2022-04-11'), text: 'Announced.' }),
          makeEvent({ id: 'e2', type: 'adopted', date: day('2024-05-20'), text: 'Adopted.' }),
          makeEvent({
            id: 'e3',
            type: 'assessed',
            finding: 'shortfalls',
            voice: 'independent',
            date: { value: '2025', precision: 'year', uncertain: false },
            text: 'An NGO found gaps.',
          }),
          makeEvent({
            id: 'e4',
            type: 'reversed',
            extent: 'narrows',
            voice: 'court',
            date: day('2025-03-01'),
            text: 'A court ruling narrowed the law.',
            evidence: evidence('src-a', 'the ruling narrowed it'),
          }),
        ],
      }),
      makeCommitment({
        id: 'plan-b',
        title: 'Plan B',
        topics: ['topic-b'],
        discussedAt: [],
        events: [
          makeEvent({
            id: 'b1',
            type: 'welcomed',
            voice: 'eu',
            date: { value: '2024-05', precision: 'month', uncertain: true },
            text: 'The EU welcomed it.',
          }),
          makeEvent({
            id: 'b2',
            type: 'criticised',
            voice: 'independent',
            date: day('2024-05-20'),
            text: 'An NGO criticised it.',
          }),
        ],
      }),
    ],
    reviewSeries: [
      {
        id: 'fiw',
        name: 'Freedom in the World',
        publisher: 'Freedom House',
        voice: 'independent',
        measure: 'score',
        scale: '0–100; higher is freer',
        higherIsBetter: true,
        description: 'A yearly rating.',
        topics: ['topic-a'],
        commitments: ['law-a'],
      },
    ],
    reviews: [
      {
        id: 'fiw-2025',
        series: 'fiw',
        edition: 'Freedom in the World 2025',
        date: { value: '2025-02', precision: 'month', uncertain: false, evidence: evidence() },
        covers: 'events of 2024',
        value: 23,
        label: '23/100, Not Free',
        evidence: evidence('src-a', 'Kazakhstan: Not Free'),
      },
    ],
    contacts: [
      {
        id: 'c5-summit',
        name: 'C5+1 summit',
        kind: 'summit',
        parties: ['us', 'kz'],
        date: { ...day('2025-11-06'), evidence: evidence('src-a', 'leaders met') },
        location: null,
        summary: 'Leaders met in Washington.',
        humanRights: [],
        gaps: ['No human-rights item found in the outcomes.'],
      },
    ],
  });
}

/** The keys of the fixture's developments, newest first, with no filter. */
export const ALL_KEYS = [
  'contact:c5-summit',
  'event:e4',
  'review:fiw-2025',
  'event:e3',
  'event:e2',
  'event:b2',
  'event:b1',
  'meeting:meeting-eu',
  'meeting:meeting-1',
  'agreement:meeting-1:meeting-2',
  'event:e1',
];
