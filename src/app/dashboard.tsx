import {
  Children,
  lazy,
  Suspense,
  use,
  useMemo,
  useRef,
  useEffect,
  type RefObject,
  type ReactNode,
} from 'react';
import { PanelBoundary } from '@/app/panel-boundary';
import { ExportProvider } from '@/app/export-provider';
import { FilterBar } from '@/features/filter-bar/filter-bar';
import { useView } from '@/view/use-view';
import { usePanelsUpdating } from '@/view/view-context';
import { usePage } from '@/view/use-page';
import { pageById, type PageId } from '@/view/pages';
import { loadedPagePanels, loadPagePanels } from '@/app/page-panels';
import { useShownPage } from '@/app/use-shown-page';
import { PageNav } from '@/app/page-nav';
import { usePageChange } from '@/app/use-page-change';
import { useDetail } from '@/view/use-detail';
import { usePanelsDrawn } from '@/view/use-shown-dataset';
import { LoadingState } from '@/components/states/loading-state';
import { MARKER } from '@/boot/page-markers';
import { useSkipDrawnPanels } from '@/boot/use-skip-drawn-panels';

/**
 * The dashboard once the dataset is loaded: the pages' navigation and the one filter bar (sticky
 * together), the current page's panels, then the open detail.
 */
export function Dashboard() {
  const addressed = usePage();
  const page = useShownPage(addressed);
  usePageChange(page);
  const headRef = useRef<HTMLDivElement>(null);
  usePrefetchSearchResults(headRef);
  return (
    <ExportProvider>
      <div
        ref={headRef}
        className="sticky top-0 z-20 border-b border-line bg-surface/95 backdrop-blur"
      >
        <PageNav />
        <FilterBar />
      </div>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <PanelBoundary name="search results">
          <SearchSlot />
        </PanelBoundary>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
        {/* Only the page's code failing to load lands here (each panel has its own boundary),
            and a browser keeps that failure until the page reloads: so Retry reloads. */}
        <PanelBoundary
          key={page}
          name={pageById(page).label}
          onReset={() => window.location.reload()}
        >
          <Suspense fallback={<LoadingState label="Loading the page…" />}>
            <PagePanels page={page} moving={page !== addressed} />
          </Suspense>
        </PanelBoundary>
      </div>
      <PanelBoundary name="detail">
        <DetailSlot />
      </PanelBoundary>
    </ExportProvider>
  );
}

/**
 * The page's panels, each in its own error boundary. The page's code is a chunk of its own; it is
 * loaded before the prerendered page hydrates (src/entry-client.tsx) and before a move shows the
 * page (`useShownPage`), so this suspends only in a fresh render or after a failed fetch.
 */
function PagePanels({ page, moving }: { page: PageId; moving: boolean }) {
  const panels = loadedPagePanels(page) ?? use(loadPagePanels(page));
  // The same elements while `moving` flips, so only the area's wrapper renders again.
  const elements = useMemo(
    () =>
      panels.map(([name, Panel]) => (
        <PanelBoundary key={name} name={name}>
          <Panel />
        </PanelBoundary>
      )),
    [panels],
  );
  return <PanelsArea moving={moving}>{elements}</PanelsArea>;
}

// The search results are code only a search runs (about 3 kB less on every page's first view):
// fetched when the search box is focused, shown once a search is typed.
const loadSearchResults = () => import('@/features/search/search-results');
const SearchResults = lazy(() =>
  loadSearchResults().then((module) => ({ default: module.SearchResults })),
);

/** Fetches the search results' code when a search box inside `ref` is focused. */
function usePrefetchSearchResults(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    const onFocusIn = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'search')
        loadSearchResults().catch(() => {});
    };
    element?.addEventListener('focusin', onFocusIn);
    return () => element?.removeEventListener('focusin', onFocusIn);
  }, [ref]);
}

function SearchSlot() {
  const { filters } = useView();
  if (filters.search === '') return null;
  return (
    <Suspense fallback={null}>
      <SearchResults />
    </Suspense>
  );
}

// The details (meeting, commitment, source…) are code the first view never runs: their chunk is
// fetched when a detail is first opened (precached by the service worker for offline use).
const DetailHost = lazy(() =>
  import('@/app/detail-host').then((module) => ({ default: module.DetailHost })),
);

function DetailSlot() {
  const { detail } = useDetail();
  if (!detail) return null;
  return (
    <Suspense fallback={null}>
      <DetailHost />
    </Suspense>
  );
}

/**
 * The panels, marked busy while they catch up with a filter change or a newly opened dataset (a
 * background render; the filter bar says so) or stay while the next page's code loads. Its own component, so that the flag flipping re-renders this wrapper and
 * not every panel. (Fading them cost a repaint of the whole page in the click's frame.)
 */
function PanelsArea({ moving, children }: { moving: boolean; children: ReactNode }) {
  const updating = usePanelsUpdating();
  const panels = Children.toArray(children);
  const { drawn, catchingUp } = usePanelsDrawn(panels.length);
  const areaRef = useRef<HTMLDivElement>(null);
  useSkipDrawnPanels(areaRef);
  return (
    <div
      ref={areaRef}
      aria-busy={updating || catchingUp || moving || undefined}
      {...{ [MARKER.panels]: '' }}
    >
      {panels.slice(0, drawn)}
      {drawn < panels.length && <LoadingState label="Drawing the panels…" />}
    </div>
  );
}
