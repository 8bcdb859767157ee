import type { LoadedDataset } from '@/domain/dataset-index';
import type { DetailTarget } from '@/view/detail';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';
import { cn } from '@/lib/cn';
import { formatPartialDate } from '@/lib/dates';
import type { Development } from '@/features/latest/development';
import { LINK_STYLE } from '@/lib/link-style';

/**
 * Developments shown at first and per "Show more". The panel sits near the top of the page, so its
 * first page is short: each item carries a quote, and ten of them added about 120 elements to what
 * the first paint lays out (the bench's LCP and TBT both moved past their budgets).
 */
export const LATEST_PAGE_SIZE = 5;
const NOUN = { one: 'development', other: 'developments' };

export type LatestListProps = {
  items: readonly Development[];
  dataset: LoadedDataset;
  onOpen: (target: DetailTarget) => void;
  onOpenSource: (sourceId: string) => void;
};

/** The developments newest first, a page at a time; new filters start again at the first page. */
export function LatestList({ items, dataset, onOpen, onOpenSource }: LatestListProps) {
  const { count, listRef, showMore } = useShownCount(LATEST_PAGE_SIZE, items);
  return (
    <>
      <ol ref={listRef} aria-label="Developments, newest first" className="mt-3 space-y-3">
        {items.slice(0, count).map((item) => (
          <li
            key={item.key}
            className="rounded-lg border border-line bg-surface p-3 lg:grid lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:gap-4"
          >
            <div>
              <h3 className="text-sm font-normal">
                <time dateTime={item.date.value} className="font-medium">
                  {formatPartialDate(item.date.value, item.date.uncertain)}
                </time>
                {' · '}
                <span
                  className={cn('font-semibold', item.category === 'reversal' && 'text-danger')}
                >
                  {item.kindLabel}
                </span>
              </h3>
              {item.detail ? (
                <button
                  type="button"
                  onClick={() => item.detail && onOpen(item.detail)}
                  className={cn(LINK_STYLE, 'mt-1 min-h-6 text-left font-semibold wrap-anywhere')}
                >
                  {item.title}
                </button>
              ) : (
                <p className="mt-1 font-semibold wrap-anywhere">{item.title}</p>
              )}
              <p className="text-sm text-muted">Whose word: {item.voiceLabel}</p>
              <p className="mt-1 text-sm wrap-anywhere">{item.text}</p>
            </div>
            <div className="mt-2 lg:mt-0">
              <EvidenceList
                evidence={[item.evidence]}
                dataset={dataset}
                onOpenSource={onOpenSource}
              />
            </div>
          </li>
        ))}
      </ol>
      <ShowMore {...showMore} noun={NOUN} />
    </>
  );
}
