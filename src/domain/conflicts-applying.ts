import { collectSourceIds } from '@/domain/cited-sources';
import type { Conflict, Dataset, Meeting } from '@/domain/schema';

const ANCHOR_PREFIX = 'conflict-';

/**
 * The id of a conflict's place on the Sources page, its one home (`conflict-media-law-signing-date`):
 * what a link to it names after the `#`.
 */
export function conflictAnchorId(conflictId: string): string {
  return `${ANCHOR_PREFIX}${conflictId}`;
}

/** The conflict id an address's fragment (without `#`) names, or null for any other fragment. */
export function conflictIdFromAnchor(fragment: string): string | null {
  return fragment.startsWith(ANCHOR_PREFIX) && fragment.length > ANCHOR_PREFIX.length
    ? fragment.slice(ANCHOR_PREFIX.length)
    : null;
}

/**
 * The recorded conflicts that apply to a meeting, in dataset order: about the meeting itself, about a
 * source its evidence cites, or about one of its co-chairs when a claim quotes a source the meeting
 * cites (so a title dispute from another round is not shown here). Commitment conflicts never apply.
 */
export function conflictsForMeeting(
  dataset: Pick<Dataset, 'conflicts'>,
  meeting: Meeting,
): Conflict[] {
  const cited = new Set(collectSourceIds(meeting));
  const coChairs = new Set(meeting.coChairs.map((coChair) => coChair.person));
  return dataset.conflicts.filter((conflict) => {
    const { kind, id } = conflict.about;
    if (kind === 'meeting') return id === meeting.id;
    if (kind === 'source') return cited.has(id);
    if (kind === 'person')
      return (
        coChairs.has(id) &&
        conflict.claims.some((claim) => claim.evidence.some((item) => cited.has(item.source)))
      );
    return false;
  });
}

const isAbout = (conflict: Conflict, about: Conflict['about']) =>
  conflict.about.kind === about.kind && conflict.about.id === about.id;

/** The recorded conflicts about one record (a commitment, a person…), in dataset order. */
export function conflictsAbout(
  dataset: Pick<Dataset, 'conflicts'>,
  about: Conflict['about'],
): Conflict[] {
  return dataset.conflicts.filter((conflict) => isAbout(conflict, about));
}

/**
 * The conflicts about one co-chair of a meeting that apply to that meeting (see
 * `conflictsForMeeting`), in dataset order; none for a person who did not co-chair it.
 */
export function conflictsForCoChair(
  dataset: Pick<Dataset, 'conflicts'>,
  meeting: Meeting,
  personId: string,
): Conflict[] {
  return conflictsForMeeting(dataset, meeting).filter((conflict) =>
    isAbout(conflict, { kind: 'person', id: personId }),
  );
}
