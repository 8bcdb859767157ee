import { render, screen, within } from '@testing-library/react';
import { InlineList } from '@/components/ui/inline-list';

describe('InlineList', () => {
  it('reads "A, B, C": a list whose commas stay with the item before them', () => {
    render(
      <InlineList
        aria-label="Letters"
        items={['A', 'B', 'C']}
        itemKey={(letter) => letter}
        renderItem={(letter) => <a href={`#${letter}`}>{letter}</a>}
      />,
    );
    const list = screen.getByRole('list', { name: 'Letters' });
    expect(list).toHaveTextContent(/^A, B, C$/);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['A,', 'B,', 'C']);
  });

  it('renders an empty list for no items', () => {
    render(<InlineList aria-label="None" items={[]} itemKey={String} renderItem={String} />);
    expect(within(screen.getByRole('list', { name: 'None' })).queryAllByRole('listitem')).toEqual(
      [],
    );
  });
});
