import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LatestSection } from '@/features/latest/latest-section';
import { LATEST_FILTER_RULE, LATEST_SORT_RULE } from '@/features/latest/latest-series';
import { renderWithProviders } from '../../support/render';
import { FilterProbe } from '../../support/filter-probe';
import { makeDataset } from '../../support/fixtures';
import { makeLatestData } from './latest-fixture';

const dataset = makeLatestData();
const list = () => screen.getByRole('list', { name: 'Developments, newest first' });
/** Each shown development's heading: its date and kind. */
const firstLines = () =>
  within(list())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('LatestSection', () => {
  it('lists the first 5 developments newest first, and the rest on request', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LatestSection />, { dataset });

    expect(screen.getByRole('heading', { name: 'Latest developments', level: 2 })).toBeVisible();
    expect(
      screen.getByText('11 developments since 11 April 2022; newest 6 November 2025.'),
    ).toBeInTheDocument();
    expect(firstLines()).toEqual([
      '6 November 2025 · High-level contact: summit',
      '1 March 2025 · Reversal: narrows the reform',
      'February 2025 · Review',
      '2025 · Practice finding: Applied with shortfalls',
      '20 May 2024 · Adopted / signed',
    ]);
    expect(screen.getByText('Showing 5 of 11 developments')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: /^Show 5 more developments/ }));
    expect(firstLines().slice(5)).toEqual([
      '20 May 2024 · Criticised',
      'c. May 2024 · Welcomed',
      'c. 2024 · Meeting held',
      '11 April 2022 · Meeting held',
      '11 April 2022 · Next meeting agreed',
    ]);
    await user.click(screen.getByRole('button', { name: 'Show 1 more development' }));
    expect(firstLines()[10]).toBe('11 April 2022 · Announced');
  });

  it('shows whose word each is, a quote with its source link, and a machine-readable date', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LatestSection />, { dataset });
    await user.click(screen.getByRole('button', { name: 'Show all 11 developments' }));
    const shown = within(list());
    expect(shown.getByText('Whose word: Court')).toBeInTheDocument();
    expect(shown.getByText('A court ruling narrowed the law.')).toBeInTheDocument();
    expect(shown.getByText('“the ruling narrowed it”')).toBeInTheDocument();
    expect(shown.getAllByRole('link', { name: /Source A/ })[0]).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
    expect(shown.getByText('1 March 2025')).toHaveAttribute('datetime', '2025-03-01');
    expect(shown.getByText('c. May 2024')).toHaveAttribute('datetime', '2024-05');
  });

  it('opens a commitment, meeting or review from its title', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LatestSection />, { dataset });
    await user.click(within(list()).getByRole('button', { name: 'Freedom in the World 2025' }));
    await waitFor(() => expect(window.location.search).toBe('?open=review:fiw-2025'));

    await user.click(within(list()).getAllByRole('button', { name: 'Law A' })[0] as HTMLElement);
    await waitFor(() => expect(window.location.search).toBe('?open=commitment:law-a'));
    await user.click(screen.getByRole('button', { name: 'Show all 11 developments' }));
    await user.click(within(list()).getByRole('button', { name: 'A round 2' }));
    await waitFor(() => expect(window.location.search).toBe('?open=meeting:meeting-2'));
  });

  it('follows the shared filters from the URL and as they change', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <FilterProbe label="Only 2024" patch={{ years: [2024] }} />
        <LatestSection />
      </>,
      { dataset, url: '/?topic=topic-b' },
    );
    expect(
      screen.getByText('3 of 11 developments since c. 2024; newest 20 May 2024.'),
    ).toBeInTheDocument();
    expect(firstLines()).toEqual([
      '20 May 2024 · Criticised',
      'c. May 2024 · Welcomed',
      'c. 2024 · Meeting held',
    ]);

    await user.click(screen.getByRole('button', { name: 'Only 2024' }));
    await waitFor(() => expect(window.location.search).toBe('?topic=topic-b&year=2024'));
    expect(await screen.findByText(/^3 of 11 developments/)).toBeInTheDocument();
  });

  it('shows nothing after the "View as of" day, and counts as of that day', () => {
    renderWithProviders(<LatestSection />, { dataset, url: '/?asof=2024-12-31' });
    expect(
      screen.getByText('7 developments since 11 April 2022; newest 20 May 2024.'),
    ).toBeInTheDocument();
    expect(within(list()).queryByText('C5+1 summit')).not.toBeInTheDocument();
  });

  it('offers a reset when the filters leave nothing', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LatestSection />, { dataset, url: '/?q=nothing-like-this' });
    expect(screen.getByText('No developments match these filters')).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Developments, newest first' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByText(/^11 developments/)).toBeInTheDocument();
  });

  it('says so, without a reset, when the dataset has nothing dated', () => {
    const base = makeDataset();
    renderWithProviders(<LatestSection />, {
      dataset: makeDataset({ meetings: base.meetings.slice(1), commitments: [] }),
    });
    expect(screen.getByText('The dataset records no dated developments.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset filters' })).not.toBeInTheDocument();
  });

  it('links the Atom feed and publishes how the list is ordered and filtered', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LatestSection />, { dataset });
    expect(screen.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/feed.xml');
    await user.click(screen.getByText('How the list is ordered and filtered'));
    expect(screen.getByText(LATEST_SORT_RULE)).toBeVisible();
    expect(screen.getByText(LATEST_FILTER_RULE)).toBeVisible();
  });
});
