import { formatCitation } from '@/domain/citation';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { Evidence } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';
import { CopyCitationButton } from '@/components/evidence/copy-citation-button';
import { ExternalLink } from '@/components/evidence/external-link';
import { DataText } from '@/components/ui/data-text';

export type EvidenceListProps = {
  evidence: readonly Evidence[];
  dataset: LoadedDataset;
  /** Opens the source's own detail, when the host offers one. */
  onOpenSource?: (sourceId: string) => void;
};

/** Each quote with its source, date, link and a "Copy citation" button. */
export function EvidenceList({ evidence, dataset, onOpenSource }: EvidenceListProps) {
  return (
    <ul className="space-y-3">
      {evidence.map((item, index) => {
        const source = dataset.index.sourceById.get(item.source);
        return (
          <li
            key={`${item.source}-${index}`}
            className="rounded-md border-l-4 border-accent bg-page px-3 py-2"
          >
            <blockquote lang={source?.language} className="text-sm wrap-anywhere italic">
              “{item.quote}”
            </blockquote>
            {item.translation && (
              <p className="mt-1 text-sm wrap-anywhere">English: “{item.translation}”</p>
            )}
            {item.note && (
              <p className="mt-1 text-xs text-muted">
                Note: <DataText>{item.note}</DataText>
              </p>
            )}
            {source ? (
              <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
                <cite className="not-italic">
                  <ExternalLink href={source.url}>
                    <DataText>{source.title}</DataText>
                  </ExternalLink>
                  {' — '}
                  <DataText>{source.publisher}</DataText>,{' '}
                  {source.published
                    ? formatPartialDate(source.published.value, source.published.uncertain)
                    : 'date not shown'}
                </cite>
                {onOpenSource && (
                  <button
                    type="button"
                    onClick={() => onOpenSource(source.id)}
                    className="min-h-6 text-accent underline underline-offset-2"
                  >
                    About this source
                  </button>
                )}
                <CopyCitationButton citation={formatCitation(item, source, dataset.meta)} />
              </div>
            ) : (
              <p className="mt-1 text-xs text-danger">Unknown source “{item.source}”</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
