import { indexDataset } from '@/domain/dataset-index';
import type { Meeting } from '@/domain/schema';
import {
  buildMeetingFacts,
  type AgreedFact,
  type MeetingFact,
  type TopicsFact,
  type WhenFact,
  type WhereFact,
  type WhoLedFact,
} from '@/features/timeline/meeting-facts-series';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

const base = makeDataset();
const held = makeMeeting({
  coChairs: [
    { person: 'person-a', side: 'us', title: 'Under Secretary', evidence: evidence() },
    {
      person: 'person-z',
      side: 'kz',
      title: 'Assistant to the President',
      evidence: [...evidence('src-a', 'one'), ...evidence('src-b', 'two')],
    },
  ],
  topics: [
    { topic: 'topic-b', raisedIn: 'us-statement', evidence: evidence('src-a', 'US on B') },
    { topic: 'topic-a', raisedIn: 'kazakh-readout', evidence: evidence('src-b', 'KZ on A') },
    { topic: 'topic-b', raisedIn: 'kazakh-readout', evidence: evidence('src-b', 'KZ on B') },
  ],
  outcomes: [
    { kind: 'statement', text: 'A statement.', evidence: evidence() },
    {
      kind: 'next-meeting-agreed',
      text: 'Next in 2025.',
      meeting: 'meeting-2',
      evidence: evidence('src-a', 'next year'),
    },
  ],
});
const planned = base.meetings[1]!;
const dataset = indexDataset({ ...base, meetings: [held, planned] });

const DURING_2025 = '2025-06-01';
const AFTER_2025 = '2026-12-06';

function factsOf(meeting: Meeting, referenceDate = DURING_2025, data = dataset) {
  const facts = buildMeetingFacts(data, meeting, referenceDate);
  const pick = <K extends MeetingFact['kind']>(kind: K) =>
    facts.find((fact): fact is Extract<MeetingFact, { kind: K }> => fact.kind === kind)!;
  return { facts, pick };
}

describe(buildMeetingFacts, () => {
  it('answers when, where, who led, what was agreed and the topics, in that order', () => {
    const { facts } = factsOf(held);
    expect(facts.map((fact) => [fact.kind, fact.term])).toEqual([
      ['when', 'When'],
      ['where', 'Where'],
      ['who-led', 'Who led'],
      ['agreed', 'Agreed'],
      ['topics', 'Topics'],
    ]);
  });

  it('gives the date the app’s way with the standing, and the place with the city’s name today', () => {
    const { pick } = factsOf(held);
    expect(pick('when')).toMatchObject<Partial<WhenFact>>({
      date: '11 April 2022',
      precisionNote: null,
      standing: 'held',
      standingNote: null,
      quotes: 1,
      section: 'date',
    });
    expect(pick('where')).toMatchObject<Partial<WhereFact>>({
      place: 'Nur-Sultan (now Astana)',
      country: 'Kazakhstan',
      formatNote: null,
      section: 'place',
    });
  });

  it('names both co-chairs with their roles and sides, and counts all their quotes', () => {
    const { pick } = factsOf(held);
    expect(pick('who-led')).toMatchObject<Partial<WhoLedFact>>({
      quotes: 3,
      section: 'co-chairs',
      coChairs: [
        { personId: 'person-a', name: 'Person A', title: 'Under Secretary', side: 'United States' },
        // Not in the people list: shown by its id rather than dropped.
        {
          personId: 'person-z',
          name: 'person-z',
          title: 'Assistant to the President',
          side: 'Kazakhstan',
        },
      ],
    });
  });

  it('leads "agreed" with the next meeting and its standing, counting the other outcomes', () => {
    const during = factsOf(held).pick('agreed');
    expect(during).toMatchObject<Partial<AgreedFact>>({
      agreedAt: null,
      otherOutcomes: 1,
      quotes: 2,
      section: 'outcomes',
    });
    expect(during.next.map((agreed) => [agreed.text, agreed.meeting?.label])).toEqual([
      ['Next in 2025.', 'A round 2'],
    ]);
    expect(during.next[0]?.meeting?.standing).toBe('planned');
    const after = factsOf(held, AFTER_2025).pick('agreed');
    expect(after.next[0]?.meeting).toMatchObject({
      standing: 'not-confirmed',
      standingNote: 'agreed for 2025, no record found',
    });
  });

  it('lists each topic once, by label, whichever readouts raised it', () => {
    expect(factsOf(held).pick('topics')).toEqual<TopicsFact>({
      kind: 'topics',
      term: 'Topics',
      quotes: 3,
      section: 'topics',
      topics: [
        { topicId: 'topic-a', label: 'Topic A' },
        { topicId: 'topic-b', label: 'Topic B' },
      ],
    });
  });

  it('for a meeting not confirmed: says so, and what was agreed is the earlier agreement', () => {
    const { pick } = factsOf(planned, AFTER_2025);
    expect(pick('when')).toMatchObject<Partial<WhenFact>>({
      date: '2025',
      precisionNote: 'year known only',
      standing: 'not-confirmed',
      standingNote: 'agreed for 2025, no record found',
    });
    expect(pick('who-led').coChairs).toEqual([]);
    expect(pick('topics').topics).toEqual([]);
    expect(pick('agreed')).toMatchObject<Partial<AgreedFact>>({
      next: [],
      agreedAt: {
        id: 'meeting-1',
        label: 'A round 1',
        date: '11 April 2022',
        text: 'Next in 2025.',
      },
      otherOutcomes: 0,
      // Its own detail quotes the agreement beside the date, in the "Not confirmed" note.
      quotes: 1,
      section: 'date',
    });
  });

  it('reads a planned meeting as planned during its agreed year, with no note', () => {
    const { pick } = factsOf(planned, DURING_2025);
    expect(pick('when')).toMatchObject({ standing: 'planned', standingNote: null });
  });

  it('leaves a held meeting with no outcomes and no agreement with nothing agreed and no quotes', () => {
    const bare = makeMeeting({
      id: 'bare',
      date: { value: '2024', precision: 'year', uncertain: true, evidence: evidence() },
      location: { city: null, country: null, format: 'unknown', evidence: [] },
      coChairs: [],
      topics: [],
    });
    const { pick } = factsOf(bare, AFTER_2025, indexDataset({ ...base, meetings: [bare] }));
    expect(pick('when')).toMatchObject({ date: 'c. 2024', uncertain: true, standing: 'held' });
    expect(pick('where')).toMatchObject({
      place: 'Place unknown',
      country: null,
      formatNote: 'format not stated',
      quotes: 0,
    });
    expect(pick('agreed')).toMatchObject({ next: [], agreedAt: null, otherOutcomes: 0, quotes: 0 });
  });
});
