import { screen, within } from '@testing-library/react';
import { SearchResults } from '@/features/search/search-results';
import { renderWithProviders } from '../../support/render';
import { makeDataset } from '../../support/fixtures';

describe('SearchResults', () => {
  it('shows nothing without a search', () => {
    renderWithProviders(<SearchResults />, { dataset: makeDataset() });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('lists the results by kind with their counts, the matches marked and the alias named', () => {
    renderWithProviders(<SearchResults />, { dataset: makeDataset(), url: '/?q=persona' });
    const region = screen.getByRole('region', { name: 'Search results for “persona”' });
    expect(region).toHaveTextContent('2 results, with the other filters applied.');
    const people = within(region).getByRole('list', { name: 'Matching people' });
    expect(people).toHaveTextContent(
      'Person A — Under Secretary (United States) · matched through the alias “Persona A”',
    );
    expect(within(people).getByRole('link', { name: 'Person A' })).toHaveAttribute(
      'href',
      '/?q=persona&open=person:person-a',
    );
    const meetings = within(region).getByRole('list', { name: 'Matching meetings' });
    expect(within(meetings).getByRole('link', { name: 'A round 1' })).toHaveAttribute(
      'href',
      '/?q=persona&open=meeting:meeting-1',
    );
  });

  it('marks the words of the search in a title', () => {
    renderWithProviders(<SearchResults />, { dataset: makeDataset(), url: '/?q=source' });
    const sources = screen.getByRole('list', { name: 'Matching sources' });
    // eslint-disable-next-line testing-library/no-node-access
    const marks = [...sources.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Source', 'Source']);
  });

  it('says when nothing matches', () => {
    renderWithProviders(<SearchResults />, { dataset: makeDataset(), url: '/?q=nothing-here' });
    expect(
      screen.getByText('Nothing matches the search and the other filters.'),
    ).toBeInTheDocument();
  });
});
