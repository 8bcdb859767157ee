import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsBoolean,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs';
import { STATUS_SCALE, type CommitmentStatus } from '@/domain/commitment-status';
import { parseDetail, serializeDetail } from '@/view/detail';

/**
 * Every URL parameter the app reads or writes: the state's name → the parameter's (short, stable)
 * name, in the order URLs list them. The only place a parameter name is written.
 */
export const URL_KEYS = {
  topics: 'topic',
  years: 'year',
  dialogue: 'dialogue',
  statuses: 'status',
  search: 'q',
  asOf: 'asof',
  comparedMeeting: 'compare',
  onlySharedYears: 'shared',
  commitmentSort: 'sort',
  commitmentSortDirection: 'dir',
  since: 'since',
  detail: 'open',
} as const;

const STATUS_IDS: readonly string[] = STATUS_SCALE.map((entry) => entry.id);

/** Status values of schema version 1's single ladder, still read from old links. */
const LEGACY_STATUSES: Readonly<Record<string, CommitmentStatus>> = {
  'in-force': 'complete',
  implementing: 'complete',
};

/** A status id, or a legacy one mapped onto today's scale; anything else is dropped. */
const parseAsStatus = createParser<CommitmentStatus>({
  parse: (value) =>
    STATUS_IDS.includes(value) ? (value as CommitmentStatus) : (LEGACY_STATUSES[value] ?? null),
  serialize: (value) => value,
});

/** The shared filters every panel applies; a value left at its default is not written. */
export const filterParsers = {
  topics: parseAsArrayOf(parseAsString, ',').withDefault([]),
  years: parseAsArrayOf(parseAsInteger, ',').withDefault([]),
  /**
   * One dialogue's id; absent (null) is both dialogues. No word stands for "both", so no dialogue id
   * (not even `all`) can be mistaken for it.
   */
  dialogue: parseAsString,
  statuses: parseAsArrayOf(parseAsStatus, ',').withDefault([]),
  search: parseAsString.withDefault(''),
  /** `YYYY-MM-DD`: every panel as the histories stood at the end of that day; '' means today. */
  asOf: parseAsString.withDefault(''),
};

export const COMMITMENT_SORT_KEYS = ['title', 'status', 'statusDate', 'latestEvent'] as const;
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;

/** The commitments table's sort; the defaults (status, last in the legend first) are left out. */
export const commitmentSortParsers = {
  commitmentSort: parseAsStringLiteral(COMMITMENT_SORT_KEYS).withDefault('status'),
  commitmentSortDirection: parseAsStringLiteral(SORT_DIRECTIONS).withDefault('desc'),
};

/** Every parameter's parser, default included: the filters, then what one panel or the drawer keeps. */
export const viewParsers = {
  ...filterParsers,
  /** The meeting whose readouts are compared, by id (the comparison picks one when absent). */
  comparedMeeting: parseAsString,
  /** The dialogue profiles restricted to the years both dialogues met in. */
  onlySharedYears: parseAsBoolean.withDefault(false),
  ...commitmentSortParsers,
  /** The changelog's "Show changes since version …": a `major.minor.patch` of its changelog. */
  since: parseAsString,
  /** The open detail drawer, `kind:id`, e.g. `open=meeting:us-kz-2024-r3`. */
  detail: createParser({ parse: parseDetail, serialize: serializeDetail }),
};

export type ViewState = inferParserType<typeof viewParsers>;

/** Every parameter the app writes, in the order URLs list them. */
const PARAM_ORDER: readonly string[] = Object.values(URL_KEYS);

/**
 * The same parameters in a fixed order (known ones first, in URL_KEYS order; unknown ones after, as
 * they were), so one view has one URL whatever order its parts were chosen in.
 */
export function orderSearchParams(params: URLSearchParams): URLSearchParams {
  const rank = (key: string) => {
    const index = PARAM_ORDER.indexOf(key);
    return index === -1 ? PARAM_ORDER.length : index;
  };
  const entries = [...params.entries()].map((entry, position) => ({ entry, position }));
  entries.sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.position - b.position);
  return new URLSearchParams(entries.map(({ entry }) => entry));
}

/** Reads every parameter from a query string or URLSearchParams; a bad value reads as its default. */
export const parseView = createLoader(viewParsers, { urlKeys: URL_KEYS });

/**
 * The query string (with `?`, or empty) of a view, or `base` plus it when a base is given: only
 * non-default values, in canonical order.
 */
export const serializeView = createSerializer(viewParsers, {
  urlKeys: URL_KEYS,
  processUrlSearchParams: orderSearchParams,
});
