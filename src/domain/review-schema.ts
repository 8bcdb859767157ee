import { z } from 'zod';
import {
  DatedFact,
  EvidenceList,
  Id,
  limitedList,
  LineText,
  NonEmptyText,
  Side,
  Voice,
} from '@/domain/schema-base';

/**
 * A recurring review or rating of Kazakhstan (Freedom in the World, the TIP report, the UPR…): who
 * issues it, whose word it is, and how to read its value. Each edition is a `Review`.
 */
export const ReviewSeries = z.strictObject({
  id: Id,
  name: LineText,
  publisher: LineText,
  voice: Voice,
  /** What one edition gives: a score, a rank, a tier, a status, or a review's outcome in words. */
  measure: z.enum(['score', 'rank', 'tier', 'outcome']),
  /** How to read the value, e.g. "0–100; higher is freer" or "rank of 180; 1 is freest". */
  scale: LineText,
  /** Whether a higher value is better; null where values are not comparable (an outcome). */
  higherIsBetter: z.boolean().nullable(),
  description: NonEmptyText,
  /** Topics it bears on, for the Topic filter. */
  topics: limitedList(Id),
  /** Commitments whose practice it assesses. */
  commitments: limitedList(Id),
});

/** One dated edition of a review series, with its value as the source gives it. */
export const Review = z.strictObject({
  id: Id,
  series: Id,
  /** The edition's name, e.g. "Freedom in the World 2025". */
  edition: LineText,
  /** When it was published or adopted (with the quote that dates it). */
  date: DatedFact,
  /** The year or period it covers, when the source says (e.g. events of 2024). */
  covers: LineText.optional(),
  /** A number on the series' scale; null for an outcome in words. */
  value: z.number().nullable(),
  /** The value in words: "23/100, Not Free", "142nd of 180", "Tier 2", "259 of 294 accepted". */
  label: LineText,
  evidence: EvidenceList,
});

/** A high-level contact beside the dialogues (a summit, a cooperation council): not a dialogue round. */
export const Contact = z.strictObject({
  id: Id,
  name: LineText,
  kind: z.enum(['summit', 'cooperation-council', 'strategic-dialogue', 'visit', 'other']),
  parties: limitedList(Side).min(2),
  date: DatedFact,
  location: z
    .strictObject({
      city: LineText.nullable(),
      country: LineText.nullable(),
      evidence: EvidenceList,
    })
    .nullable(),
  /** A short summary in our own words; every claim in it is evidenced below. */
  summary: NonEmptyText,
  /** What sources say about human rights on its agenda, and calls to put them there. */
  humanRights: limitedList(
    z.strictObject({
      kind: z.enum(['on-agenda', 'call', 'outcome']),
      text: NonEmptyText,
      voice: Voice,
      evidence: EvidenceList,
    }),
  ),
  /** What is not known (e.g. "no human-rights item in the outcomes read"). */
  gaps: limitedList(NonEmptyText),
});

export type ReviewSeries = z.infer<typeof ReviewSeries>;
export type Review = z.infer<typeof Review>;
export type Contact = z.infer<typeof Contact>;
