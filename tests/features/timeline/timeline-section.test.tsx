import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimelineSection } from '@/features/timeline/timeline-section';
import { renderWithProviders } from '../../support/render';
import { makeDataset } from '../../support/fixtures';

describe('TimelineSection', () => {
  it('lists the meetings in date order with their status, and counts them', () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset() });

    expect(screen.getByRole('heading', { name: 'When the sides met' })).toBeInTheDocument();
    expect(screen.getByText('All 2 meetings')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Meetings in date order' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('11 April 2022');
    expect(items[0]).toHaveTextContent('Nur-Sultan (now Astana)');
    expect(items[1]).toHaveTextContent('Planned');
    expect(
      screen.getByRole('figure', { name: 'Timeline of meetings and reform milestones' }),
    ).toHaveAccessibleDescription(/2 A meetings \(1 planned\), 1 reform milestone, 2022–2025\./);
  });

  it('narrows to the filtered meetings from the URL', () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset(), url: '/?year=2025' });
    expect(screen.getByText('1 of 2 meetings')).toBeInTheDocument();
  });

  it('opens a meeting detail through the URL', async () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset() });
    const list = screen.getByRole('list', { name: 'Meetings in date order' });
    await userEvent.click(within(list).getByRole('button', { name: 'A round 1' }));
    await waitFor(() => expect(window.location.search).toBe('?open=meeting:meeting-1'));
  });

  it('shows an empty state with a reset when nothing matches', async () => {
    renderWithProviders(<TimelineSection />, {
      dataset: makeDataset(),
      url: '/?q=nothing-like-this',
    });
    expect(screen.getByText('No meetings or milestones match these filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByText('All 2 meetings')).toBeInTheDocument();
  });
});
