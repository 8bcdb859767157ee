import { PAGES } from '@/view/pages';
import { PageLink } from '@/view/page-link';
import { usePage } from '@/view/use-page';
import { cn } from '@/lib/cn';
import { prefetchPage } from '@/app/page-panels';

/**
 * The pages as real links that keep the filters: Back and Forward, new tabs and copying work. A
 * link pointed at, touched or focused fetches its page's code, so the move that follows is instant.
 */
export function PageNav() {
  const current = usePage();
  return (
    <nav aria-label="Pages" className="border-b border-line">
      <ul className="mx-auto flex max-w-6xl flex-wrap px-2.5 sm:gap-1 sm:px-4">
        {PAGES.map((page) => (
          <li key={page.id}>
            <PageLink
              page={page.id}
              aria-current={page.id === current ? 'page' : undefined}
              onPointerEnter={() => prefetchPage(page.id)}
              onFocus={() => prefetchPage(page.id)}
              className={cn(
                'inline-flex min-h-8 items-center border-b-2 px-1 text-sm whitespace-nowrap sm:min-h-10 sm:px-3',
                page.id === current
                  ? 'border-accent font-semibold text-ink'
                  : 'border-transparent text-accent hover:border-line',
              )}
            >
              {page.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
