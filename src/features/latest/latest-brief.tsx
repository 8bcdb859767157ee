import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { DetailLink } from '@/view/detail-link';
import { PageLink } from '@/view/page-link';
import { cn } from '@/lib/cn';
import { formatPartialDate } from '@/lib/dates';
import { countNoun } from '@/lib/plural';
import { PanelSection } from '@/components/ui/panel-section';
import { buildLatestDevelopments } from '@/features/latest/latest-series';
import { LINK_STYLE } from '@/lib/link-style';

/** How many developments the Overview lists; the Sources page lists them all, with quotes. */
export const LATEST_BRIEF_SIZE = 4;
/** How many of them a phone shows, so that they fit its first screen with the other answers. */
export const LATEST_BRIEF_PHONE_SIZE = 2;

/** The Overview's newest developments, one line each: date, what happened, to what, whose word. */
export function LatestBrief() {
  const { dataset, filters } = useView();
  const items = useMemo(() => buildLatestDevelopments(dataset, filters), [dataset, filters]);
  return (
    <PanelSection name="latest-brief" title="Latest developments" className="mt-4 md:mt-8">
      {items.length === 0 ? (
        <p className="mt-1 text-sm">No development matches the filters.</p>
      ) : (
        <ol
          aria-label="Newest developments"
          className="mt-1 space-y-1 text-sm md:mt-2 md:space-y-2"
        >
          {items.slice(0, LATEST_BRIEF_SIZE).map((item, index) => {
            const target = item.detail;
            return (
              <li
                key={item.key}
                className={cn(index >= LATEST_BRIEF_PHONE_SIZE && 'max-md:hidden')}
              >
                <time dateTime={item.date.value} className="font-medium">
                  {formatPartialDate(item.date.value, item.date.uncertain)}
                </time>
                {' · '}
                <span className={cn(item.category === 'reversal' && 'font-semibold text-danger')}>
                  {item.kindLabel}
                </span>
                {' · '}
                {target ? (
                  <DetailLink target={target} className={cn(LINK_STYLE, 'wrap-anywhere')}>
                    {item.title}
                  </DetailLink>
                ) : (
                  <span className="wrap-anywhere">{item.title}</span>
                )}
                {/* A phone runs it on after the title: a line fewer on its first screen. */}
                <span className="text-xs text-muted max-md:ml-1 md:block">
                  Whose word: {item.voiceLabel}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="mt-1 text-sm md:mt-2">
        <PageLink page="sources" className={cn(LINK_STYLE, 'inline-flex min-h-6 items-center')}>
          {items.length > LATEST_BRIEF_SIZE
            ? `All ${countNoun(items.length, 'development', 'developments')}, with their quotes`
            : 'The developments with their quotes'}
        </PageLink>
      </p>
    </PanelSection>
  );
}
