import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailList } from '@/components/ui/detail-list';

const noun = { one: 'item', other: 'items' };
const ITEMS = Array.from({ length: 120 }, (_, i) => `Item ${i + 1}`);
const rows = () => within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem');

describe('DetailList', () => {
  it('shows the first ten of 120 items, says how many are hidden and shows ten more on request', async () => {
    render(<DetailList items={ITEMS} noun={noun} label="Items" renderItem={(item) => item} />);
    expect(rows()).toHaveLength(10);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 10 of 120 items');
    expect(screen.queryByText('Item 11')).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show 10 more items (110 not shown)' }),
    );
    expect(rows()).toHaveLength(20);
    // Reading continues at the first new item, not at the button below the list.
    expect(rows()[10]).toHaveFocus();
    expect(rows()[10]).toHaveTextContent('Item 11');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 20 of 120 items');
  });

  it('takes a first page of its own and attributes for each item', () => {
    render(
      <DetailList
        items={ITEMS}
        pageSize={20}
        noun={noun}
        label="Items"
        ordered
        itemProps={(item, index) => ({ id: `row-${index}`, title: item })}
        renderItem={(item) => item}
      />,
    );
    expect(screen.getByRole('list', { name: 'Items' }).tagName).toBe('OL');
    expect(rows()).toHaveLength(20);
    expect(rows()[19]).toHaveAttribute('id', 'row-19');
    expect(rows()[19]).toHaveAttribute('title', 'Item 20');
  });

  it('says its empty sentence instead of an empty list, and renders nothing without one', () => {
    const { container, rerender } = render(
      <DetailList items={[]} noun={noun} emptyText="Nothing recorded." renderItem={() => null} />,
    );
    expect(screen.getByText('Nothing recorded.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();

    rerender(<DetailList items={[]} noun={noun} renderItem={() => null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a short list whole, with no count and no button', () => {
    render(
      <DetailList items={ITEMS.slice(0, 3)} noun={noun} label="Items" renderItem={(i) => i} />,
    );
    expect(rows()).toHaveLength(3);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
