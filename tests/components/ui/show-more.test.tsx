import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { ShowMore } from '@/components/ui/show-more';
import { useShownCount } from '@/components/ui/use-shown-count';

const noun = { one: 'item', other: 'items' };

/** A list of `total` items paged by `pageSize`; "Filter" keeps the even ones (new rows). */
function Harness({ total, pageSize }: { total: number; pageSize: number }) {
  const [evenOnly, setEvenOnly] = useState(false);
  const rows = useMemo(
    () => Array.from({ length: total }, (_, i) => i + 1).filter((n) => !evenOnly || n % 2 === 0),
    [total, evenOnly],
  );
  const { count, listRef, showMore } = useShownCount(pageSize, rows);
  return (
    <>
      <button type="button" onClick={() => setEvenOnly((on) => !on)}>
        Filter
      </button>
      <ul ref={listRef} aria-label="Items">
        {rows.slice(0, count).map((n) => (
          <li key={n}>
            Item {n} <a href={`#${n}`}>Open {n}</a>
          </li>
        ))}
      </ul>
      <ShowMore {...showMore} noun={noun} />
    </>
  );
}

const items = () => within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem');

describe('ShowMore with useShownCount', () => {
  it('shows nothing extra for a list that fits in one page', () => {
    render(<Harness total={5} pageSize={5} />);
    expect(items()).toHaveLength(5);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
  });

  it('shows the first page with a polite count and real buttons for more and for all', () => {
    render(<Harness total={54} pageSize={20} />);
    expect(items()).toHaveLength(20);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 20 of 54 items');
    expect(
      screen.getByRole('button', { name: 'Show 20 more items (34 not shown)' }),
    ).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Show all 54 items' })).toBeInTheDocument();
  });

  it('reveals a page per click and moves focus to the first newly shown item', async () => {
    const user = userEvent.setup();
    render(<Harness total={54} pageSize={20} />);

    await user.click(screen.getByRole('button', { name: 'Show 20 more items (34 not shown)' }));
    expect(items()).toHaveLength(40);
    expect(items()[20]).toHaveFocus();
    expect(items()[20]).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 40 of 54 items');
    // One page would show the rest, so "Show all" is no longer offered.
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();

    // Tab continues into the new item, not past it.
    await user.tab();
    expect(screen.getByRole('link', { name: 'Open 21' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Show 14 more items' }));
    expect(items()).toHaveLength(54);
    expect(items()[40]).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 54 items');
    expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
  });

  it('works from the keyboard and shows all at once', async () => {
    const user = userEvent.setup();
    render(<Harness total={54} pageSize={20} />);
    screen.getByRole('button', { name: 'Show all 54 items' }).focus();
    await user.keyboard('{Enter}');
    expect(items()).toHaveLength(54);
    expect(items()[20]).toHaveFocus();
  });

  it('goes back to the first page when the rows change', async () => {
    const user = userEvent.setup();
    render(<Harness total={54} pageSize={10} />);
    await user.click(screen.getByRole('button', { name: 'Show all 54 items' }));
    expect(items()).toHaveLength(54);

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(items()).toHaveLength(10);
    expect(items()[0]).toHaveTextContent('Item 2');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 10 of 27 items');
    // A reset is not a request for more: focus stays where the reader put it.
    expect(screen.getByRole('button', { name: 'Filter' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(items()).toHaveLength(10);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 10 of 54 items');
  });
});
