import {
  COMPLETION_STAGES,
  KIND_RULES,
  type CompletionStage,
  type KindRule,
} from '@/domain/commitment-kinds';
import { summarizePractice, type PracticeSummary } from '@/domain/commitment-practice';
import type { Commitment, CommitmentEvent, ReversalExtent } from '@/domain/schema';
import { comparePartialDates, startOfPartialDate } from '@/lib/dates';

/**
 * The one status scale shared by every kind, for the Status filter and the status chart: the
 * completion stages, then the two states a recorded reversal leaves a commitment in.
 */
export const STATUS_SCALE = [
  {
    id: 'no-evidence',
    label: 'No evidence',
    definition: 'No dated announcement, draft or act is recorded.',
  },
  {
    id: 'announced',
    label: 'Announced',
    definition:
      'Announced as a plan or intention; no draft or act yet (for an announcement, complete).',
  },
  {
    id: 'in-preparation',
    label: 'In preparation',
    definition: 'A draft is presented or before parliament, or a treaty is signed.',
  },
  {
    id: 'adopted',
    label: 'Adopted, not yet complete',
    definition:
      'Adopted, ratified, established or approved, but not yet in force, operating or in effect.',
  },
  { id: 'complete', label: 'Complete', definition: 'Complete as its kind defines it.' },
  {
    id: 'partly-reversed',
    label: 'Partly reversed',
    definition: 'A later act or ruling narrows the reform or the right it protects.',
  },
  {
    id: 'reversed',
    label: 'Reversed',
    definition: 'A later act or ruling suspends or undoes the reform.',
  },
] as const satisfies readonly { id: string; label: string; definition: string }[];

export type CommitmentStatus = (typeof STATUS_SCALE)[number]['id'];

export const STATUS_RULE =
  'Completion is the highest rung of the commitment’s kind reached by any act dated on or before the as-of date; each kind says which acts reach which rung and what “complete” means. ' +
  'A recorded reversal (a later act or ruling that narrows, suspends or undoes the reform) is shown on top of it: partly reversed, or reversed. ' +
  'Practice findings and positions (welcomed, criticised, called for action) never move completion. ' +
  'An event known only to the month or year counts from the first day of that period.';

export type Reversal = { extent: ReversalExtent; event: CommitmentEvent };

export type DerivedStatus = {
  stage: CompletionStage;
  /** The stage, or the reversal state once a reversal is recorded. */
  status: CommitmentStatus;
  /** The rung's name in the commitment's kind, e.g. "Operating" for an institution. */
  label: string;
  /** Whether the stage reached is the kind's complete one. */
  complete: boolean;
  /** The event that first reached the stage; null for `no-evidence`. */
  reachedBy: CommitmentEvent | null;
  /** True when completion was shown by a practice finding rather than a recorded act. */
  completedByPractice: boolean;
  /** The most far-reaching reversal recorded (undoing or suspending before narrowing), if any. */
  reversal: Reversal | null;
  /** The newest event of any kind on or before the as-of date. */
  latest: CommitmentEvent | null;
  welcomed: number;
  criticised: number;
  practice: PracticeSummary;
};

const STAGE_INDEX = new Map(COMPLETION_STAGES.map((stage, index) => [stage, index]));

const stageIndex = (stage: CompletionStage) => STAGE_INDEX.get(stage) ?? 0;

/** The stage an event reaches in a kind, or null when it moves nothing. */
function stageOf(rule: KindRule, event: CommitmentEvent): CompletionStage | null {
  for (const rung of rule.rungs) if (rung.reachedBy.includes(event.type)) return rung.stage;
  return null;
}

const SEVERITY: Record<ReversalExtent, number> = { narrows: 1, suspends: 2, undoes: 2 };

/** The rung's label in a kind (the kind's highest rung at or below the stage). */
export function stageLabel(rule: KindRule, stage: CompletionStage): string {
  let label = rule.rungs[0]?.label ?? stage;
  for (const rung of rule.rungs)
    if (stageIndex(rung.stage) <= stageIndex(stage)) label = rung.label;
  return label;
}

/**
 * Derives a commitment's completion, reversal and practice from its append-only events as they
 * stood on `asOf` (`YYYY-MM-DD`, inclusive; omit it for every event). Events need not be sorted;
 * on a tie the later one in the list wins. No event reaching a rung → `no-evidence`.
 */
export function deriveStatus(commitment: Commitment, asOf?: string): DerivedStatus {
  const rule = KIND_RULES[commitment.kind];
  const known = commitment.events
    .filter((event) => asOf === undefined || startOfPartialDate(event.date.value) <= asOf)
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value));
  let stage: CompletionStage = 'no-evidence';
  let reachedBy: CommitmentEvent | null = null;
  let reversal: Reversal | null = null;
  let welcomed = 0;
  let criticised = 0;
  for (const event of known) {
    const reached = stageOf(rule, event);
    if (reached !== null && stageIndex(reached) > stageIndex(stage)) {
      stage = reached;
      reachedBy = event;
    }
    if (event.type === 'reversed' && event.extent) {
      if (!reversal || SEVERITY[event.extent] >= SEVERITY[reversal.extent])
        reversal = { extent: event.extent, event };
    }
    if (event.type === 'welcomed') welcomed += 1;
    if (event.type === 'criticised') criticised += 1;
  }
  // Only where no act completes it: the first finding that it is applied, dated after adoption.
  const applied =
    rule.completedByPractice && stage === 'adopted' && reachedBy
      ? known.find(
          (event) =>
            event.type === 'assessed' &&
            event.finding === 'applied' &&
            comparePartialDates(event.date.value, reachedBy?.date.value ?? '') >= 0,
        )
      : undefined;
  if (applied) {
    stage = 'complete';
    reachedBy = applied;
  }
  const reversedStatus =
    reversal && (reversal.extent === 'narrows' ? 'partly-reversed' : 'reversed');
  return {
    stage,
    status: reversedStatus || stage,
    label: stageLabel(rule, stage),
    complete: stageIndex(stage) >= stageIndex(rule.completeAt),
    reachedBy,
    completedByPractice: applied !== undefined,
    reversal,
    latest: known.at(-1) ?? null,
    welcomed,
    criticised,
    practice: summarizePractice(known),
  };
}

/**
 * Completion in words: the kind's rung, with the reversal on top when one is recorded, e.g.
 * "In force", "In force, partly reversed", "Operating, suspended".
 */
export function completionText(derived: DerivedStatus): string {
  if (!derived.reversal) return derived.label;
  const suffix = { narrows: 'partly reversed', suspends: 'suspended', undoes: 'reversed' };
  return `${derived.label}, ${suffix[derived.reversal.extent]}`;
}
