import { describeDirection } from '@/data/review-labels';
import type { ReviewSeries } from '@/data/schema';

/** What the sentences need of a series and its shown editions (oldest first). */
export type ReviewSentenceInput = {
  name: string;
  publisher: string;
  measure: ReviewSeries['measure'];
  scale: string;
  higherIsBetter: boolean | null;
  points: readonly { when: string; label: string; value: number | null }[];
  totalEditions: number;
  axis: { reversed: boolean } | null;
};

const VERBS = {
  score: { past: 'rated', perfect: 'has rated', before: '' },
  rank: { past: 'ranked', perfect: 'has ranked', before: '' },
  tier: { past: 'placed', perfect: 'has placed', before: 'in ' },
  outcome: { past: 'recorded', perfect: 'has recorded', before: '' },
} as const;

/** A label that holds a comma ("23/100, Not Free") is closed with one before "in 2025". */
const phrase = (label: string) => (label.includes(',') ? `${label},` : label);

/**
 * The series' takeaway in one sentence, Grapher-style, for the chart's title: the value of a single
 * edition ("Freedom House rated Kazakhstan 23/100, Not Free, in 2025"), the same value every time
 * ("… has rated Kazakhstan 23/100, Not Free, in both 2024 and 2025"), or the latest against the first
 * shown, better or worse by the series' direction ("RSF ranked Kazakhstan 141st in 2025, better
 * than 142nd in 2024"). With no edition it says so.
 */
export function reviewTakeaway(input: ReviewSentenceInput): string {
  const { publisher, points, higherIsBetter } = input;
  const verb = VERBS[input.measure];
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${input.name}: no edition under these filters`;
  const object = (label: string) => `Kazakhstan ${verb.before}${phrase(label)}`;
  if (points.length === 1) return `${publisher} ${verb.past} ${object(last.label)} in ${last.when}`;
  const valued = points.filter((point) => point.value !== null);
  const same = points.every((point) => point.label === first.label && point.value === first.value);
  if (same) {
    const span =
      points.length === 2
        ? `both ${first.when} and ${last.when}`
        : `each of ${points.length} editions, ${first.when}–${last.when}`;
    return `${publisher} ${verb.perfect} ${object(first.label)} in ${span}`;
  }
  const from = valued[0];
  const to = valued.at(-1);
  const latest = `${publisher} ${verb.past} ${object(last.label)} in ${last.when}`;
  if (!from || !to || from === to || higherIsBetter === null || to !== last)
    return `${latest}, after ${first.label} in ${first.when}`;
  const change = (to.value ?? 0) - (from.value ?? 0);
  if (change === 0)
    return valued.every((point) => point.value === from.value)
      ? `${latest}, the same value as in ${from.when}`
      : `${latest}, as in ${from.when}, with other values in between`;
  const better = change > 0 === higherIsBetter;
  return `${latest}, ${better ? 'better' : 'worse'} than ${from.label} in ${from.when}`;
}

const MOST_LISTED = 8;

/**
 * The series' scale and direction (and that the axis runs downwards when lower is better), then every shown edition as "label (when)" — the first and latest few past eight — and how
 * many editions the filters leave out.
 */
export function reviewSummary(input: ReviewSentenceInput): string {
  const { points } = input;
  const direction = describeDirection(input.higherIsBetter);
  const reversed = input.axis?.reversed ? ', so the axis runs downwards: better is up' : '';
  const listed =
    points.length > MOST_LISTED ? [...points.slice(0, 3), null, ...points.slice(-3)] : [...points];
  const editions = listed
    .map((point) => (point ? `${point.label} (${point.when})` : '…'))
    .join('; ');
  const unvalued = input.axis ? points.filter((point) => point.value === null).length : 0;
  const hidden = input.totalEditions - points.length;
  return [
    `Scale: ${input.scale}. ${direction}${reversed}.`,
    points.length === 0
      ? 'No edition under these filters.'
      : `${points.length} ${points.length === 1 ? 'edition' : 'editions'}: ${editions}.`,
    unvalued > 0
      ? `${unvalued} ${unvalued === 1 ? 'edition has' : 'editions have'} no value on the scale and ${unvalued === 1 ? 'is' : 'are'} listed in the table only.`
      : '',
    hidden > 0
      ? `${hidden} more ${hidden === 1 ? 'edition is' : 'editions are'} outside these filters.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}
