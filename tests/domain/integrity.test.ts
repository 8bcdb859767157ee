import { checkIntegrity } from '@/domain/integrity';
import { evidence, makeCommitment, makeDataset, makeEvent, makeMeeting } from '../support/fixtures';

describe(checkIntegrity, () => {
  it('finds nothing wrong in a sound dataset', () => {
    expect(checkIntegrity(makeDataset())).toEqual([]);
  });

  it('reports duplicate ids with the index of the first', () => {
    const base = makeDataset();
    const dataset = makeDataset({
      topics: [...base.topics, { ...base.topics[0]!, label: 'Again' }],
    });
    expect(checkIntegrity(dataset)).toEqual([
      {
        path: 'topics[2].id',
        message: 'duplicate id "topic-a": topics[0] already uses it; every id must be unique',
      },
    ]);
  });

  it('reports dangling references to sources, topics, people, dialogues and meetings', () => {
    const dataset = makeDataset({
      meetings: [
        makeMeeting({
          dialogue: 'nowhere',
          coChairs: [
            { person: 'ghost', side: 'kz', title: 'Envoy', evidence: evidence('missing-source') },
          ],
          topics: [{ topic: 'unknown-topic', raisedIn: 'kazakh-readout', evidence: evidence() }],
        }),
      ],
      commitments: [
        makeCommitment({ discussedAt: [{ meeting: 'meeting-9', evidence: evidence() }] }),
      ],
    });
    expect(checkIntegrity(dataset)).toEqual(
      expect.arrayContaining([
        {
          path: 'meetings[0].coChairs[0].evidence[0].source',
          message: 'refers to source "missing-source", which is not in sources',
        },
        {
          path: 'meetings[0].dialogue',
          message: 'refers to dialogue "nowhere", which is not in dialogues',
        },
        {
          path: 'meetings[0].coChairs[0].person',
          message: 'refers to person "ghost", which is not in people',
        },
        {
          path: 'meetings[0].topics[0].topic',
          message: 'refers to topic "unknown-topic", which is not in topics',
        },
        {
          path: 'commitments[0].discussedAt[0].meeting',
          message: 'refers to meeting "meeting-9", which is not in meetings',
        },
      ]),
    );
  });

  it('refuses a topic listed twice for the same readout of a meeting, not once per readout', () => {
    const raised = (raisedIn: 'us-statement' | 'kazakh-readout') => ({
      topic: 'topic-a',
      raisedIn,
      evidence: evidence(),
    });
    const dataset = makeDataset({
      meetings: [
        makeMeeting({
          topics: [raised('us-statement'), raised('kazakh-readout'), raised('us-statement')],
        }),
      ],
    });
    expect(checkIntegrity(dataset)).toEqual([
      {
        path: 'meetings[0].topics[2].topic',
        message:
          'topic "topic-a" raised in the us-statement is already listed at meetings[0].topics[0]; list each topic once per readout, with all its evidence',
      },
    ]);
  });

  it('quotes ids cut and with invisible characters escaped (for objects built in code)', () => {
    const dataset = makeDataset({
      meetings: [makeMeeting({ dialogue: `evil\u202E${'x'.repeat(200)}` })],
    });
    expect(checkIntegrity(dataset)).toContainEqual({
      path: 'meetings[0].dialogue',
      message: `refers to dialogue "evil\\u202E${'x'.repeat(75)}… (205 characters)", which is not in dialogues`,
    });
  });

  it('checks that a date carries the precision it claims', () => {
    const dataset = makeDataset({
      commitments: [
        makeCommitment({
          events: [makeEvent({ date: { value: '2023-05', precision: 'day', uncertain: false } })],
        }),
      ],
    });
    expect(checkIntegrity(dataset)).toEqual([
      {
        path: 'commitments[0].events[0].date.precision',
        message:
          'is "day", but the date 2023-05 is a month (YYYY-MM), so the precision must be "month"',
      },
    ]);
  });

  it('refuses a planned meeting dated before the last held one', () => {
    const base = makeDataset();
    const planned = {
      ...base.meetings[1]!,
      date: { ...base.meetings[1]!.date, value: '2021', precision: 'year' as const },
    };
    const dataset = makeDataset({ meetings: [base.meetings[0]!, planned] });
    expect(checkIntegrity(dataset)).toEqual([
      {
        path: 'meetings[1].date.value',
        message:
          'is 2021, but this meeting is planned and its dialogue already held a meeting on 2022-04-11; a planned meeting must come after the last held one',
      },
    ]);
  });

  it('refuses two meetings with the same round in one dialogue', () => {
    const dataset = makeDataset({ meetings: [makeMeeting(), makeMeeting({ id: 'meeting-3' })] });
    expect(checkIntegrity(dataset)).toContainEqual({
      path: 'meetings[1].round',
      message:
        'round 1 of dialogue "dialogue-a" is already used by meetings[0]; each round number appears once per dialogue',
    });
  });

  it('accepts events on the same day and coarser dates before finer ones in the same period', () => {
    const events = [
      makeEvent({ id: 'a', date: { value: '2023', precision: 'year', uncertain: true } }),
      makeEvent({ id: 'b', date: { value: '2023-01-01', precision: 'day', uncertain: false } }),
      makeEvent({ id: 'c', date: { value: '2023-01-01', precision: 'day', uncertain: false } }),
    ];
    expect(checkIntegrity(makeDataset({ commitments: [makeCommitment({ events })] }))).toEqual([]);
  });

  it('refuses duplicate event ids across commitments', () => {
    const dataset = makeDataset({
      commitments: [makeCommitment(), makeCommitment({ id: 'commitment-b' })],
    });
    expect(checkIntegrity(dataset)).toEqual([
      {
        path: 'commitments[1].events[0].id',
        message:
          'duplicate event id "event-1": commitments[0].events[0] already uses it; every event id must be unique',
      },
    ]);
  });

  it('checks that a conflict points at an existing record of its kind', () => {
    const base = makeDataset();
    const conflict = { ...base.conflicts[0]!, about: { kind: 'meeting' as const, id: 'person-a' } };
    expect(checkIntegrity(makeDataset({ conflicts: [conflict] }))).toEqual([
      {
        path: 'conflicts[0].about.id',
        message: 'refers to meeting "person-a", which is not in meetings',
      },
    ]);
  });

  it('checks next-meeting outcomes point into the same dialogue', () => {
    const base = makeDataset();
    const dataset = makeDataset({
      dialogues: [...base.dialogues, { ...base.dialogues[0]!, id: 'dialogue-b', primary: false }],
      meetings: [
        makeMeeting({
          outcomes: [
            {
              kind: 'next-meeting-agreed',
              text: 'Next in 2023',
              meeting: 'meeting-b1',
              evidence: evidence(),
            },
          ],
        }),
        makeMeeting({ id: 'meeting-b1', dialogue: 'dialogue-b' }),
      ],
    });
    expect(checkIntegrity(dataset)).toEqual([
      {
        path: 'meetings[0].outcomes[0].meeting',
        message:
          'refers to meeting "meeting-b1", which belongs to another dialogue ("dialogue-b"); the next meeting agreed must be in the same dialogue',
      },
    ]);
  });
});

describe('chronological order of events with coarse dates', () => {
  const withEvents = (...values: string[]) =>
    makeDataset({
      commitments: [
        makeCommitment({
          events: values.map((value, i) =>
            makeEvent({
              id: `e${i}`,
              date: {
                value,
                precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
                uncertain: false,
              },
            }),
          ),
        }),
      ],
    });

  it('accepts a year-only event after a dated one in the same year, since they may overlap', () => {
    expect(checkIntegrity(withEvents('2024-04-15', '2024', '2024-06'))).toEqual([]);
  });

  it('refuses an event whose whole period lies before the previous event', () => {
    expect(checkIntegrity(withEvents('2024-04-15', '2023'))).toEqual([
      {
        path: 'commitments[0].events[1].date.value',
        message:
          "2023 is earlier than the event before it (2024-04-15); list each commitment's events oldest first",
      },
    ]);
  });
});
