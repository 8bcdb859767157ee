import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchResults } from '@/features/search/search-results';
import { renderWithProviders } from '../../support/render';
import { makeDataset, makeMeeting } from '../../support/fixtures';

/** Meeting 1's date cited by `count` quotes about assembly, each its own text. */
function makeQuotedDataset(count: number) {
  const base = makeDataset();
  const quotes = Array.from({ length: count }, (_, i) => ({
    source: 'src-a',
    quote: `Note ${i + 1}: the right of peaceful Assembly was discussed at length by both delegations.`,
  }));
  return makeDataset({
    meetings: [
      makeMeeting({ date: { ...base.meetings[0]!.date, evidence: quotes } }),
      base.meetings[1]!,
    ],
  });
}

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

  it('lists the matching quotes with the match marked, the source and a link to what they support', () => {
    renderWithProviders(<SearchResults />, { dataset: makeQuotedDataset(1), url: '/?q=assembly' });
    const region = screen.getByRole('region', { name: 'Search results for “assembly”' });

    expect(within(region).getByRole('heading', { name: 'Quotes (1)' })).toBeInTheDocument();
    // The meeting the quote is in, and the quote itself.
    expect(region).toHaveTextContent('2 results, with the other filters applied.');
    const quotes = within(region).getByRole('list', { name: 'Matching quotes' });
    expect(quotes).toHaveTextContent(
      '“Note 1: the right of peaceful Assembly was discussed at length by both delegations.”' +
        'Publisher A, 11 April 2022 · Date of A round 1',
    );
    // eslint-disable-next-line testing-library/no-node-access
    expect([...quotes.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Assembly',
    ]);
    expect(within(quotes).getByRole('link', { name: 'Date of A round 1' })).toHaveAttribute(
      'href',
      '/?q=assembly&open=meeting:meeting-1',
    );
  });

  it('links a quote of a conflict to the conflict on the Sources page', () => {
    renderWithProviders(<SearchResults />, {
      dataset: makeDataset(),
      url: '/readouts/?q=verbatim&year=2022',
    });
    const quotes = screen.getByRole('list', { name: 'Matching quotes' });
    expect(
      within(quotes).getByRole('link', { name: 'Conflict: A title (claim: Title one)' }),
    ).toHaveAttribute('href', '/sources/?year=2022&q=verbatim#conflict-conflict-a');
  });

  it('shows the first 10 quotes of many and the rest on request', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchResults />, { dataset: makeQuotedDataset(14), url: '/?q=assembly' });
    const quotes = () =>
      within(screen.getByRole('list', { name: 'Matching quotes' })).getAllByRole('listitem');

    expect(screen.getByRole('heading', { name: 'Quotes (14)' })).toBeInTheDocument();
    expect(screen.getByText('15 results, with the other filters applied.')).toBeInTheDocument();
    expect(quotes()).toHaveLength(10);
    expect(screen.getByText('Showing 10 of 14 quotes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 4 more quotes' }));
    await waitFor(() => expect(quotes()).toHaveLength(14));
  });
});
