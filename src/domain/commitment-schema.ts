import { z } from 'zod';
import {
  DatedFact,
  DatePrecision,
  EvidenceList,
  Id,
  limitedList,
  LineText,
  NonEmptyText,
  PartialIsoDate,
  Voice,
} from '@/domain/schema-base';
import { DATASET_LIMITS } from '@/domain/dataset-limits';

/**
 * What happened. Acts move a commitment's completion (per its kind); `reversed` narrows, suspends or
 * undoes it; `assessed` is a finding on practice; `related` and the positions `welcomed`,
 * `criticised` and `urged` move nothing.
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
  /** A call on the government to act (investigate, implement, refrain). */
  'urged',
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
  title: LineText,
  description: NonEmptyText,
  kind: CommitmentKind,
  /** Who made the commitment (a Kazakh state body or office). */
  committedBy: LineText,
  topics: limitedList(Id).min(1),
  /** Meetings where it came up, each with the quote that shows it. */
  discussedAt: limitedList(z.strictObject({ meeting: Id, evidence: EvidenceList })),
  /** Append-only history, oldest first. */
  events: limitedList(CommitmentEvent, DATASET_LIMITS.list.events).min(
    1,
    'a commitment needs at least one dated event',
  ),
  /** A deadline a source states for the commitment, if any (drives the "overdue" flag). */
  deadline: DatedFact.optional(),
  /** The period a programme runs for, as its title or text states it (e.g. 2022–2026). */
  term: z
    .strictObject({ from: PartialIsoDate, to: PartialIsoDate, evidence: EvidenceList })
    .optional(),
  /** The commitment that continues this one once its term has ended, when a source says so. */
  successor: Id.optional(),
});

export type EventType = z.infer<typeof EventType>;
export type PracticeFinding = z.infer<typeof PracticeFinding>;
export type ReversalExtent = z.infer<typeof ReversalExtent>;
export type CommitmentKind = z.infer<typeof CommitmentKind>;
export type CommitmentEvent = z.infer<typeof CommitmentEvent>;
export type Commitment = z.infer<typeof Commitment>;
