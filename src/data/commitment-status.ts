import type { CommitmentEvent, EventType } from '@/data/schema';
import { comparePartialDates, startOfPartialDate } from '@/lib/dates';

/** The rungs of the status ladder, lowest first. */
export const STATUS_LADDER = [
  {
    id: 'no-evidence',
    label: 'No evidence',
    definition: 'No dated announcement, draft or act is recorded for this commitment.',
    reachedBy: [],
  },
  {
    id: 'announced',
    label: 'Announced',
    definition:
      'The state has announced the reform as a plan or intention; no draft or act is recorded yet.',
    reachedBy: ['announced'],
  },
  {
    id: 'in-preparation',
    label: 'In preparation',
    definition: 'A draft has been presented or is before parliament.',
    reachedBy: ['drafted'],
  },
  {
    id: 'adopted',
    label: 'Adopted',
    definition:
      'The law was signed, the decree issued, the treaty ratified or the referendum approved (or a later act amended it).',
    reachedBy: ['adopted', 'amended'],
  },
  {
    id: 'in-force',
    label: 'In force',
    definition: 'The act has taken effect or the institution has started work.',
    reachedBy: ['in-force'],
  },
  {
    id: 'implementing',
    label: 'Implementation evidenced',
    definition:
      'A source reports the reform being applied in practice (figures, rulings, appeals handled, a body set up to carry it out).',
    reachedBy: ['implemented'],
  },
] as const satisfies readonly {
  id: string;
  label: string;
  definition: string;
  reachedBy: readonly EventType[];
}[];

export type CommitmentStatus = (typeof STATUS_LADDER)[number]['id'];

/** Assessments are shown beside the status; they never move it. */
export const ASSESSMENT_TYPES = ['welcomed', 'criticised'] as const satisfies readonly EventType[];

export const STATUS_RULE =
  'The status is the highest rung reached by any event dated on or before the as-of date. ' +
  'Assessments (welcomed, criticised) are shown beside the status and never change it. ' +
  'An event known only to the month or year counts from the first day of that period.';

export type DerivedStatus = {
  status: CommitmentStatus;
  /** The event that first reached the current rung; null for `no-evidence`. */
  reachedBy: CommitmentEvent | null;
  /** The newest event of any kind on or before the as-of date. */
  latest: CommitmentEvent | null;
  welcomed: number;
  criticised: number;
};

const RUNG_OF_EVENT = new Map<EventType, number>(
  STATUS_LADDER.flatMap((rung, index) =>
    rung.reachedBy.map((type): [EventType, number] => [type, index]),
  ),
);

/**
 * Derives a commitment's status from its append-only events as they stood on `asOf`
 * (`YYYY-MM-DD`, inclusive; omit it for "now"). Events need not be sorted. Empty input → `no-evidence`.
 */
export function deriveStatus(events: readonly CommitmentEvent[], asOf?: string): DerivedStatus {
  const known = events
    .filter((event) => asOf === undefined || startOfPartialDate(event.date.value) <= asOf)
    .toSorted((a, b) => comparePartialDates(a.date.value, b.date.value));
  let rung = 0;
  let reachedBy: CommitmentEvent | null = null;
  for (const event of known) {
    const eventRung = RUNG_OF_EVENT.get(event.type);
    if (eventRung !== undefined && eventRung > rung) {
      rung = eventRung;
      reachedBy = event;
    }
  }
  return {
    status: STATUS_LADDER[rung]?.id ?? 'no-evidence',
    reachedBy,
    latest: known.at(-1) ?? null,
    welcomed: known.filter((event) => event.type === 'welcomed').length,
    criticised: known.filter((event) => event.type === 'criticised').length,
  };
}
