import { practiceLabel } from '@/domain/commitment-practice';
import type { LoadedDataset } from '@/domain/dataset-index';
import {
  EVENT_TYPE_LABELS,
  READOUT_LABELS,
  REVERSAL_EXTENT_LABELS,
  SOURCE_KIND_LABELS,
  VOICE_LABELS,
  meetingName,
  meetingPlace,
} from '@/domain/labels';
import type {
  Commitment,
  CommitmentEvent,
  Contact,
  DatePrecision,
  Evidence,
  EventType,
  Meeting,
  Review,
  ReviewSeries,
} from '@/domain/schema';
import type { DetailTarget } from '@/view/detail';
import { isolate } from '@/lib/isolate';

/** What kind of development an item is; the feed names it in each entry's category. */
export type DevelopmentCategory =
  | 'act'
  | 'step'
  | 'reversal'
  | 'finding'
  | 'position'
  | 'meeting-held'
  | 'meeting-agreed'
  | 'review'
  | 'contact';

/** One dated development of any kind, labelled for a list or a feed entry. */
export type Development = {
  /** Unique and stable for the same record: `event:<id>`, `meeting:<id>`, `review:<id>`… */
  key: string;
  category: DevelopmentCategory;
  date: { value: string; precision: DatePrecision; uncertain: boolean };
  /** A short label: "Reversal: narrows the reform", "Meeting held", "Review". */
  kindLabel: string;
  /** The record's title: the commitment, the meeting's name, the review's edition… */
  title: string;
  /** The detail the title opens, or null when the app has none for this kind of record. */
  detail: DetailTarget | null;
  /** What happened, in the dataset's own words. */
  text: string;
  /** Whose word it is, in words. */
  voiceLabel: string;
  /** The one quote shown with it (the record's first). */
  evidence: Evidence;
};

const EVENT_CATEGORIES: Record<EventType, DevelopmentCategory> = {
  announced: 'act',
  drafted: 'act',
  signed: 'act',
  adopted: 'act',
  ratified: 'act',
  'in-force': 'act',
  amended: 'step',
  related: 'step',
  reversed: 'reversal',
  assessed: 'finding',
  welcomed: 'position',
  criticised: 'position',
  urged: 'position',
};

const CONTACT_KIND_LABELS: Record<Contact['kind'], string> = {
  summit: 'summit',
  'cooperation-council': 'cooperation council',
  'strategic-dialogue': 'strategic dialogue',
  visit: 'visit',
  other: 'other',
};

function eventKindLabel(event: CommitmentEvent): string {
  if (event.type === 'assessed' && event.finding)
    return `Practice finding: ${practiceLabel(event.finding)}`;
  if (event.type === 'reversed' && event.extent)
    return `Reversal: ${REVERSAL_EXTENT_LABELS[event.extent]}`;
  return EVENT_TYPE_LABELS[event.type];
}

/** Whose word a quote is when the record has no voice of its own: the readout, or the source's kind. */
function sourceVoice(evidence: Evidence, dataset: LoadedDataset): string {
  const source = dataset.index.sourceById.get(evidence.source);
  if (!source) return 'Unknown source';
  return source.readout ? READOUT_LABELS[source.readout] : SOURCE_KIND_LABELS[source.kind];
}

/** A commitment event as a development: the commitment's title, the act or finding, its voice. */
export function eventDevelopment(commitment: Commitment, event: CommitmentEvent): Development[] {
  const [first] = event.evidence;
  if (!first) return [];
  return [
    {
      key: `event:${event.id}`,
      category: EVENT_CATEGORIES[event.type],
      date: event.date,
      kindLabel: eventKindLabel(event),
      title: commitment.title,
      detail: { kind: 'commitment', id: commitment.id },
      text: event.text,
      voiceLabel: VOICE_LABELS[event.voice],
      evidence: first,
    },
  ];
}

/** A held meeting as a development, dated and quoted by the evidence of its date. */
export function meetingDevelopment(meeting: Meeting, dataset: LoadedDataset): Development[] {
  const [first] = meeting.date.evidence;
  if (!first || meeting.status !== 'held') return [];
  const { value, precision, uncertain } = meeting.date;
  return [
    {
      key: `meeting:${meeting.id}`,
      category: 'meeting-held',
      date: { value, precision, uncertain },
      kindLabel: 'Meeting held',
      title: meetingName(meeting, dataset.index.dialogueById),
      detail: { kind: 'meeting', id: meeting.id },
      text: `${isolate(meetingPlace(meeting))}. ${isolate(meeting.summary)}`,
      voiceLabel: sourceVoice(first, dataset),
      evidence: first,
    },
  ];
}

/**
 * The next meetings a held meeting agreed, each dated on the day of that meeting: a plan has no
 * date of its own, so a planned meeting enters the list only through the agreement that set it.
 */
export function agreementDevelopments(meeting: Meeting, dataset: LoadedDataset): Development[] {
  if (meeting.status !== 'held') return [];
  const { value, precision, uncertain } = meeting.date;
  return meeting.outcomes.flatMap((outcome): Development[] => {
    const agreed = outcome.meeting ? dataset.index.meetingById.get(outcome.meeting) : undefined;
    const [first] = outcome.evidence;
    if (outcome.kind !== 'next-meeting-agreed' || !agreed || !first) return [];
    return [
      {
        key: `agreement:${meeting.id}:${agreed.id}`,
        category: 'meeting-agreed',
        date: { value, precision, uncertain },
        kindLabel: 'Next meeting agreed',
        title: meetingName(agreed, dataset.index.dialogueById),
        detail: { kind: 'meeting', id: agreed.id },
        text: `At ${isolate(meetingName(meeting, dataset.index.dialogueById))}: ${isolate(outcome.text)}`,
        voiceLabel: sourceVoice(first, dataset),
        evidence: first,
      },
    ];
  });
}

/** A review's edition as a development: its value in words, its series, and the series' voice. */
export function reviewDevelopment(review: Review, series: ReviewSeries): Development[] {
  const [first] = review.evidence;
  if (!first) return [];
  const { value, precision, uncertain } = review.date;
  const covers = review.covers ? `; covers ${isolate(review.covers)}` : '';
  return [
    {
      key: `review:${review.id}`,
      category: 'review',
      date: { value, precision, uncertain },
      kindLabel: 'Review',
      title: review.edition,
      detail: { kind: 'review', id: review.id },
      text: `${isolate(review.label)} (${isolate(series.name)}, ${isolate(series.publisher)}${covers})`,
      voiceLabel: VOICE_LABELS[series.voice],
      evidence: first,
    },
  ];
}

/** A high-level contact as a development, dated and quoted by the evidence of its date. */
export function contactDevelopment(contact: Contact, dataset: LoadedDataset): Development[] {
  const [first] = contact.date.evidence;
  if (!first) return [];
  const { value, precision, uncertain } = contact.date;
  return [
    {
      key: `contact:${contact.id}`,
      category: 'contact',
      date: { value, precision, uncertain },
      kindLabel: `High-level contact: ${CONTACT_KIND_LABELS[contact.kind]}`,
      title: contact.name,
      detail: { kind: 'contact', id: contact.id },
      text: contact.summary,
      voiceLabel: sourceVoice(first, dataset),
      evidence: first,
    },
  ];
}
