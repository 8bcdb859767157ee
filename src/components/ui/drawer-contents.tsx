import { useId, type MouseEvent } from 'react';
import { listContents, type ContentsEntry } from '@/lib/contents-list';
import { isPlainClick } from '@/lib/plain-click';

export type DrawerContentsProps = {
  /** The drawer's sections in order; `false`, `null` or `undefined` for one not shown this time. */
  sections: readonly (ContentsEntry | false | null | undefined)[];
};

/** Space kept between the drawer's sticky header and a section heading scrolled to. */
const GAP_BELOW_HEADER = 12;

/**
 * Moves focus to a section's heading and scrolls it to just under the drawer's sticky header. The
 * address stays as it is: the hash would not name the drawer, and `?open=` is the drawer's state.
 */
function goToSection(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  const scroller = heading.closest('dialog');
  if (!scroller) return heading.scrollIntoView();
  const header = scroller.querySelector('header');
  scroller.scrollTop +=
    heading.getBoundingClientRect().top -
    scroller.getBoundingClientRect().top -
    (header?.offsetHeight ?? 0) -
    GAP_BELOW_HEADER;
}

/**
 * "On this page": same-document links to a long drawer's sections, which move focus to the section
 * heading without changing the address. Nothing for a drawer with too few sections to need it.
 */
export function DrawerContents({ sections }: DrawerContentsProps) {
  const titleId = useId();
  const entries = listContents(sections);
  if (entries.length === 0) return null;
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    goToSection(id);
  };
  return (
    <nav aria-labelledby={titleId} className="mb-5 border-b border-line pb-3 text-sm">
      <p id={titleId} className="text-xs font-semibold tracking-wide text-muted uppercase">
        On this page
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              onClick={(event) => follow(event, entry.id)}
              className="inline-block min-h-6 text-accent underline underline-offset-2 hover:no-underline"
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
