import type {
  Dialogue,
  EventType,
  Meeting,
  Readout,
  ReversalExtent,
  Side,
  SourceKind,
  Voice,
} from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';

/** Human labels for the schema's enums, one place for every panel; readouts are listed in this order. */
export const READOUT_LABELS: Record<Readout, string> = {
  'us-statement': 'US statement',
  'kazakh-readout': 'Kazakh readout',
  'joint-statement': 'Joint statement',
  'eu-statement': 'EU statement',
};

export const SIDE_LABELS: Record<Side, string> = {
  us: 'United States',
  kz: 'Kazakhstan',
  eu: 'European Union',
};

/** The sides where a line is short (a phone's round card): the well-known abbreviations, else the name. */
export const SIDE_SHORT_LABELS: Record<Side, string> = {
  us: 'US',
  kz: 'Kazakhstan',
  eu: 'EU',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'us-government': 'US government',
  'kazakh-government': 'Kazakh government',
  eu: 'EU',
  'un-or-intergovernmental': 'UN or intergovernmental body',
  media: 'Media',
  'legal-database': 'Legal database',
  ngo: 'NGO',
  other: 'Other',
};

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  announced: 'Announced',
  drafted: 'Draft presented',
  signed: 'Signed, pending ratification',
  adopted: 'Adopted / signed',
  ratified: 'Ratified / acceded',
  'in-force': 'Entered into force',
  amended: 'Amended / replaced',
  related: 'Related step',
  reversed: 'Reversal',
  assessed: 'Practice finding',
  welcomed: 'Welcomed',
  criticised: 'Criticised',
  urged: 'Called for action',
};

/** How far a reversal goes, as it follows "Reversal: ". */
export const REVERSAL_EXTENT_LABELS: Record<ReversalExtent, string> = {
  narrows: 'narrows the reform',
  suspends: 'suspends the reform',
  undoes: 'undoes the reform',
};

/** Whose word an event is, as a reader needs it: who acted, reported or assessed. */
export const VOICE_LABELS: Record<Voice, string> = {
  'kazakh-government': 'Kazakh government',
  'us-government': 'US government',
  eu: 'European Union',
  'un-or-intergovernmental': 'UN or intergovernmental body',
  independent: 'Independent (NGO, media, academic)',
  court: 'Court',
};

/**
 * A meeting's name: "US–Kazakhstan round 3", or "EU–Kazakhstan meeting of 29 November 2017" (date at
 * its precision, "c." when uncertain) when it has no number; an unknown dialogue shows its id.
 */
export function meetingName(meeting: Meeting, dialogueById: ReadonlyMap<string, Dialogue>): string {
  const dialogue = dialogueById.get(meeting.dialogue)?.shortName ?? meeting.dialogue;
  return meeting.round === null
    ? `${dialogue} meeting of ${formatPartialDate(meeting.date.value, meeting.date.uncertain)}`
    : `${dialogue} round ${meeting.round}`;
}

/** Where a meeting was: the city with today's name if it changed, "Online", or "Place unknown". */
export function meetingPlace(meeting: Meeting): string {
  const { city, cityToday, format } = meeting.location;
  if (format === 'online') return 'Online';
  if (!city) return 'Place unknown';
  return cityToday && cityToday !== city ? `${city} (now ${cityToday})` : city;
}
