import { formatCount } from '@/lib/format-count';

/**
 * The most items "Show all" may add at once. A source card is about 16 elements, so 500 is about
 * 8,000 elements: one noticeable but bounded layout on a phone, which the reader asked for. Past
 * that (5,400 sources in a 100× dataset) revealing everything would freeze the page for seconds,
 * so only "Show N more" and the search are offered.
 */
export const SHOW_ALL_LIMIT = 500;

/** A noun in its two English forms, e.g. `{ one: 'source', other: 'sources' }`. */
export type CountNoun = { one: string; other: string };

export type ShowMoreInput = {
  /** Items in the list after filtering. */
  total: number;
  /** Items rendered now. */
  shown: number;
  /** Items added by one "Show more", and shown at first. */
  pageSize: number;
  noun: CountNoun;
  /** The most items "Show all" may add; defaults to `SHOW_ALL_LIMIT`. */
  showAllLimit?: number;
};

export type ShowMorePlan = {
  /** `shown`, kept within 0…total. */
  shown: number;
  /** Items not rendered yet. */
  remaining: number;
  /** How many items to render after "Show more": one page more, at most `total`. */
  next: number;
  /** "Show 15 more sources (39 not shown)", or '' when nothing remains. */
  moreLabel: string;
  /** "Show all 54 sources", or '' when "Show more" already shows the rest or the rest is too many. */
  allLabel: string;
  /** "Showing 15 of 54 sources", or "Showing all 54 sources". */
  status: string;
};

const counted = (n: number, noun: CountNoun) =>
  `${formatCount(n)} ${n === 1 ? noun.one : noun.other}`;

function describeMore(step: number, remaining: number, noun: CountNoun): string {
  if (remaining === 0) return '';
  const more = `Show ${formatCount(step)} more ${step === 1 ? noun.one : noun.other}`;
  return step === remaining ? more : `${more} (${formatCount(remaining)} not shown)`;
}

function describeShown(shown: number, total: number, noun: CountNoun): string {
  if (total === 0) return `No ${noun.other}`;
  if (shown < total) return `Showing ${formatCount(shown)} of ${counted(total, noun)}`;
  return total === 1 ? `Showing ${counted(1, noun)}` : `Showing all ${counted(total, noun)}`;
}

/**
 * What a "Show more" control says and does for a list of `total` items of which `shown` are
 * rendered: the next count (one more page, capped at `total`), the button labels and the status
 * line. A negative or too-large `shown` is clamped; an empty list gives empty labels.
 */
export function planShowMore({
  total,
  shown,
  pageSize,
  noun,
  showAllLimit = SHOW_ALL_LIMIT,
}: ShowMoreInput): ShowMorePlan {
  const current = Math.min(Math.max(shown, 0), total);
  const remaining = total - current;
  const step = Math.min(Math.max(pageSize, 1), remaining);
  // "Show all" is only worth a second button when one page would not already show the rest.
  const offerAll = remaining > step && remaining <= showAllLimit;
  return {
    shown: current,
    remaining,
    next: current + step,
    moreLabel: describeMore(step, remaining, noun),
    allLabel: offerAll ? `Show all ${counted(total, noun)}` : '',
    status: describeShown(current, total, noun),
  };
}
