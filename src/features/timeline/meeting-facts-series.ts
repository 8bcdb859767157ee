import { agreedNextOf, type AgreedNext } from '@/domain/agreed-next';
import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName, meetingPlace, SIDE_LABELS } from '@/domain/labels';
import {
  describeNotConfirmedBriefly,
  findMeetingAgreement,
  meetingStanding,
  type MeetingStanding,
} from '@/domain/meeting-standing';
import { raisedTopics } from '@/domain/raised-topics';
import type { Evidence, Meeting } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';

/** The parts of the meeting detail that quote each fact, which a key fact's quotes link to. */
export type MeetingSection = 'date' | 'place' | 'co-chairs' | 'outcomes' | 'topics';

type FactBase = {
  term: string;
  /** How many quotes back this fact further down (0: nothing to link to). */
  quotes: number;
  /** Where those quotes are. */
  section: MeetingSection;
};

export type WhenFact = FactBase & {
  kind: 'when';
  /** "20 May 2024", "c. 2024", "2025": at the date's precision. */
  date: string;
  /** "year known only" for a date less precise than a day. */
  precisionNote: string | null;
  uncertain: boolean;
  standing: MeetingStanding;
  /** "agreed for 2025, no record found" when not confirmed. */
  standingNote: string | null;
};

export type WhereFact = FactBase & {
  kind: 'where';
  /** "Astana", "Nur-Sultan (now Astana)", "Online" or "Place unknown". */
  place: string;
  country: string | null;
  formatNote: string | null;
};

export type CoChairFact = { personId: string; name: string; title: string; side: string };

export type WhoLedFact = FactBase & { kind: 'who-led'; coChairs: CoChairFact[] };

export type AgreedFact = FactBase & {
  kind: 'agreed';
  next: AgreedNext[];
  /** For a meeting not (yet) held: the earlier meeting that agreed to hold it, and what it said. */
  agreedAt: { id: string; label: string; date: string; text: string } | null;
  /** Outcomes other than a next-meeting agreement (statements, follow-ups), listed with the quotes. */
  otherOutcomes: number;
};

export type TopicsFact = FactBase & {
  kind: 'topics';
  topics: { topicId: string; label: string }[];
};

export type MeetingFact = WhenFact | WhereFact | WhoLedFact | AgreedFact | TopicsFact;

const countQuotes = (items: readonly { evidence: readonly Evidence[] }[]) =>
  items.reduce((sum, item) => sum + item.evidence.length, 0);

function whenFact(meeting: Meeting, referenceDate: string): WhenFact {
  const { value, precision, uncertain, evidence } = meeting.date;
  const standing = meetingStanding(meeting, referenceDate);
  return {
    kind: 'when',
    term: 'When',
    quotes: evidence.length,
    section: 'date',
    date: formatPartialDate(value, uncertain),
    precisionNote: precision === 'day' ? null : `${precision} known only`,
    uncertain,
    standing,
    standingNote: standing === 'not-confirmed' ? describeNotConfirmedBriefly(meeting) : null,
  };
}

function whereFact(meeting: Meeting): WhereFact {
  const { country, format, evidence } = meeting.location;
  return {
    kind: 'where',
    term: 'Where',
    quotes: evidence.length,
    section: 'place',
    place: meetingPlace(meeting),
    country: country ?? null,
    formatNote: format === 'unknown' ? 'format not stated' : null,
  };
}

function whoLedFact(dataset: LoadedDataset, meeting: Meeting): WhoLedFact {
  return {
    kind: 'who-led',
    term: 'Who led',
    quotes: countQuotes(meeting.coChairs),
    section: 'co-chairs',
    coChairs: meeting.coChairs.map((chair) => ({
      personId: chair.person,
      name: dataset.index.personById.get(chair.person)?.name ?? chair.person,
      title: chair.title,
      side: SIDE_LABELS[chair.side],
    })),
  };
}

function agreedFact(dataset: LoadedDataset, meeting: Meeting, referenceDate: string): AgreedFact {
  const next = agreedNextOf(dataset, meeting, referenceDate);
  const agreement =
    meeting.status === 'held' ? null : findMeetingAgreement(dataset.meetings, meeting.id);
  const agreedAt = agreement && {
    id: agreement.agreedAt.id,
    label: meetingName(agreement.agreedAt, dataset.index.dialogueById),
    date: formatPartialDate(agreement.agreedAt.date.value, agreement.agreedAt.date.uncertain),
    text: agreement.outcome.text,
  };
  const hasOutcomes = meeting.outcomes.length > 0;
  return {
    kind: 'agreed',
    term: 'Agreed',
    // A meeting with no outcomes of its own is quoted through the agreement, beside its date.
    quotes: hasOutcomes ? countQuotes(meeting.outcomes) : (agreement?.outcome.evidence.length ?? 0),
    section: hasOutcomes || !agreement ? 'outcomes' : 'date',
    next,
    agreedAt,
    otherOutcomes: meeting.outcomes.length - next.length,
  };
}

function topicsFact(dataset: LoadedDataset, meeting: Meeting): TopicsFact {
  const topics = [...raisedTopics(dataset, meeting).values()];
  return {
    kind: 'topics',
    term: 'Topics',
    quotes: countQuotes(topics),
    section: 'topics',
    topics: topics.map(({ topicId, label }) => ({ topicId, label })),
  };
}

/**
 * The answers a meeting detail opens with, in this order: when (date and standing on
 * `referenceDate`, `YYYY-MM-DD`), where, who led (co-chairs in record order), what was agreed (the
 * next meeting, or for a meeting not held the agreement to hold it) and the topics raised (merged
 * across readouts, by label). Each fact says how many quotes back it and in which section; a fact
 * the record lacks is still listed, empty, so the reader sees it is unknown.
 */
export function buildMeetingFacts(
  dataset: LoadedDataset,
  meeting: Meeting,
  referenceDate: string,
): MeetingFact[] {
  return [
    whenFact(meeting, referenceDate),
    whereFact(meeting),
    whoLedFact(dataset, meeting),
    agreedFact(dataset, meeting, referenceDate),
    topicsFact(dataset, meeting),
  ];
}
