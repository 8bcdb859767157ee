import { KIND_RULES } from '@/domain/commitment-kinds';
import { FLAG_LABELS, FLAG_RULES, type CommitmentFlags } from '@/domain/commitment-flags';
import { PRACTICE_RULE } from '@/domain/commitment-practice';
import { STATUS_RULE, type DerivedStatus } from '@/domain/commitment-status';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { Commitment } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';
import {
  describePractice,
  describeReversal,
  describeStatusReason,
  describeTerm,
} from '@/features/commitments/commitment-detail-series';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { COMMITMENT_SECTIONS } from '@/features/commitments/commitment-sections';

export type CommitmentStandingProps = {
  commitment: Commitment;
  derived: DerivedStatus;
  flags: CommitmentFlags;
  dataset: LoadedDataset;
};

/** Completion (a reversal first, then the act, its quote and whose word it is), term, flags, then practice. */
export function CommitmentStanding({
  commitment,
  derived,
  flags,
  dataset,
}: CommitmentStandingProps) {
  const rule = KIND_RULES[commitment.kind];
  const reversal = describeReversal(derived);
  const successor = flags.term?.successor
    ? (dataset.index.commitmentById.get(flags.term.successor)?.title ?? flags.term.successor)
    : null;
  const headline = derived.practice.headline;
  return (
    <>
      <h3 id={COMMITMENT_SECTIONS.completion.id} className="font-semibold">
        {COMMITMENT_SECTIONS.completion.label}
      </h3>
      {/* A later act that narrows or undoes the reform is today's answer: it comes first. */}
      {reversal && derived.reversal && (
        <div className="mt-1 mb-3 rounded-md border border-danger bg-danger-soft p-2 text-sm">
          <p className="font-semibold">{reversal}</p>
          <EvidenceList className="mt-2" evidence={derived.reversal.event.evidence} />
        </div>
      )}
      <p className="mt-1">{describeStatusReason(commitment, derived)}</p>
      {derived.reachedBy && <EvidenceList className="mt-2" evidence={derived.reachedBy.evidence} />}
      {flags.term && <p className="mt-2 text-sm">{describeTerm(flags.term, successor)}</p>}
      <p className="mt-2 text-sm text-muted">
        What complete means for {rule.noun}: {rule.complete} {STATUS_RULE}
      </p>
      {(flags.quiet || flags.overdue) && (
        <div className="mt-2 rounded-md border border-line bg-page p-2 text-sm">
          {flags.quiet && (
            <p>
              <span className="font-semibold">{FLAG_LABELS.quiet}</span>: the newest evidence ends{' '}
              {formatPartialDate(flags.quietSince ?? '')}. {FLAG_RULES.quiet}
            </p>
          )}
          {flags.overdue && (
            <p>
              <span className="font-semibold">{FLAG_LABELS.overdue}</span>. {FLAG_RULES.overdue}
            </p>
          )}
        </div>
      )}

      <h3 id={COMMITMENT_SECTIONS.practice.id} className="mt-6 font-semibold">
        {COMMITMENT_SECTIONS.practice.label}
      </h3>
      <p className="mt-1">{describePractice(derived.practice)}</p>
      {headline && <EvidenceList className="mt-2" evidence={headline.event.evidence} />}
      <p className="mt-1 text-sm">
        Findings recorded: {derived.practice.outsideGovernment} from outside the Kazakh government,{' '}
        {derived.practice.governmentReported} reported by the Kazakh government. Positions: welcomed
        ×{derived.welcomed}, criticised ×{derived.criticised}.
      </p>
      <p className="mt-1 text-sm text-muted">{PRACTICE_RULE}</p>
    </>
  );
}
