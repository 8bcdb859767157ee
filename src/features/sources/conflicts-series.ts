import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName } from '@/domain/labels';
import type { Evidence } from '@/domain/schema';

export type ConflictRow = {
  id: string;
  subject: string;
  about: { kind: 'meeting' | 'person' | 'commitment' | 'source'; id: string; label: string };
  claims: { value: string; evidence: Evidence[] }[];
  resolution: string;
  /** Every source quoted by a claim, or the source the conflict is about. */
  sourceIds: string[];
};

function aboutLabel(dataset: LoadedDataset, kind: ConflictRow['about']['kind'], id: string) {
  const { meetingById, dialogueById, personById, commitmentById, sourceById } = dataset.index;
  const meeting = kind === 'meeting' ? meetingById.get(id) : undefined;
  if (meeting) return meetingName(meeting, dialogueById);
  if (kind === 'person') return personById.get(id)?.name ?? id;
  if (kind === 'commitment') return commitmentById.get(id)?.title ?? id;
  if (kind === 'source') return sourceById.get(id)?.title ?? id;
  return id;
}

/** The recorded conflicts in dataset order, each with the name of the record it is about. */
export function listConflicts(dataset: LoadedDataset): ConflictRow[] {
  return dataset.conflicts.map((conflict) => ({
    id: conflict.id,
    subject: conflict.subject,
    about: {
      ...conflict.about,
      label: aboutLabel(dataset, conflict.about.kind, conflict.about.id),
    },
    claims: conflict.claims,
    resolution: conflict.resolution,
    sourceIds: [
      ...new Set([
        ...conflict.claims.flatMap((claim) => claim.evidence.map((item) => item.source)),
        ...(conflict.about.kind === 'source' ? [conflict.about.id] : []),
      ]),
    ],
  }));
}

/** The conflicts that quote a source or are about it; none for an unknown id. */
export function conflictsForSource(rows: readonly ConflictRow[], sourceId: string): ConflictRow[] {
  return rows.filter((row) => row.sourceIds.includes(sourceId));
}
