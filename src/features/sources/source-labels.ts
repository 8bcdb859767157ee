import type { LoadedDataset } from '@/data/dataset-index';
import type { EventType, Meeting, Readout, Source } from '@/data/schema';
import { formatPartialDate } from '@/lib/dates';

export const SOURCE_KIND_LABEL = {
  'us-government': 'US government',
  'kazakh-government': 'Kazakh government',
  eu: 'EU',
  media: 'Media',
  'legal-database': 'Legal database',
  ngo: 'NGO',
  other: 'Other',
} as const satisfies Record<Source['kind'], string>;

export const READOUT_LABEL = {
  'us-statement': 'US statement',
  'kazakh-readout': 'Kazakh readout',
  'joint-statement': 'joint statement',
  'eu-statement': 'EU statement',
} as const satisfies Record<Readout, string>;

export const EVENT_LABEL = {
  announced: 'Announced',
  drafted: 'Drafted',
  adopted: 'Adopted',
  'in-force': 'In force',
  implemented: 'Implemented',
  amended: 'Amended',
  welcomed: 'Welcomed',
  criticised: 'Criticised',
} as const satisfies Record<EventType, string>;

/** "US–Kazakhstan round 3", or "EU–Kazakhstan meeting of 29 November 2017" when it has no number. */
export function meetingLabel(dataset: LoadedDataset, meeting: Meeting): string {
  const dialogue = dataset.index.dialogueById.get(meeting.dialogue)?.shortName ?? meeting.dialogue;
  return meeting.round === null
    ? `${dialogue} meeting of ${formatPartialDate(meeting.date.value, meeting.date.uncertain)}`
    : `${dialogue} round ${meeting.round}`;
}

/** "20 May 2024", "May 2024 (uncertain)", or "date not shown" when the source shows no date. */
export function describePublished(published: Source['published']): string {
  if (published === null) return 'date not shown';
  const words = formatPartialDate(published.value);
  return published.uncertain ? `${words} (uncertain)` : words;
}

/** The English name of a language tag ("ru" → "Russian"), or the tag itself when none is known. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
