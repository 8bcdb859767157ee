import type { LoadedDataset } from '@/domain/dataset-index';
import { EVENT_TYPE_LABELS, meetingName, meetingPlace } from '@/domain/labels';
import {
  describeNotConfirmedBriefly,
  meetingStanding,
  type MeetingStanding,
} from '@/domain/meeting-standing';
import type {
  Commitment,
  CommitmentEvent,
  DatePrecision,
  EventType,
  Meeting,
} from '@/domain/schema';
import {
  formatPartialDate,
  partialDateToTime,
  startOfPartialDate,
  yearOf,
  yearAxisTicks,
} from '@/lib/dates';
import { maxOf, minOf } from '@/lib/extent';
import { isolate } from '@/lib/isolate';

/** Event types drawn as reform milestones: acts and reversals, not findings or positions. */
export const MILESTONE_TYPES: readonly EventType[] = [
  'announced',
  'drafted',
  'signed',
  'adopted',
  'ratified',
  'in-force',
  'amended',
  'reversed',
];

export type TimelineLane = { id: string; label: string };

export type TimelinePoint = {
  key: string;
  kind: 'meeting' | 'milestone';
  /** The meeting or commitment the point opens. */
  targetId: string;
  lane: number;
  time: number;
  dateValue: string;
  dateLabel: string;
  precision: DatePrecision;
  title: string;
  detail: string;
  /** A meeting's standing on the reference date (see `meetingStanding`), or a milestone. */
  status: MeetingStanding | 'milestone';
  /** Colour family: the primary dialogue, another dialogue, or a reform milestone. */
  tone: 'primary' | 'secondary' | 'milestone';
};

export type TimelineSeries = {
  lanes: TimelineLane[];
  points: TimelinePoint[];
  /** Time axis bounds in ms (UTC), padded by a few months. */
  domain: [number, number];
  /** 1 January of each year in the domain, in ms (UTC). */
  yearTicks: number[];
  /** Milestones left off because they predate the meetings shown by more than a year. */
  earlierMilestones: number;
};

const MILESTONE_LANE = 'milestones';

function describeStanding(meeting: Meeting, standing: MeetingStanding): string {
  if (standing === 'not-confirmed')
    return `not confirmed — ${describeNotConfirmedBriefly(meeting)}`;
  return standing;
}

function meetingPoint(
  meeting: Meeting,
  lane: number,
  dataset: LoadedDataset,
  referenceDate: string,
): TimelinePoint {
  const standing = meetingStanding(meeting, referenceDate);
  return {
    key: `meeting:${meeting.id}`,
    kind: 'meeting',
    targetId: meeting.id,
    lane,
    time: partialDateToTime(meeting.date.value),
    dateValue: meeting.date.value,
    dateLabel: formatPartialDate(meeting.date.value, meeting.date.uncertain),
    precision: meeting.date.precision,
    title: meetingName(meeting, dataset.index.dialogueById),
    detail: `${meetingPlace(meeting)} · ${describeStanding(meeting, standing)}`,
    status: standing,
    tone: dataset.index.dialogueById.get(meeting.dialogue)?.primary ? 'primary' : 'secondary',
  };
}

function milestonePoint(
  commitment: Commitment,
  event: CommitmentEvent,
  lane: number,
): TimelinePoint {
  return {
    key: `event:${event.id}`,
    kind: 'milestone',
    targetId: commitment.id,
    lane,
    time: partialDateToTime(event.date.value),
    dateValue: event.date.value,
    dateLabel: formatPartialDate(event.date.value, event.date.uncertain),
    precision: event.date.precision,
    title: `${commitment.title}: ${EVENT_TYPE_LABELS[event.type].toLowerCase()}`,
    detail: event.text,
    status: 'milestone',
    tone: 'milestone',
  };
}

/**
 * Milestone points (announced … implemented, amended) of the given commitments, oldest first;
 * with `years` non-empty only events in those years.
 */
export function buildMilestones(
  commitments: readonly Commitment[],
  years: readonly number[],
  lane: number,
): TimelinePoint[] {
  const milestoneTypes = new Set(MILESTONE_TYPES);
  const shownYears = new Set(years);
  const sortable: { point: TimelinePoint; start: string }[] = [];
  for (const commitment of commitments) {
    for (const event of commitment.events) {
      if (!milestoneTypes.has(event.type)) continue;
      if (shownYears.size > 0 && !shownYears.has(yearOf(event.date.value))) continue;
      const start = startOfPartialDate(event.date.value);
      sortable.push({ point: milestonePoint(commitment, event, lane), start });
    }
  }
  // The order of comparePartialDates, with each date's first day worked out once rather than per
  // comparison.
  sortable.sort(
    (a, b) =>
      (a.start === b.start ? 0 : a.start < b.start ? -1 : 1) ||
      a.point.dateValue.length - b.point.dateValue.length,
  );
  return sortable.map((entry) => entry.point);
}

function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

/**
 * Lanes and points for the timeline: one lane per dialogue with meetings shown (primary first),
 * then a lane of reform milestones. Milestones more than a year before the first meeting shown are
 * left off the axis (so the meetings are not squeezed) and counted in `earlierMilestones`. Each
 * meeting's status is its standing on `referenceDate` (`YYYY-MM-DD`: the "View as of" date or today).
 */
export function buildTimelineSeries(
  dataset: LoadedDataset,
  meetings: readonly Meeting[],
  commitments: readonly Commitment[],
  years: readonly number[],
  referenceDate: string,
): TimelineSeries {
  const shownDialogues = new Set(meetings.map((meeting) => meeting.dialogue));
  const dialogues = dataset.dialogues
    .filter((dialogue) => shownDialogues.has(dialogue.id))
    .toSorted((a, b) => Number(b.primary) - Number(a.primary));
  const lanes: TimelineLane[] = dialogues.map((dialogue) => ({
    id: dialogue.id,
    label: `${dialogue.shortName} meetings`,
  }));
  const laneOf = new Map(dialogues.map((dialogue, index) => [dialogue.id, index]));
  const meetingPoints = meetings.map((meeting) =>
    meetingPoint(meeting, laneOf.get(meeting.dialogue) ?? 0, dataset, referenceDate),
  );
  const firstMeetingYear =
    meetings.length > 0 ? minOf(meetings, (meeting) => yearOf(meeting.date.value)) : -Infinity;
  const allMilestones = buildMilestones(commitments, years, lanes.length);
  const milestones = allMilestones.filter(
    (point) => !(yearOf(point.dateValue) < firstMeetingYear - 1),
  );
  if (milestones.length > 0) lanes.push({ id: MILESTONE_LANE, label: 'Reform milestones' });
  const points = [...meetingPoints, ...milestones];
  const toTime = (point: TimelinePoint) => point.time;
  const first = points.length > 0 ? new Date(minOf(points, toTime)).getUTCFullYear() : 2022;
  const last = points.length > 0 ? new Date(maxOf(points, toTime)).getUTCFullYear() : 2022;
  const yearTicks = yearAxisTicks(first, last);
  return {
    lanes,
    points,
    domain: [yearStart(first), yearStart(last + 1)],
    yearTicks,
    earlierMilestones: allMilestones.length - milestones.length,
  };
}

type LaneCounts = { all: number; planned: number; notConfirmed: number };

/** " (1 planned, 1 not confirmed)", or "" when every meeting of the lane was held. */
function describeNotHeld({ planned, notConfirmed }: LaneCounts): string {
  const parts = [
    planned > 0 ? `${planned} planned` : '',
    notConfirmed > 0 ? `${notConfirmed} not confirmed` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** One sentence on what the timeline shows, for its caption and screen readers. */
export function summarizeTimeline(series: TimelineSeries): string {
  if (series.points.length === 0) return 'No meetings or reform milestones match the filters.';
  // Meetings, planned and not confirmed ones per lane, and milestones, counted in one pass.
  const meetingsIn = new Map<number, LaneCounts>();
  let milestones = 0;
  for (const point of series.points) {
    if (point.kind === 'milestone') milestones += 1;
    if (point.kind !== 'meeting') continue;
    const counts = meetingsIn.get(point.lane) ?? { all: 0, planned: 0, notConfirmed: 0 };
    counts.all += 1;
    if (point.status === 'planned') counts.planned += 1;
    if (point.status === 'not-confirmed') counts.notConfirmed += 1;
    meetingsIn.set(point.lane, counts);
  }
  const parts = series.lanes
    .filter((lane) => lane.id !== MILESTONE_LANE)
    .map((lane, index) => {
      const counts = meetingsIn.get(index) ?? { all: 0, planned: 0, notConfirmed: 0 };
      const { all } = counts;
      return `${all} ${isolate(lane.label.replace(/ meetings$/, ''))} meeting${all === 1 ? '' : 's'}${describeNotHeld(counts)}`;
    });
  if (milestones > 0) parts.push(`${milestones} reform milestone${milestones === 1 ? '' : 's'}`);
  const yearOfPoint = (point: TimelinePoint) => yearOf(point.dateValue);
  const span = `${minOf(series.points, yearOfPoint)}–${maxOf(series.points, yearOfPoint)}`;
  const earlier =
    series.earlierMilestones > 0
      ? ` ${series.earlierMilestones} earlier milestone${series.earlierMilestones === 1 ? ' is' : 's are'} listed with the reform commitments.`
      : '';
  return `${parts.join(', ')}, ${span}.${earlier}`;
}
