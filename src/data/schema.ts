import { z } from 'zod';
import { calendarDateProblem } from '@/lib/dates';

// Zod probes `new Function` for a faster parser; under our CSP (no 'unsafe-eval') that probe is
// reported as a violation, so parse without it.
z.config({ jitless: true });

/** The schema version this build reads; a dataset with another `meta.schemaVersion` is refused. */
export const SCHEMA_VERSION = 2;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be a kebab-case id (lower-case letters, digits and hyphens)');

const NonEmptyText = z.string().trim().min(1, 'must not be empty');

/**
 * An http(s) URL. `z.url()` alone accepts `javascript:` and `data:`; the protocol
 * pattern refuses them. Rendering checks the protocol again (lib/safe-url.ts).
 */
export const HttpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'only http:// and https:// links with a domain name are allowed',
});

export const DatePrecision = z.enum(['day', 'month', 'year']);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date (no 30 February). */
const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const PartialIsoDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .superRefine((value, ctx) => {
    if (!PARTIAL_DATE_PATTERN.test(value)) return;
    const problem = calendarDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One piece of evidence: a source and a verbatim quote from it. */
export const Evidence = z.strictObject({
  source: Id,
  quote: NonEmptyText,
  /** An English translation when the quote is in another language. */
  translation: NonEmptyText.optional(),
  /** Our note on how the quote supports the fact (e.g. "sic" or an inference). */
  note: NonEmptyText.optional(),
});

const EvidenceList = z.array(Evidence).min(1, 'every fact needs at least one source and quote');

/** A date as sources give it: its precision, and whether it is inferred or conflicting. */
export const DatedFact = z.strictObject({
  value: PartialIsoDate,
  precision: DatePrecision,
  uncertain: z.boolean(),
  evidence: EvidenceList,
});

export const Side = z.enum(['us', 'kz', 'eu']);

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
  title: NonEmptyText,
  publisher: NonEmptyText,
  url: HttpUrl,
  /** Publication date, or null when no source shows it. */
  published: z
    .strictObject({ value: PartialIsoDate, precision: DatePrecision, uncertain: z.boolean() })
    .nullable(),
  /** BCP 47 language tag of the text, e.g. `en`, `ru`, `kk`, `ar`, `it`. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en'),
  kind: SourceKind,
  /** When the source carries (or reposts) one side's readout of a meeting. */
  readout: Readout.optional(),
  /** How much of the text was read, and caveats (repost, display dates, cut-off excerpts). */
  note: NonEmptyText.optional(),
});

export const Topic = z.strictObject({
  id: Id,
  label: NonEmptyText,
  definition: NonEmptyText,
  group: z.enum(['rule-of-law', 'civil-political', 'protection', 'governance', 'cooperation']),
});

export const PersonRole = z.strictObject({
  title: NonEmptyText,
  side: Side,
  /** The date on which a source shows this title (not a term of office). */
  observed: z.strictObject({ value: PartialIsoDate, precision: DatePrecision }),
  evidence: EvidenceList,
});

export const Person = z.strictObject({
  id: Id,
  name: NonEmptyText,
  /** Other spellings and transliterations found in sources, including misspellings. */
  aliases: z.array(NonEmptyText),
  roles: z.array(PersonRole).min(1, 'a person needs at least one evidenced role'),
});

export const Dialogue = z.strictObject({
  id: Id,
  name: NonEmptyText,
  shortName: NonEmptyText,
  parties: z.array(Side).min(2),
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
  title: NonEmptyText,
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
    city: NonEmptyText.nullable(),
    /** Today's name when it differs (Astana). */
    cityToday: NonEmptyText.optional(),
    country: NonEmptyText.nullable(),
    /** `unknown` for a planned meeting whose format no source gives. */
    format: z.enum(['in-person', 'online', 'unknown']),
    evidence: EvidenceList,
  }),
  coChairs: z.array(CoChair),
  topics: z.array(RaisedTopic),
  outcomes: z.array(Outcome),
  /** A short summary in our own words; every claim in it is evidenced elsewhere in the record. */
  summary: NonEmptyText,
  /** What is not known (e.g. "no joint statement found"). */
  gaps: z.array(NonEmptyText),
});

/**
 * What happened. Acts move a commitment's completion (per its kind); `reversed` narrows, suspends or
 * undoes it; `assessed` is a finding on practice; `related`, `welcomed` and `criticised` move
 * nothing.
 */
export const EventType = z.enum([
  'announced',
  'drafted',
  /** A treaty signed, pending ratification (a law or decree being signed is `adopted`). */
  'signed',
  'adopted',
  'ratified',
  'in-force',
  'amended',
  /** A connected step that moves nothing: joining a monitoring body, an earlier act in a series. */
  'related',
  'reversed',
  'assessed',
  'welcomed',
  'criticised',
]);

/** Whose word an event is: who acted, reported or assessed (not who published the page). */
export const Voice = z.enum([
  'kazakh-government',
  'us-government',
  'eu',
  'un-or-intergovernmental',
  'independent',
  'court',
]);

/** What a source found about practice, on a scale adapted from OGP's "Did it open government?". */
export const PracticeFinding = z.enum(['applied', 'shortfalls', 'no-change', 'worsened']);

/** How far a reversal goes: it narrows the reform (or the right it protects), suspends it, or undoes it. */
export const ReversalExtent = z.enum(['narrows', 'suspends', 'undoes']);

/** What kind of promise a commitment is; each kind defines its own rungs and what "complete" means. */
export const CommitmentKind = z.enum([
  'law',
  'decree',
  'programme',
  'institution',
  'treaty',
  'constitutional-change',
  'abolition',
  'announcement-only',
]);

export const CommitmentEvent = z.strictObject({
  id: Id,
  date: z.strictObject({ value: PartialIsoDate, precision: DatePrecision, uncertain: z.boolean() }),
  type: EventType,
  /** What happened, in our own words. */
  text: NonEmptyText,
  voice: Voice,
  /** For `assessed` events only: what the source found about practice. */
  finding: PracticeFinding.optional(),
  /** For `reversed` events only: how far the later act or ruling goes. */
  extent: ReversalExtent.optional(),
  /** The dialogue meeting at which this happened, if any. */
  meeting: Id.optional(),
  evidence: EvidenceList,
});

export const Commitment = z.strictObject({
  id: Id,
  title: NonEmptyText,
  description: NonEmptyText,
  kind: CommitmentKind,
  /** Who made the commitment (a Kazakh state body or office). */
  committedBy: NonEmptyText,
  topics: z.array(Id).min(1),
  /** Meetings where it came up, each with the quote that shows it. */
  discussedAt: z.array(z.strictObject({ meeting: Id, evidence: EvidenceList })),
  /** Append-only history, oldest first. */
  events: z.array(CommitmentEvent).min(1, 'a commitment needs at least one dated event'),
  /** A deadline a source states for the commitment, if any (drives the "overdue" flag). */
  deadline: DatedFact.optional(),
  /** The period a programme runs for, as its title or text states it (e.g. 2022–2026). */
  term: z
    .strictObject({ from: PartialIsoDate, to: PartialIsoDate, evidence: EvidenceList })
    .optional(),
  /** The commitment that continues this one once its term has ended, when a source says so. */
  successor: Id.optional(),
});

export const Conflict = z.strictObject({
  id: Id,
  subject: NonEmptyText,
  /** The record the conflict is about. */
  about: z.strictObject({
    kind: z.enum(['meeting', 'person', 'commitment', 'source']),
    id: Id,
  }),
  claims: z
    .array(z.strictObject({ value: NonEmptyText, evidence: EvidenceList }))
    .min(2, 'a conflict records at least two claims'),
  resolution: NonEmptyText,
});

export const ChangelogEntry = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  date: PartialIsoDate,
  changes: z.array(NonEmptyText).min(1),
});

export const Meta = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: `must be ${SCHEMA_VERSION}: this dashboard reads schema version ${SCHEMA_VERSION}`,
  }),
  title: NonEmptyText,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  updated: PartialIsoDate,
  licence: NonEmptyText,
  description: NonEmptyText,
  changelog: z.array(ChangelogEntry).min(1),
});

export const Dataset = z.strictObject({
  $schema: z.string().optional(),
  meta: Meta,
  sources: z.array(Source).min(1, 'the dataset has no sources; at least one is needed'),
  dialogues: z.array(Dialogue).min(1, 'the dataset has no dialogues; at least one is needed'),
  topics: z.array(Topic).min(1, 'the dataset has no topics; at least one is needed'),
  people: z.array(Person),
  meetings: z.array(Meeting).min(1, 'the dataset has no meetings; at least one is needed'),
  commitments: z.array(Commitment),
  conflicts: z.array(Conflict),
});

export type Evidence = z.infer<typeof Evidence>;
export type DatedFact = z.infer<typeof DatedFact>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type Side = z.infer<typeof Side>;
export type Readout = z.infer<typeof Readout>;
export type Source = z.infer<typeof Source>;
export type Topic = z.infer<typeof Topic>;
export type Person = z.infer<typeof Person>;
export type Dialogue = z.infer<typeof Dialogue>;
export type Meeting = z.infer<typeof Meeting>;
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export type EventType = z.infer<typeof EventType>;
export type Voice = z.infer<typeof Voice>;
export type PracticeFinding = z.infer<typeof PracticeFinding>;
export type ReversalExtent = z.infer<typeof ReversalExtent>;
export type CommitmentKind = z.infer<typeof CommitmentKind>;
export type CommitmentEvent = z.infer<typeof CommitmentEvent>;
export type Commitment = z.infer<typeof Commitment>;
export type Conflict = z.infer<typeof Conflict>;
export type Meta = z.infer<typeof Meta>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Dataset = z.infer<typeof Dataset>;
