import { formatCitation } from '@/domain/citation';
import type { LoadedDataset } from '@/domain/dataset-index';
import type { Evidence } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';
import { CopyCitationButton } from '@/components/evidence/copy-citation-button';
import { ExternalLink } from '@/components/evidence/external-link';
import { LanguageTag } from '@/components/evidence/language-tag';
import { DataText } from '@/components/ui/data-text';

export type EvidenceQuoteProps = {
  item: Evidence;
  dataset: LoadedDataset;
  onOpenSource?: (sourceId: string) => void;
};

/**
 * One quote in its source's language (named, and marked with `lang`, when not English), its
 * translation and note, then its source, "About this source" and "Copy citation".
 */
export function EvidenceQuote({ item, dataset, onOpenSource }: EvidenceQuoteProps) {
  const source = dataset.index.sourceById.get(item.source);
  return (
    <>
      <LanguageTag language={source?.language} />
      <blockquote lang={source?.language} dir="auto" className="text-sm wrap-anywhere italic">
        “{item.quote}”
      </blockquote>
      {item.translation && (
        <p className="mt-1 text-sm wrap-anywhere">English: “{item.translation}”</p>
      )}
      {item.note && (
        <p className="mt-1 text-xs wrap-anywhere text-muted">
          Note: <DataText>{item.note}</DataText>
        </p>
      )}
      {source ? (
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs wrap-anywhere">
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
        <p className="mt-1 text-xs wrap-anywhere text-danger">Unknown source “{item.source}”</p>
      )}
    </>
  );
}
