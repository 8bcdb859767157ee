import { collectSourceIds } from '@/domain/cited-sources';
import type { Conflict, Dataset, Meeting } from '@/domain/schema';

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
