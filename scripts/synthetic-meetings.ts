// Meetings and commitment event histories for the synthetic dataset generator.
import type {
  CommitmentEvent,
  DatePrecision,
  Dialogue,
  Evidence,
  EventType,
  Meeting,
  Person,
  Readout,
  Side,
  Topic,
} from '../src/domain/schema.ts';
import {
  dateAt,
  dayOfYear,
  localIndex,
  PER_UNIT,
  precisionFor,
  type Random,
} from './synthetic-random.ts';
import { CITIES } from './synthetic-vocabulary.ts';

export type MeetingContext = {
  random: Random;
  n: { meetings: number; dialogues: number; topics: number; sources: number };
  dialogues: readonly Dialogue[];
  topics: readonly Topic[];
  sidePeople: Record<Side, readonly Person[]>;
  evidence: (unit: number, pool?: readonly number[]) => Evidence[];
};

const READOUTS: Record<'us' | 'eu', readonly Readout[]> = {
  us: ['us-statement', 'kazakh-readout', 'joint-statement'],
  eu: ['eu-statement', 'kazakh-readout'],
};

export function generateMeetings(context: MeetingContext): Meeting[] {
  const { random, n, dialogues, topics, sidePeople, evidence } = context;
  const meetings: Meeting[] = [];
  dialogues.forEach((dialogue, d) => {
    const unit = Math.floor(d / PER_UNIT.dialogues);
    const own = Math.floor(n.meetings / n.dialogues) + (d < n.meetings % n.dialogues ? 1 : 0);
    const foreign = dialogue.parties.includes('eu') ? 'eu' : 'us';
    const firstRound = random.chance(0.5) ? 1 : random.int(2, 12);
    const unnumberedFirst = own > 1 && random.chance(0.1);
    const planned = own > 1 && random.chance(0.4);
    let year = random.int(1995, Math.max(1995, 2020 - own));
    const ids = Array.from({ length: own }, (_, i) => `${dialogue.id}-m${i + 1}`);
    for (let i = 0; i < own; i++) {
      const isPlanned = planned && i === own - 1;
      year += i === 0 ? 0 : isPlanned ? 1 : random.chance(0.2) ? 2 : 1;
      const precision: DatePrecision = isPlanned ? 'year' : precisionFor(random);
      const pool = Array.from({ length: random.int(2, 6) }, () =>
        localIndex(random, unit, PER_UNIT.sources, n.sources),
      );
      const host = (i + d) % 2 === 0 ? 'kz' : foreign;
      const online = !isPlanned && random.chance(0.1);
      const topicIds = new Set<string>();
      const topicCount = isPlanned ? 0 : Math.floor(random.next() ** 1.5 * 14);
      for (let t = 0; t < topicCount; t++) {
        topicIds.add(topics[localIndex(random, unit, PER_UNIT.topics, n.topics)]!.id);
      }
      const meeting: Meeting = {
        id: ids[i]!,
        dialogue: dialogue.id,
        round: unnumberedFirst && i === 0 ? null : firstRound + i,
        status: isPlanned ? 'planned' : 'held',
        date: {
          value: dateAt(dayOfYear(year) + random.int(0, 364), precision),
          precision,
          uncertain: isPlanned || (precision !== 'day' && random.chance(0.5)),
          evidence: evidence(unit, pool),
        },
        location: {
          city: online ? null : CITIES[host][0],
          country: online ? null : CITIES[host][1],
          format: online ? 'online' : isPlanned && random.chance(0.5) ? 'unknown' : 'in-person',
          evidence: evidence(unit, pool),
        },
        coChairs: isPlanned
          ? []
          : (['kz', foreign] as const).flatMap((side) => {
              const candidates = sidePeople[side];
              if (candidates.length === 0 || random.chance(0.15)) return [];
              const person = random.pick(candidates);
              const title = person.roles[0]?.title ?? 'Co-chair';
              return [{ person: person.id, side, title, evidence: evidence(unit, pool) }];
            }),
        topics: [...topicIds].map((topic) => ({
          topic,
          raisedIn: random.pick(READOUTS[foreign]),
          evidence: evidence(unit, pool),
        })),
        outcomes: [],
        summary: isPlanned
          ? 'A round agreed for the following year.'
          : `Round ${i + 1} of the dialogue.`,
        gaps: random.chance(0.3) ? ['No joint statement was found.'] : [],
      };
      if (!isPlanned && random.chance(0.6)) {
        meeting.outcomes.push({
          kind: random.pick(['statement', 'joint-statement'] as const),
          text: 'A statement was issued.',
          evidence: evidence(unit, pool),
        });
      }
      const nextId = ids[i + 1];
      if (!isPlanned && nextId !== undefined && random.chance(0.3)) {
        meeting.outcomes.push({
          kind: 'next-meeting-agreed',
          text: 'The next round was agreed.',
          meeting: nextId,
          evidence: evidence(unit, pool),
        });
      }
      meetings.push(meeting);
    }
  });
  return meetings;
}

const LADDER: readonly EventType[] = ['announced', 'drafted', 'adopted', 'in-force'];
const FINDINGS = ['applied', 'shortfalls', 'no-change', 'worsened'] as const;
const EXTENTS = ['narrows', 'suspends', 'undoes'] as const;
const OUTSIDE_VOICES = ['us-government', 'eu', 'un-or-intergovernmental', 'independent'] as const;
const ALL_VOICES = [...OUTSIDE_VOICES, 'kazakh-government', 'court'] as const;

/** 1–6 events, oldest first, climbing the ladder with the odd finding, position, amendment or reversal. */
export function generateEvents(
  random: Random,
  commitmentId: string,
  counter: { next: number },
  meetings: readonly Meeting[],
  evidence: () => Evidence[],
): CommitmentEvent[] {
  const length = Math.min(6, 1 + Math.floor(random.next() * 3) + Math.floor(random.next() * 4));
  let day = random.int(dayOfYear(2012), dayOfYear(2024));
  let rung = random.int(0, 2);
  return Array.from({ length }, (_, e) => {
    day += e === 0 ? 0 : random.int(1, 400);
    // Coarsening a date only widens it, so the events stay in order (see the integrity rule).
    const precision = precisionFor(random);
    const r = random.next();
    const type: EventType =
      r < 0.12
        ? 'welcomed'
        : r < 0.17
          ? 'criticised'
          : r < 0.3
            ? 'assessed'
            : r < 0.34
              ? 'amended'
              : r < 0.36
                ? 'reversed'
                : LADDER[Math.min(rung++, LADDER.length - 1)]!;
    const event: CommitmentEvent = {
      id: `${commitmentId}-e${counter.next++}`,
      date: {
        value: dateAt(day, precision),
        precision,
        uncertain: precision !== 'day' && random.chance(0.5),
      },
      type,
      text: `A step in the history of ${commitmentId} (${type}).`,
      voice:
        type === 'welcomed' || type === 'criticised'
          ? random.pick(OUTSIDE_VOICES)
          : type === 'assessed'
            ? random.pick(ALL_VOICES)
            : 'kazakh-government',
      evidence: evidence(),
    };
    if (type === 'assessed') event.finding = random.pick(FINDINGS);
    if (type === 'reversed') event.extent = random.pick(EXTENTS);
    if (meetings.length > 0 && random.chance(0.2)) event.meeting = random.pick(meetings).id;
    return event;
  });
}
