import { createContext, use, useMemo, type ReactNode } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { formatCitation } from '@/domain/citation';
import type { Evidence } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';
import { CopyCitationButton } from '@/components/evidence/copy-citation-button';
import { ExternalLink } from '@/components/evidence/external-link';
import { BoundedList } from '@/components/ui/bounded-list';
import type { CountNoun } from '@/lib/show-more';
import { DataText } from '@/components/ui/data-text';

export type EvidenceScopeValue = {
  /** Where quotes find their sources and the citation its dataset title. */
  dataset: LoadedDataset;
  /** Opens the source's own detail, when the host offers one. */
  onOpenSource?: (sourceId: string) => void;
};

const EvidenceScopeContext = createContext<EvidenceScopeValue | null>(null);

export type EvidenceScopeProps = EvidenceScopeValue & { children: ReactNode };

/**
 * Says once, for a whole detail, which dataset its quotes come from and how a source opens, so
 * each `EvidenceList` inside is given only its quotes.
 */
export function EvidenceScope({ dataset, onOpenSource, children }: EvidenceScopeProps) {
  const value = useMemo(() => ({ dataset, onOpenSource }), [dataset, onOpenSource]);
  return <EvidenceScopeContext value={value}>{children}</EvidenceScopeContext>;
}

/** The dataset (and source opener) given as props, or else the nearest `EvidenceScope`'s. */
function useEvidenceScope(given: Partial<EvidenceScopeValue>): EvidenceScopeValue {
  const scope = use(EvidenceScopeContext);
  if (given.dataset) return { dataset: given.dataset, onOpenSource: given.onOpenSource };
  if (!scope) throw new Error('EvidenceList needs a dataset: pass one or wrap it in EvidenceScope');
  return scope;
}

export type EvidenceListProps = Partial<EvidenceScopeValue> & {
  evidence: readonly Evidence[];
  /** Classes of a `<div>` around the list (its place in the host); no wrapper without them. */
  className?: string;
};

const QUOTE: CountNoun = { one: 'quote', other: 'quotes' };
/** Facts cite one to three quotes; a longer list from data starts with ten. */
const QUOTES_SHOWN = 10;

/** Each quote with its source, date, link and a "Copy citation" button; ten at first. */
export function EvidenceList({ evidence, className, ...given }: EvidenceListProps) {
  const { dataset, onOpenSource } = useEvidenceScope(given);
  const list = (
    <BoundedList
      items={evidence}
      pageSize={QUOTES_SHOWN}
      noun={QUOTE}
      className="space-y-3"
      itemClassName="rounded-md border-l-4 border-accent bg-page px-3 py-2"
      renderItem={(item) => <Quote item={item} dataset={dataset} onOpenSource={onOpenSource} />}
    />
  );
  return className ? <div className={className}>{list}</div> : list;
}

type QuoteProps = EvidenceScopeValue & { item: Evidence };

function Quote({ item, dataset, onOpenSource }: QuoteProps) {
  const source = dataset.index.sourceById.get(item.source);
  return (
    <>
      <blockquote lang={source?.language} className="text-sm wrap-anywhere italic">
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
