import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { ConflictLink } from '@/view/conflict-link';
import { READOUT_LABELS, SOURCE_KIND_LABELS } from '@/domain/labels';
import { conflictsForSource, listConflicts } from '@/features/sources/conflicts-series';
import { ArchivedPassages } from '@/features/sources/archived-passages';
import { SourceCitations } from '@/features/sources/source-citations';
import { describePublished } from '@/features/sources/source-labels';
import { languageName } from '@/lib/language-name';
import { collectCitations } from '@/features/sources/sources-series';
import { ExternalLink } from '@/components/evidence/external-link';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import { FactList } from '@/components/ui/fact-list';
import type { ContentsEntry } from '@/lib/contents-list';
import type { CountNoun } from '@/lib/show-more';

export type SourceDetailProps = { id: string };

const CONFLICT: CountNoun = { one: 'conflict', other: 'conflicts' };

const SECTIONS = {
  supports: { id: 'source-supports', label: 'What this source supports' },
  archived: { id: 'source-archived', label: 'Archived passages' },
  conflicts: { id: 'source-conflicts', label: 'Conflicts involving this source' },
} as const satisfies Record<string, ContentsEntry>;

/** A source: who published it and when, its caveats and link, every fact it supports, its conflicts. */
export function SourceDetail({ id }: SourceDetailProps) {
  const { wholeDataset: dataset, closeDetail } = useView();
  const source = dataset.index.sourceById.get(id);
  const allCitations = useMemo(() => collectCitations(dataset), [dataset]);
  const citations = useMemo(
    () => allCitations.filter((citation) => citation.sourceId === id),
    [allCitations, id],
  );
  const conflicts = useMemo(() => conflictsForSource(listConflicts(dataset), id), [dataset, id]);

  if (!source) {
    return (
      <Drawer open title="Source not found" kicker="Source" onClose={closeDetail}>
        <p>No source with the id “{id}” is in this dataset. The link may be out of date.</p>
      </Drawer>
    );
  }

  return (
    <Drawer
      open
      title={source.title}
      kicker="Source"
      onClose={closeDetail}
      contents={Object.values(SECTIONS)}
    >
      <FactList
        facts={[
          { term: 'Publisher', value: source.publisher },
          { term: 'Kind', value: SOURCE_KIND_LABELS[source.kind] },
          { term: 'Language', value: languageName(source.language) },
          { term: 'Published', value: describePublished(source.published) },
          ...(source.readout
            ? [{ term: 'Carries', value: `the ${READOUT_LABELS[source.readout]}` }]
            : []),
          ...(source.note ? [{ term: 'Note', value: source.note }] : []),
          { term: 'Link', value: <ExternalLink href={source.url}>Read the source</ExternalLink> },
        ]}
      />

      <h3 id={SECTIONS.supports.id} className="mt-6 text-base font-semibold">
        {SECTIONS.supports.label}
      </h3>
      <SourceCitations citations={citations} dataset={dataset} />

      <ArchivedPassages source={source} headingId={SECTIONS.archived.id} />

      <h3 id={SECTIONS.conflicts.id} className="mt-6 text-base font-semibold">
        {SECTIONS.conflicts.label}
      </h3>
      <DetailList
        items={conflicts}
        noun={CONFLICT}
        emptyText="None recorded."
        emptyClassName="mt-2"
        className="mt-2 space-y-3"
        itemClassName="rounded-md border border-line p-3 text-sm"
        itemKey={(conflict) => conflict.id}
        renderItem={(conflict) => (
          <>
            <p className="font-medium wrap-anywhere">
              <ConflictLink conflictId={conflict.id}>
                <bdi>{conflict.subject}</bdi> — see the conflict
              </ConflictLink>
            </p>
            <ul className="mt-1 list-disc pl-5">
              {conflict.claims.map((claim, index) => (
                <li key={index} className="wrap-anywhere">
                  {claim.value}
                  {claim.evidence.some((item) => item.source === id) && (
                    <span className="text-muted"> (this source)</span>
                  )}
                </li>
              ))}
            </ul>
            <p className="mt-1 wrap-anywhere">
              <span className="font-medium">Resolution: </span>
              {conflict.resolution}
            </p>
          </>
        )}
      />
    </Drawer>
  );
}
