import { z } from 'zod';
import {
  DatedFact,
  DatePrecision,
  EvidenceList,
  HttpUrl,
  Id,
  limitedList,
  LineText,
  lineString,
  NonEmptyText,
  PartialIsoDate,
  Side,
} from '@/domain/schema-base';
import { DATASET_LIMITS } from '@/domain/dataset-limits';
import { Commitment } from '@/domain/commitment-schema';
import { Contact, Review, ReviewSeries } from '@/domain/review-schema';

export {
  DatedFact,
  DatePrecision,
  Evidence,
  HttpUrl,
  Id,
  PartialIsoDate,
  Side,
  Voice,
} from '@/domain/schema-base';
export {
  Commitment,
  CommitmentEvent,
  CommitmentKind,
  EventType,
  PracticeFinding,
  ReversalExtent,
} from '@/domain/commitment-schema';
export { Contact, Review, ReviewSeries } from '@/domain/review-schema';

export const SCHEMA_VERSION = 2;

const COLLECTION_LIMIT = DATASET_LIMITS.collection;

/** Which side's text a topic or statement comes from. */
export const Readout = z.enum([
  'us-statement',
  'kazakh-readout',
  'joint-statement',
  'eu-statement',
]);

export const SourceKind = z.enum([
  'us-government',
  'kazakh-government',
  'eu',
  'un-or-intergovernmental',
  'media',
  'legal-database',
  'ngo',
  'other',
]);

export const Source = z.strictObject({
  id: Id,
  title: LineText,
  publisher: LineText,
  url: HttpUrl,
  /** Publication date, or null when no source shows it. */
  published: z
    .strictObject({ value: PartialIsoDate, precision: DatePrecision, uncertain: z.boolean() })
    .nullable(),
  /** BCP 47 language tag of the text, e.g. `en`, `ru`, `kk`, `ar`, `it`. */
  language: lineString().regex(
    /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/,
    'must be a language tag such as en',
  ),
  kind: SourceKind,
  /** When the source carries (or reposts) one side's readout of a meeting. */
  readout: Readout.optional(),
  /** How much of the text was read, and caveats (repost, display dates, cut-off excerpts). */
  note: NonEmptyText.optional(),
});

export const Topic = z.strictObject({
  id: Id,
  label: LineText,
  definition: NonEmptyText,
  group: z.enum(['rule-of-law', 'civil-political', 'protection', 'governance', 'cooperation']),
});

export const PersonRole = z.strictObject({
  title: LineText,
  side: Side,
  /** The date on which a source shows this title (not a term of office). */
  observed: z.strictObject({ value: PartialIsoDate, precision: DatePrecision }),
  evidence: EvidenceList,
});

export const Person = z.strictObject({
  id: Id,
  name: LineText,
  /** Other spellings and transliterations found in sources, including misspellings. */
  aliases: limitedList(LineText),
  roles: limitedList(PersonRole).min(1, 'a person needs at least one evidenced role'),
});

export const Dialogue = z.strictObject({
  id: Id,
  name: LineText,
  shortName: LineText,
  parties: limitedList(Side).min(2),
  primary: z.boolean(),
  description: NonEmptyText,
  /** How the dialogue began, when a source says so. */
  origin: z.strictObject({ text: NonEmptyText, evidence: EvidenceList }).optional(),
});

export const MeetingStatus = z.enum(['held', 'planned']);

export const CoChair = z.strictObject({
  person: Id,
  side: Side,
  /** The title as the cited source gives it at the time of the meeting. */
  title: LineText,
  evidence: EvidenceList,
});

export const RaisedTopic = z.strictObject({
  topic: Id,
  raisedIn: Readout,
  evidence: EvidenceList,
});

export const Outcome = z.strictObject({
  kind: z.enum(['joint-statement', 'statement', 'next-meeting-agreed', 'other']),
  text: NonEmptyText,
  /** For `next-meeting-agreed`: the meeting it refers to. */
  meeting: Id.optional(),
  evidence: EvidenceList,
});

export const Meeting = z.strictObject({
  id: Id,
  dialogue: Id,
  /** The round's ordinal as sources number it; null when no source numbers it. */
  round: z.number().int().positive().nullable(),
  status: MeetingStatus,
  date: DatedFact,
  location: z.strictObject({
    /** The city's name at the time (Nur-Sultan in 2022); null for online meetings. */
    city: LineText.nullable(),
    /** Today's name when it differs (Astana). */
    cityToday: LineText.optional(),
    country: LineText.nullable(),
    /** `unknown` for a planned meeting whose format no source gives. */
    format: z.enum(['in-person', 'online', 'unknown']),
    evidence: EvidenceList,
  }),
  coChairs: limitedList(CoChair),
  topics: limitedList(RaisedTopic, DATASET_LIMITS.list.meetingTopics),
  outcomes: limitedList(Outcome),
  /** A short summary in our own words; every claim in it is evidenced elsewhere in the record. */
  summary: NonEmptyText,
  /** What is not known (e.g. "no joint statement found"). */
  gaps: limitedList(NonEmptyText),
});

export const Conflict = z.strictObject({
  id: Id,
  subject: LineText,
  /** The record the conflict is about. */
  about: z.strictObject({
    kind: z.enum(['meeting', 'person', 'commitment', 'source']),
    id: Id,
  }),
  claims: limitedList(z.strictObject({ value: NonEmptyText, evidence: EvidenceList })).min(
    2,
    'a conflict records at least two claims',
  ),
  resolution: NonEmptyText,
});

export const ChangelogEntry = z.strictObject({
  version: lineString().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  date: PartialIsoDate,
  changes: limitedList(NonEmptyText, DATASET_LIMITS.list.changes).min(1),
});

export const Meta = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: `must be ${SCHEMA_VERSION}: this dashboard reads schema version ${SCHEMA_VERSION}`,
  }),
  title: LineText,
  version: lineString().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  updated: PartialIsoDate,
  licence: NonEmptyText,
  description: NonEmptyText,
  changelog: limitedList(ChangelogEntry, DATASET_LIMITS.list.changelog).min(1),
});

export const Dataset = z.strictObject({
  $schema: z.string().max(DATASET_LIMITS.text.url).optional(),
  meta: Meta,
  sources: limitedList(Source, COLLECTION_LIMIT.sources).min(
    1,
    'the dataset has no sources; at least one is needed',
  ),
  dialogues: limitedList(Dialogue, COLLECTION_LIMIT.dialogues).min(
    1,
    'the dataset has no dialogues; at least one is needed',
  ),
  topics: limitedList(Topic, COLLECTION_LIMIT.topics).min(
    1,
    'the dataset has no topics; at least one is needed',
  ),
  people: limitedList(Person, COLLECTION_LIMIT.people),
  meetings: limitedList(Meeting, COLLECTION_LIMIT.meetings).min(
    1,
    'the dataset has no meetings; at least one is needed',
  ),
  commitments: limitedList(Commitment, COLLECTION_LIMIT.commitments),
  conflicts: limitedList(Conflict, COLLECTION_LIMIT.conflicts),
  /** Recurring reviews and ratings, and their dated editions. */
  reviewSeries: limitedList(ReviewSeries, COLLECTION_LIMIT.reviewSeries).optional(),
  reviews: limitedList(Review, COLLECTION_LIMIT.reviews).optional(),
  /** High-level contacts beside the dialogues (summits, cooperation councils). */
  contacts: limitedList(Contact, COLLECTION_LIMIT.contacts).optional(),
});

export type Readout = z.infer<typeof Readout>;
export type Source = z.infer<typeof Source>;
export type Topic = z.infer<typeof Topic>;
export type Person = z.infer<typeof Person>;
export type PersonRole = z.infer<typeof PersonRole>;
export type Dialogue = z.infer<typeof Dialogue>;
export type Meeting = z.infer<typeof Meeting>;
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export type Conflict = z.infer<typeof Conflict>;
export type Meta = z.infer<typeof Meta>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Dataset = z.infer<typeof Dataset>;
