import type { LoadedDataset } from '@/data/dataset-index';
import { EVENT_TYPE_LABELS, meetingName, meetingPlace } from '@/data/labels';
import type { Commitment, DatePrecision, EventType, Meeting } from '@/data/schema';
import { comparePartialDates, formatPartialDate, partialDateToTime, yearOf } from '@/lib/dates';

/** Event types drawn as reform milestones; assessments (welcomed, criticised) are not milestones. */
export const MILESTONE_TYPES: readonly EventType[] = [
  'announced',
  'drafted',
  'adopted',
  'in-force',
  'implemented',
  'amended',
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
  status: 'held' | 'planned' | 'milestone';
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

function meetingPoint(meeting: Meeting, lane: number, dataset: LoadedDataset): TimelinePoint {
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
    detail: `${meetingPlace(meeting)} · ${meeting.status === 'held' ? 'held' : 'planned'}`,
    status: meeting.status,
    tone: dataset.index.dialogueById.get(meeting.dialogue)?.primary ? 'primary' : 'secondary',
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
  return commitments
    .flatMap((commitment) =>
      commitment.events
        .filter((event) => MILESTONE_TYPES.includes(event.type))
        .filter((event) => years.length === 0 || years.includes(yearOf(event.date.value)))
        .map((event) => ({
          key: `event:${event.id}`,
          kind: 'milestone' as const,
          targetId: commitment.id,
          lane,
          time: partialDateToTime(event.date.value),
          dateValue: event.date.value,
          dateLabel: formatPartialDate(event.date.value, event.date.uncertain),
          precision: event.date.precision,
          title: `${commitment.title}: ${EVENT_TYPE_LABELS[event.type].toLowerCase()}`,
          detail: event.text,
          status: 'milestone' as const,
          tone: 'milestone' as const,
        })),
    )
    .toSorted((a, b) => comparePartialDates(a.dateValue, b.dateValue));
}

function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

/**
 * Lanes and points for the timeline: one lane per dialogue with meetings shown (primary first),
 * then a lane of reform milestones. Milestones more than a year before the first meeting shown are
 * left off the axis (so the meetings are not squeezed) and counted in `earlierMilestones`.
 */
export function buildTimelineSeries(
  dataset: LoadedDataset,
  meetings: readonly Meeting[],
  commitments: readonly Commitment[],
  years: readonly number[],
): TimelineSeries {
  const dialogues = dataset.dialogues
    .filter((dialogue) => meetings.some((meeting) => meeting.dialogue === dialogue.id))
    .toSorted((a, b) => Number(b.primary) - Number(a.primary));
  const lanes: TimelineLane[] = dialogues.map((dialogue) => ({
    id: dialogue.id,
    label: `${dialogue.shortName} meetings`,
  }));
  const laneOf = new Map(dialogues.map((dialogue, index) => [dialogue.id, index]));
  const meetingPoints = meetings.map((meeting) =>
    meetingPoint(meeting, laneOf.get(meeting.dialogue) ?? 0, dataset),
  );
  const firstMeetingYear =
    meetings.length > 0
      ? Math.min(...meetings.map((meeting) => yearOf(meeting.date.value)))
      : -Infinity;
  const allMilestones = buildMilestones(commitments, years, lanes.length);
  const milestones = allMilestones.filter(
    (point) => !(yearOf(point.dateValue) < firstMeetingYear - 1),
  );
  if (milestones.length > 0) lanes.push({ id: MILESTONE_LANE, label: 'Reform milestones' });
  const points = [...meetingPoints, ...milestones];
  const times = points.map((point) => point.time);
  const first = times.length > 0 ? new Date(Math.min(...times)).getUTCFullYear() : 2022;
  const last = times.length > 0 ? new Date(Math.max(...times)).getUTCFullYear() : 2022;
  const yearTicks = Array.from({ length: last - first + 2 }, (_, i) => yearStart(first + i));
  return {
    lanes,
    points,
    domain: [yearStart(first), yearStart(last + 1)],
    yearTicks,
    earlierMilestones: allMilestones.length - milestones.length,
  };
}

/** One sentence on what the timeline shows, for its caption and screen readers. */
export function summarizeTimeline(series: TimelineSeries): string {
  if (series.points.length === 0) return 'No meetings or reform milestones match the filters.';
  const parts = series.lanes
    .filter((lane) => lane.id !== MILESTONE_LANE)
    .map((lane, index) => {
      const own = series.points.filter((point) => point.kind === 'meeting' && point.lane === index);
      const planned = own.filter((point) => point.status === 'planned').length;
      return `${own.length} ${lane.label.replace(/ meetings$/, '')} meeting${own.length === 1 ? '' : 's'}${planned > 0 ? ` (${planned} planned)` : ''}`;
    });
  const milestones = series.points.filter((point) => point.kind === 'milestone').length;
  if (milestones > 0) parts.push(`${milestones} reform milestone${milestones === 1 ? '' : 's'}`);
  const years = series.points.map((point) => yearOf(point.dateValue));
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  const earlier =
    series.earlierMilestones > 0
      ? ` ${series.earlierMilestones} earlier milestone${series.earlierMilestones === 1 ? ' is' : 's are'} listed with the reform commitments.`
      : '';
  return `${parts.join(', ')}, ${span}.${earlier}`;
}
