import {
  EVENT_TYPE_LABELS,
  meetingName,
  meetingPlace,
  READOUT_LABELS,
  SIDE_LABELS,
  SOURCE_KIND_LABELS,
} from '@/domain/labels';
import { EventType, Readout, Side, SourceKind, type Dialogue, type Meeting } from '@/domain/schema';
import { evidence, makeDataset, makeMeeting } from '../support/fixtures';

const dialogueById: ReadonlyMap<string, Dialogue> = new Map(
  makeDataset().dialogues.map((dialogue) => [
    dialogue.id,
    { ...dialogue, shortName: 'US–Kazakhstan' },
  ]),
);

const date = (value: string, precision: 'day' | 'month' | 'year', uncertain = false) => ({
  value,
  precision,
  uncertain,
  evidence: evidence(),
});

const location = (overrides: Partial<Meeting['location']>): Meeting['location'] => ({
  city: null,
  country: null,
  format: 'in-person',
  evidence: evidence(),
  ...overrides,
});

describe(meetingName, () => {
  it.each([
    ['a numbered round', makeMeeting({ round: 3 }), 'US–Kazakhstan round 3'],
    [
      'an unnumbered meeting, by its date',
      makeMeeting({ round: null, date: date('2017-11-29', 'day') }),
      'US–Kazakhstan meeting of 29 November 2017',
    ],
    [
      'an unnumbered meeting with a month date',
      makeMeeting({ round: null, date: date('2024-05', 'month') }),
      'US–Kazakhstan meeting of May 2024',
    ],
    [
      'an unnumbered meeting with an uncertain date',
      makeMeeting({ round: null, date: date('2017-11-29', 'day', true) }),
      'US–Kazakhstan meeting of c. 29 November 2017',
    ],
    [
      'a round of an unknown dialogue, by its id',
      makeMeeting({ dialogue: 'gone' }),
      'gone round 1',
    ],
    [
      'an unnumbered meeting of an unknown dialogue',
      makeMeeting({ dialogue: 'gone', round: null, date: date('2025', 'year') }),
      'gone meeting of 2025',
    ],
  ])('names %s', (_, meeting, name) => {
    expect(meetingName(meeting, dialogueById)).toBe(name);
  });

  it('uses the dialogue id when the lookup is empty', () => {
    expect(meetingName(makeMeeting(), new Map())).toBe('dialogue-a round 1');
  });
});

describe(meetingPlace, () => {
  it.each([
    [
      'the name at the time with today’s name',
      location({ city: 'Nur-Sultan', cityToday: 'Astana' }),
      'Nur-Sultan (now Astana)',
    ],
    [
      'the city alone when today’s name is the same',
      location({ city: 'Astana', cityToday: 'Astana' }),
      'Astana',
    ],
    ['the city alone when no other name is known', location({ city: 'Washington' }), 'Washington'],
    ['"Online" for an online meeting', location({ format: 'online' }), 'Online'],
    [
      '"Online" even when a city is given',
      location({ city: 'Astana', format: 'online' }),
      'Online',
    ],
    ['"Place unknown" when no city is known', location({ format: 'unknown' }), 'Place unknown'],
    [
      '"Place unknown" for an in-person meeting with no city',
      location({ country: 'Kazakhstan' }),
      'Place unknown',
    ],
  ])('gives %s', (_, where, place) => {
    expect(meetingPlace(makeMeeting({ location: where }))).toBe(place);
  });
});

describe('EVENT_TYPE_LABELS', () => {
  it.each(EventType.options)('has a non-empty label for %s', (type) => {
    expect(EVENT_TYPE_LABELS[type]).toMatch(/\S/);
  });

  it.each([
    ['announced', 'Announced'],
    ['drafted', 'Draft presented'],
    ['adopted', 'Adopted / signed'],
    ['in-force', 'Entered into force'],
    ['assessed', 'Practice finding'],
    ['reversed', 'Reversal'],
    ['related', 'Related step'],
    ['amended', 'Amended / replaced'],
    ['welcomed', 'Welcomed'],
    ['criticised', 'Criticised'],
    ['urged', 'Called for action'],
  ] as const)('labels %s as "%s"', (type, label) => {
    expect(EVENT_TYPE_LABELS[type]).toBe(label);
  });
});

describe('enum labels', () => {
  it.each([
    ['EVENT_TYPE_LABELS', EVENT_TYPE_LABELS, EventType.options],
    ['READOUT_LABELS', READOUT_LABELS, Readout.options],
    ['SIDE_LABELS', SIDE_LABELS, Side.options],
    ['SOURCE_KIND_LABELS', SOURCE_KIND_LABELS, SourceKind.options],
  ] as const)('%s labels every value of the schema enum, and nothing else', (_, labels, values) => {
    expect(Object.keys(labels).toSorted()).toEqual([...values].toSorted());
    expect(Object.values(labels).every((label) => /\S/.test(label))).toBe(true);
  });

  it('lists readouts in the order the panels show them', () => {
    expect(Object.keys(READOUT_LABELS)).toEqual([
      'us-statement',
      'kazakh-readout',
      'joint-statement',
      'eu-statement',
    ]);
  });
});
