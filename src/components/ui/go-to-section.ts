/** Space kept between a drawer's sticky header and a section heading scrolled to. */
const GAP_BELOW_HEADER = 12;

/**
 * Moves focus to a section's heading and scrolls it to just under the drawer's sticky header. The
 * address stays as it is: the hash would not name the drawer, and `?open=` is the drawer's state.
 */
export function goToSection(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  const scroller = heading.closest('dialog');
  if (!scroller) return heading.scrollIntoView({ block: 'start' });
  const header = scroller.querySelector('header');
  scroller.scrollTop +=
    heading.getBoundingClientRect().top -
    scroller.getBoundingClientRect().top -
    (header?.offsetHeight ?? 0) -
    GAP_BELOW_HEADER;
}
