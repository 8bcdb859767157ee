import { describeDirection } from '@/domain/review-labels';
import type { ReviewSeries } from '@/domain/schema';
import { isolate } from '@/lib/isolate';

/** What the sentences need of one shown edition. */
export type ReviewSentencePoint = {
  /** When it was published, in words: its year, or its date where two share a year. */
  when: string;
  /** The year in the edition's name ("Freedom in the World 2025" → "2025"), or null. */
  editionYear: string | null;
  label: string;
  value: number | null;
  /** The value as the chart prints it ("23", "Tier 2"); '' without one. */
  valueText?: string;
};

/** What the sentences need of a series and its shown editions (oldest first). */
export type ReviewSentenceInput = {
  name: string;
  publisher: string;
  measure: ReviewSeries['measure'];
  scale: string;
  higherIsBetter: boolean | null;
  points: readonly ReviewSentencePoint[];
  totalEditions: number;
  axis: { reversed: boolean } | null;
};

const VERBS = {
  score: { past: 'rated', perfect: 'has rated', before: '' },
  rank: { past: 'ranked', perfect: 'has ranked', before: '' },
  tier: { past: 'placed', perfect: 'has placed', before: 'in ' },
  outcome: { past: 'recorded', perfect: 'has recorded', before: '' },
} as const;

/** A label that holds a comma ("23/100, Not Free") is closed with one before "in its 2025 edition". */
const phrase = (label: string) => (label.includes(',') ? `${isolate(label)},` : isolate(label));

/**
 * Editions are named by their year where every shown one has it ("its 2024 edition": the CPI 2023
 * came out in 2024, and readers know it by its name), and by when they were published otherwise.
 */
function whenWords(points: readonly ReviewSentencePoint[]) {
  const named = points.every((point) => point.editionYear !== null);
  const year = (point: ReviewSentencePoint) => (named ? (point.editionYear ?? '') : point.when);
  return {
    one: (point: ReviewSentencePoint) =>
      named ? `in its ${year(point)} edition` : `in ${point.when}`,
    both: (a: ReviewSentencePoint, b: ReviewSentencePoint) =>
      named ? `in both its ${year(a)} and ${year(b)} editions` : `in both ${a.when} and ${b.when}`,
    each: (a: ReviewSentencePoint, b: ReviewSentencePoint, count: number) =>
      `in each of ${named ? 'its ' : ''}${count} editions, ${year(a)}–${year(b)}`,
    short: (point: ReviewSentencePoint) => (named ? `${year(point)} edition` : point.when),
  };
}

/**
 * The series' takeaway in one sentence, Grapher-style, for the chart's title: the value of a single
 * edition ("Freedom House rated Kazakhstan 23/100, Not Free, in its 2025 edition"), the same value
 * every time ("… has rated Kazakhstan 23/100, Not Free, in both its 2024 and 2025 editions"), or the
 * latest against the one before and the first shown, better or worse by the series' direction
 * ("… ranked Kazakhstan 141st in its 2025 edition, better than 142nd in its 2024 edition and worse
 * than 134th in its 2023 edition"). Without a direction it only names the one before.
 */
export function reviewTakeaway(input: ReviewSentenceInput): string {
  const { points, higherIsBetter } = input;
  const publisher = isolate(input.publisher);
  const verb = VERBS[input.measure];
  const words = whenWords(points);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${isolate(input.name)}: no edition under these filters`;
  const object = (label: string) => `Kazakhstan ${verb.before}${phrase(label)}`;
  const latest = `${publisher} ${verb.past} ${object(last.label)} ${words.one(last)}`;
  if (points.length === 1) return latest;
  if (points.every((point) => point.label === first.label && point.value === first.value)) {
    const span =
      points.length === 2 ? words.both(first, last) : words.each(first, last, points.length);
    return `${publisher} ${verb.perfect} ${object(first.label)} ${span}`;
  }
  const valued = points.filter((point) => point.value !== null);
  const previous = points.at(-2) ?? first;
  if (higherIsBetter === null || valued.at(-1) !== last || valued.length < 2)
    return `${latest}, after ${isolate(previous.label)} ${words.one(previous)}`;
  const compare = (other: ReviewSentencePoint) => {
    const change = (last.value ?? 0) - (other.value ?? 0);
    const verdict =
      change === 0 ? 'the same as' : change > 0 === higherIsBetter ? 'better than' : 'worse than';
    return `${verdict} ${isolate(other.label)} ${words.one(other)}`;
  };
  const before = valued.at(-2) ?? first;
  const earliest = valued[0] ?? first;
  return earliest === before
    ? `${latest}, ${compare(before)}`
    : `${latest}, ${compare(before)} and ${compare(earliest)}`;
}

const MOST_LISTED = 8;

/** A charted edition by its value on the axis ("23"), the title and table carry the full label. */
const valueWords = (input: ReviewSentenceInput, point: ReviewSentencePoint) =>
  input.axis && point.valueText ? point.valueText : isolate(point.label);

function describeAxis(input: ReviewSentenceInput): string {
  if (!input.axis?.reversed) return '';
  return input.higherIsBetter === false
    ? ', so the axis runs downwards: better is up'
    : '; the axis puts Tier 1 at the top';
}

/**
 * The series' scale and direction (and how the axis runs when it is reversed), then every shown
 * edition as "23 (2024 edition)" (the label where it is not charted) — the first and latest three past eight —, that a chart plots
 * them by date of publication, and how many editions have no value or are outside the filters.
 */
export function reviewSummary(input: ReviewSentenceInput): string {
  const { points } = input;
  const words = whenWords(points);
  const listed =
    points.length > MOST_LISTED ? [...points.slice(0, 3), null, ...points.slice(-3)] : [...points];
  const editions = listed
    .map((point) => (point ? `${valueWords(input, point)} (${words.short(point)})` : '…'))
    .join('; ');
  const unvalued = input.axis ? points.filter((point) => point.value === null).length : 0;
  const hidden = input.totalEditions - points.length;
  return [
    `Scale: ${isolate(input.scale)}. ${describeDirection(input.higherIsBetter)}${describeAxis(input)}.`,
    points.length === 0
      ? 'No edition under these filters.'
      : `${points.length} ${points.length === 1 ? 'edition' : 'editions'}: ${editions}.`,
    input.axis && points.length > 0 ? 'The chart places each by its date of publication.' : '',
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
