import type { Contact, ReviewSeries } from '@/domain/schema';

/** Human labels for the review and contact enums, one place for every panel. */
export const MEASURE_LABELS: Record<ReviewSeries['measure'], string> = {
  score: 'Score',
  rank: 'Rank',
  tier: 'Tier',
  outcome: 'Outcome in words',
};

export const CONTACT_KIND_LABELS: Record<Contact['kind'], string> = {
  summit: 'Summit',
  'cooperation-council': 'Cooperation Council',
  'strategic-dialogue': 'Strategic dialogue',
  visit: 'Visit',
  other: 'Other high-level contact',
};

type HumanRightsKind = Contact['humanRights'][number]['kind'];

export const HUMAN_RIGHTS_KIND_LABELS: Record<HumanRightsKind, string> = {
  'on-agenda': 'On the agenda',
  call: 'Call to put human rights on the agenda',
  outcome: 'In the outcome',
};

/**
 * How to read a series' direction, in words: "Higher is better", "Lower is better", or that its
 * values are not ranked (null: an outcome in words).
 */
export function describeDirection(higherIsBetter: boolean | null): string {
  if (higherIsBetter === null) return 'Values are not ranked better or worse';
  return higherIsBetter ? 'Higher is better' : 'Lower is better';
}
