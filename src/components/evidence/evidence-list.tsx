import { createContext, use, useMemo, type ReactNode } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { orderInterfaceLanguageFirst } from '@/domain/quote-language';
import type { Evidence } from '@/domain/schema';
import { countNoun } from '@/lib/plural';
import { EvidenceQuote } from '@/components/evidence/evidence-quote';
import { BoundedList } from '@/components/ui/bounded-list';
import type { CountNoun } from '@/lib/show-more';

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
/** Quotes shown before "Show N more quotes": a fact's first two say enough to trust it. */
export const QUOTES_LEADING = 2;
/** A list from data behind "Show N more quotes" still renders ten at a time. */
const QUOTES_PAGE = 10;

/**
 * Each quote with its source, date, link and a "Copy citation" button, those in English first; the
 * first two shown, any more behind a native disclosure ("Show 3 more quotes").
 */
export function EvidenceList({ evidence, className, ...given }: EvidenceListProps) {
  const { dataset, onOpenSource } = useEvidenceScope(given);
  const ordered = useMemo(
    () =>
      orderInterfaceLanguageFirst(
        evidence,
        (sourceId) => dataset.index.sourceById.get(sourceId)?.language,
      ),
    [evidence, dataset],
  );
  const leading = useMemo(() => ordered.slice(0, QUOTES_LEADING), [ordered]);
  const rest = useMemo(() => ordered.slice(QUOTES_LEADING), [ordered]);
  const renderItem = (item: Evidence) => (
    <EvidenceQuote item={item} dataset={dataset} onOpenSource={onOpenSource} />
  );
  const list = (
    <>
      <ul className="space-y-3">
        {leading.map((item, index) => (
          <li key={index} className={QUOTE_ITEM}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="mt-3">
          <summary className="min-h-6 cursor-pointer text-sm text-accent underline underline-offset-2">
            Show {countNoun(rest.length, 'more quote', 'more quotes')}
          </summary>
          <BoundedList
            items={rest}
            pageSize={QUOTES_PAGE}
            noun={QUOTE}
            className="mt-3 space-y-3"
            itemClassName={QUOTE_ITEM}
            renderItem={renderItem}
          />
        </details>
      )}
    </>
  );
  return className ? <div className={className}>{list}</div> : list;
}

const QUOTE_ITEM = 'rounded-md border-l-4 border-accent bg-page px-3 py-2';
