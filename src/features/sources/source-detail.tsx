import { useMemo, type ReactNode } from 'react';
import { useView } from '@/view/use-view';
import { READOUT_LABELS, SOURCE_KIND_LABELS } from '@/domain/labels';
import { conflictsForSource, listConflicts } from '@/features/sources/conflicts-series';
import { ArchivedPassages } from '@/features/sources/archived-passages';
import { SourceCitations } from '@/features/sources/source-citations';
import { describePublished, languageName } from '@/features/sources/source-labels';
import { collectCitations } from '@/features/sources/sources-series';
import { ExternalLink } from '@/components/evidence/external-link';
import { Drawer } from '@/components/ui/drawer';

export type SourceDetailProps = { id: string };

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-x-3 sm:grid-cols-[9rem_1fr]">
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="text-sm wrap-anywhere">{children}</dd>
    </div>
  );
}

/** A source: who published it and when, its caveats and link, every fact it supports, its conflicts. */
export function SourceDetail({ id }: SourceDetailProps) {
  const { wholeDataset: dataset, openDetail, closeDetail } = useView();
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
    <Drawer open title={source.title} kicker="Source" onClose={closeDetail}>
      <dl className="space-y-2">
        <Fact term="Publisher">{source.publisher}</Fact>
        <Fact term="Kind">{SOURCE_KIND_LABELS[source.kind]}</Fact>
        <Fact term="Language">{languageName(source.language)}</Fact>
        <Fact term="Published">{describePublished(source.published)}</Fact>
        {source.readout && <Fact term="Carries">the {READOUT_LABELS[source.readout]}</Fact>}
        {source.note && <Fact term="Note">{source.note}</Fact>}
        <Fact term="Link">
          <ExternalLink href={source.url}>Read the source</ExternalLink>
        </Fact>
      </dl>

      <h3 className="mt-6 text-base font-semibold">What this source supports</h3>
      <SourceCitations citations={citations} dataset={dataset} onOpenDetail={openDetail} />

      <ArchivedPassages source={source} />

      <h3 className="mt-6 text-base font-semibold">Conflicts involving this source</h3>
      {conflicts.length === 0 ? (
        <p className="mt-2 text-sm text-muted">None recorded.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {conflicts.map((conflict) => (
            <li key={conflict.id} className="rounded-md border border-line p-3 text-sm">
              <p className="font-medium wrap-anywhere">{conflict.subject}</p>
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
            </li>
          ))}
        </ul>
      )}
    </Drawer>
  );
}
