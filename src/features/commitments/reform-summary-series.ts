import { PRACTICE_SCALE } from '@/domain/commitment-practice';
import {
  STATUS_SCALE,
  type CommitmentStatus,
  type DerivedStatus,
} from '@/domain/commitment-status';
import type { Commitment, PracticeFinding } from '@/domain/schema';

export type ReformCount<Id extends string> = { id: Id; label: string; count: number };

export type ReformReversal = { id: string; title: string; status: CommitmentStatus };

export type ReformSummary = {
  /** How many commitments are summed up. */
  total: number;
  /** Completion (the shared status scale), rungs with none left out, in the scale's order. */
  completion: ReformCount<CommitmentStatus>[];
  /** Each commitment's practice headline (see PRACTICE_RULE), findings with none left out. */
  practice: ReformCount<PracticeFinding>[];
  /** Commitments with no practice finding recorded. */
  noPracticeFinding: number;
  /** Practice headlines that only the Kazakh government reported. */
  governmentReportedPractice: number;
  /** Commitments a later act or ruling narrowed, suspended or undid, the most severe first. */
  reversals: ReformReversal[];
};

const REVERSED: readonly CommitmentStatus[] = ['reversed', 'partly-reversed'];

/**
 * How the given commitments stand: counts by completion and by practice, and the reversals by
 * name. A commitment missing from `statusById` counts as `no-evidence` with no practice finding.
 */
export function summarizeReforms(
  commitments: readonly Commitment[],
  statusById: ReadonlyMap<string, DerivedStatus>,
): ReformSummary {
  const completion = new Map<CommitmentStatus, number>();
  const practice = new Map<PracticeFinding, number>();
  let noPracticeFinding = 0;
  let governmentReportedPractice = 0;
  const reversals: ReformReversal[] = [];
  for (const commitment of commitments) {
    const derived = statusById.get(commitment.id);
    const status = derived?.status ?? 'no-evidence';
    completion.set(status, (completion.get(status) ?? 0) + 1);
    const headline = derived?.practice.headline;
    if (headline) {
      practice.set(headline.finding, (practice.get(headline.finding) ?? 0) + 1);
      if (headline.governmentReported) governmentReportedPractice += 1;
    } else noPracticeFinding += 1;
    if (REVERSED.includes(status))
      reversals.push({ id: commitment.id, title: commitment.title, status });
  }
  return {
    total: commitments.length,
    completion: STATUS_SCALE.map((entry) => ({
      id: entry.id,
      label: entry.label,
      count: completion.get(entry.id) ?? 0,
    })).filter((row) => row.count > 0),
    practice: PRACTICE_SCALE.map((entry) => ({
      id: entry.id,
      label: entry.label,
      count: practice.get(entry.id) ?? 0,
    })).filter((row) => row.count > 0),
    noPracticeFinding,
    governmentReportedPractice,
    reversals: reversals.toSorted(
      (a, b) => REVERSED.indexOf(a.status) - REVERSED.indexOf(b.status),
    ),
  };
}
