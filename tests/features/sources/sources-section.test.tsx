import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcesSection } from '@/features/sources/sources-section';
import { renderWithProviders } from '../../support/render';
import { hostileSourceClient } from './hostile-source';
import { makeSourcesDataset } from './sources-fixture';

const sourceCards = () =>
  within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');

describe('SourcesSection', () => {
  it('lists every source with what it supports and the totals', () => {
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset() });

    expect(screen.getByRole('heading', { name: 'Sources and conflicts' })).toBeInTheDocument();
    expect(
      screen.getByText(
        '4 sources supply 14 quotes. By kind: Media 2, Kazakh government 1, US government 1.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('All 4 sources')).toBeInTheDocument();
    expect(screen.getByText(/search text does/)).toBeInTheDocument();

    const cards = sourceCards();
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Source A',
      'Source B',
      'Қазинформ хабары',
      'Unused source',
    ]);
    expect(cards[0]).toHaveTextContent(
      'Supports 6 facts: A round 1; Domestic violence law; Title of Person A',
    );
    expect(cards[2]).toHaveTextContent(
      'Kazinform · Kazakh government · May 2024 (uncertain) · Kazakh · carries the Kazakh readout',
    );
    expect(cards[3]).toHaveTextContent('Not quoted for any fact');
    expect(within(cards[0]!).getByRole('link', { name: /Open the source/ })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
  });

  it('narrows the sources by the search text in the URL, ignoring case and diacritics', () => {
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset(), url: '/?q=DÏALOGUE' });

    expect(screen.getByText('1 of 4 sources')).toBeInTheDocument();
    expect(sourceCards()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Қазинформ хабары' })).toBeInTheDocument();
  });

  it('says when the search leaves no source and clears it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset(), url: '/?q=zzz' });

    expect(screen.getByText('0 of 4 sources')).toBeInTheDocument();
    expect(screen.getByText('No sources match this search')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));

    expect(await screen.findByText('All 4 sources')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('opens the source detail from its title', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset() });

    await user.click(screen.getByRole('button', { name: 'Source B' }));

    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('open')).toBe('source:src-b'),
    );
  });

  it('shows each conflict with both claims, their quotes and the resolution', () => {
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset() });

    expect(screen.getByRole('heading', { name: 'Where sources disagree' })).toBeInTheDocument();
    const conflict = within(screen.getByRole('list', { name: 'Conflicts between sources' }))
      .getAllByRole('listitem')
      .at(0);
    expect(conflict).toBeDefined();
    const scope = within(conflict!);
    expect(scope.getByRole('heading', { name: 'Title of Person A' })).toBeInTheDocument();
    expect(scope.getByText('About the person:')).toHaveTextContent('Person A');
    expect(scope.getByRole('list', { name: 'Claims' })).toBeInTheDocument();
    expect(scope.getByText('Claim 1: Title one')).toBeInTheDocument();
    expect(scope.getByText('“claim one quote”')).toBeInTheDocument();
    expect(scope.getByText('Claim 2: Title two')).toBeInTheDocument();
    expect(scope.getByText('“claim two quote”')).toBeInTheDocument();
    expect(scope.getByText('Both are shown.')).toBeInTheDocument();
  });

  it('renders no link for a source whose URL is not http(s)', () => {
    renderWithProviders(<SourcesSection />, { queryClient: hostileSourceClient() });

    const card = sourceCards()[0]!;
    expect(within(card).getByRole('button', { name: 'Source A' })).toBeInTheDocument();
    expect(within(card).queryByRole('link')).not.toBeInTheDocument();
    expect(within(card).getByText(/link refused/)).toBeInTheDocument();
  });
});
