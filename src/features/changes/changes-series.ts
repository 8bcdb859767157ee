import { nextMeetingAgreements } from '@/domain/agreed-next';
import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName, READOUT_LABELS } from '@/domain/labels';
import {
  describeNotConfirmedBriefly,
  meetingStanding,
  type MeetingStanding,
} from '@/domain/meeting-standing';
import type { Evidence, Meeting, Readout } from '@/domain/schema';
import { compareText } from '@/lib/compare-text';
import { comparePartialDates } from '@/lib/dates';
import {
  changeWindow,
  eventsBetween,
  statusChangesBetween,
  type ChangeEvent,
  type ChangeWindow,
  type StatusChange,
} from '@/features/changes/changes-window';
import { isolate } from '@/lib/isolate';

/** A topic as one meeting raised it: every readout that raised it and all their quotes. */
export type TopicChange = {
  topicId: string;
  label: string;
  raisedIn: Readout[];
  evidence: Evidence[];
};

/** A topic raised at both rounds: this meeting's quotes plus the previous meeting's. */
export type TopicKept = TopicChange & { previousRaisedIn: Readout[]; previousEvidence: Evidence[] };

/**
 * Why topics are not compared: there is no previous round, this meeting is only planned (or its
 * agreed period has passed with no record of it: `not-confirmed`), or no source lists the topics
 * of this (`unlisted-here`) or the previous (`unlisted-previous`) meeting.
 */
export type TopicGap =
  'no-previous' | 'planned' | 'not-confirmed' | 'unlisted-here' | 'unlisted-previous';

export type AgreedNext = {
  text: string;
  /**
   * The agreed meeting when the outcome names one that is in the dataset, with its standing on the
   * reference date and, when not confirmed, "agreed for 2025, no record found".
   */
  meeting: {
    id: string;
    label: string;
    standing: MeetingStanding;
    standingNote: string | null;
  } | null;
  evidence: Evidence[];
};

export type MeetingChanges = {
  meeting: Meeting;
  meetingLabel: string;
  previous: Meeting | null;
  previousLabel: string | null;
  window: ChangeWindow | null;
  topicGap: TopicGap | null;
  /** The readouts each meeting's topics come from; differing texts make the comparison rougher. */
  readouts: { meeting: Readout[]; previous: Readout[] };
  topicsAdded: TopicChange[];
  topicsDropped: TopicChange[];
  topicsKept: TopicKept[];
  events: ChangeEvent[];
  statusChanges: StatusChange[];
  agreedNext: AgreedNext[];
};

const READOUT_ORDER = Object.keys(READOUT_LABELS) as Readout[];

/**
 * The latest held meeting of the same dialogue dated strictly earlier than the given one (by
 * `comparePartialDates`), or null for the first round, an unknown id or when none is held.
 */
export function previousMeeting(dataset: LoadedDataset, meetingId: string): Meeting | null {
  const meeting = dataset.index.meetingById.get(meetingId);
  if (!meeting) return null;
  const earlier = dataset.meetings
    .filter(
      (other) =>
        other.id !== meeting.id &&
        other.dialogue === meeting.dialogue &&
        other.status === 'held' &&
        comparePartialDates(other.date.value, meeting.date.value) < 0,
    )
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value));
  return earlier.at(-1) ?? null;
}

/** A meeting's topics merged by topic id (all readouts and quotes), sorted by label. */
export function topicsOf(dataset: LoadedDataset, meeting: Meeting): Map<string, TopicChange> {
  const byTopic = new Map<string, TopicChange>();
  for (const raised of meeting.topics) {
    const entry = byTopic.get(raised.topic) ?? {
      topicId: raised.topic,
      label: dataset.index.topicById.get(raised.topic)?.label ?? raised.topic,
      raisedIn: [],
      evidence: [],
    };
    if (!entry.raisedIn.includes(raised.raisedIn)) entry.raisedIn.push(raised.raisedIn);
    entry.evidence.push(...raised.evidence);
    byTopic.set(raised.topic, entry);
  }
  const entries = [...byTopic.values()];
  const sorted = entries.toSorted((a, b) => compareText(a.label, b.label));
  return new Map(sorted.map((entry) => [entry.topicId, entry]));
}

function readoutsOf(meeting: Meeting): Readout[] {
  return READOUT_ORDER.filter((readout) => meeting.topics.some((t) => t.raisedIn === readout));
}

function topicGapOf(
  meeting: Meeting,
  previous: Meeting | null,
  referenceDate: string,
): TopicGap | null {
  if (!previous) return 'no-previous';
  const standing = meetingStanding(meeting, referenceDate);
  if (standing !== 'held') return standing;
  if (meeting.topics.length === 0) return 'unlisted-here';
  if (previous.topics.length === 0) return 'unlisted-previous';
  return null;
}

function agreedMeeting(
  dataset: LoadedDataset,
  agreed: Meeting,
  referenceDate: string,
): NonNullable<AgreedNext['meeting']> {
  const standing = meetingStanding(agreed, referenceDate);
  return {
    id: agreed.id,
    label: meetingName(agreed, dataset.index.dialogueById),
    standing,
    standingNote: standing === 'not-confirmed' ? describeNotConfirmedBriefly(agreed) : null,
  };
}

function agreedNextOf(
  dataset: LoadedDataset,
  meeting: Meeting,
  referenceDate: string,
): AgreedNext[] {
  return nextMeetingAgreements(meeting, dataset.index.meetingById).map(({ outcome, agreed }) => ({
    text: outcome.text,
    meeting: agreed ? agreedMeeting(dataset, agreed, referenceDate) : null,
    evidence: outcome.evidence,
  }));
}

/**
 * What changed at a meeting since the previous held round of its dialogue: topics added, dropped
 * and kept, commitment events and status changes between the rounds, and what it agreed for the
 * next round (with that meeting's standing on `referenceDate`, `YYYY-MM-DD`). Without a previous
 * round the comparisons are empty; unknown id → null.
 */
export function describeChanges(
  dataset: LoadedDataset,
  meetingId: string,
  referenceDate: string,
): MeetingChanges | null {
  const meeting = dataset.index.meetingById.get(meetingId);
  if (!meeting) return null;
  const previous = previousMeeting(dataset, meetingId);
  const topicGap = topicGapOf(meeting, previous, referenceDate);
  const here = topicGap === null ? topicsOf(dataset, meeting) : new Map<string, TopicChange>();
  const before =
    topicGap === null && previous ? topicsOf(dataset, previous) : new Map<string, TopicChange>();
  const topicsKept = [...here.values()].flatMap((topic) => {
    const earlier = before.get(topic.topicId);
    return earlier
      ? [{ ...topic, previousRaisedIn: earlier.raisedIn, previousEvidence: earlier.evidence }]
      : [];
  });
  return {
    meeting,
    meetingLabel: meetingName(meeting, dataset.index.dialogueById),
    previous,
    previousLabel: previous ? meetingName(previous, dataset.index.dialogueById) : null,
    window: previous ? changeWindow(previous, meeting) : null,
    topicGap,
    readouts: { meeting: readoutsOf(meeting), previous: previous ? readoutsOf(previous) : [] },
    topicsAdded: [...here.values()].filter((topic) => !before.has(topic.topicId)),
    topicsDropped: [...before.values()].filter((topic) => !here.has(topic.topicId)),
    topicsKept,
    events: previous ? eventsBetween(dataset, previous, meeting) : [],
    statusChanges: previous ? statusChangesBetween(dataset, previous, meeting) : [],
    agreedNext: agreedNextOf(dataset, meeting, referenceDate),
  };
}

/** True when both meetings list topics but from different sets of readouts (e.g. joint vs US). */
export function readoutsDiffer(changes: MeetingChanges): boolean {
  const { meeting, previous } = changes.readouts;
  if (changes.topicGap !== null) return false;
  return meeting.join() !== previous.join();
}

function count(n: number, singular: string, plural: string): string {
  return `${n === 0 ? 'no' : n} ${n === 1 ? singular : plural}`;
}

/** Why topics are not compared, as a sentence fragment ("it is planned…"), or null when they are. */
export function describeTopicGap(changes: MeetingChanges): string | null {
  switch (changes.topicGap) {
    case null:
      return null;
    case 'no-previous':
      return 'there is no previous round to compare with';
    case 'planned':
      return 'it is planned, so no topics are recorded for it yet';
    case 'not-confirmed':
      return 'it is not confirmed to have taken place, so no topics are recorded for it';
    case 'unlisted-here':
      return 'no source read for it lists its topics';
    case 'unlisted-previous':
      return `no source read for ${changes.previousLabel === null ? 'the previous round' : isolate(changes.previousLabel)} lists its topics`;
  }
}

/** One plain sentence: the topic counts (or why they are missing), events and status changes. */
export function summarizeChanges(changes: MeetingChanges): string {
  const { meetingLabel, previousLabel, topicsAdded, topicsDropped, topicsKept } = changes;
  if (previousLabel === null)
    return `${isolate(meetingLabel)} is the first recorded meeting of its dialogue, so there is no previous round to compare it with.`;
  const topics =
    changes.topicGap === null
      ? `added ${topicsAdded.length} topic${topicsAdded.length === 1 ? '' : 's'}, dropped ${topicsDropped.length} and raised ${topicsKept.length} again`
      : `cannot be compared on topics (${describeTopicGap(changes) ?? ''})`;
  const events = `${count(changes.events.length, 'commitment event is', 'commitment events are')} dated between the rounds`;
  const statuses = `${count(changes.statusChanges.length, 'commitment status', 'commitment statuses')} changed`;
  return `Compared with ${isolate(previousLabel)}, ${isolate(meetingLabel)} ${topics}; ${events} and ${statuses}.`;
}
