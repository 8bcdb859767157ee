import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DatasetOverview } from '@/features/overview/dataset-overview';
import { renderWithProviders } from '../../support/render';
import { makeDataset, makeMeeting } from '../../support/fixtures';
import { pinToday } from '../../support/pin-today';

const roundsTable = () =>
  screen.getByRole('table', { name: 'Meetings of the \u2068Dialogue A\u2069, oldest first' });

describe('DatasetOverview', () => {
  // The fixture's round 2 is planned for 2025: still due on this day.
  pinToday('2025-06-01');

  it('shows the counts, the dataset version and each round of the primary dialogue', () => {
    renderWithProviders(<DatasetOverview />, { dataset: makeDataset() });

    expect(screen.getByRole('heading', { name: 'What the dataset holds' })).toBeInTheDocument();
    expect(screen.getByText(/version 1\.2\.3, updated 22 November 2026/)).toBeInTheDocument();
    expect(screen.getByText('1 held · 1 planned')).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Meetings', 'Topics', 'Reform commitments', 'Sources']);
    const values = screen.getAllByRole('definition').map((value) => value.textContent);
    expect(values).toEqual(
      expect.arrayContaining(['2', '1 held · 1 planned', '1', '1 recorded conflicts']),
    );

    const rows = within(roundsTable()).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('11 April 2022');
    expect(rows[1]).toHaveTextContent('Held');
    expect(rows[2]).toHaveTextContent('Planned');
  });
});

describe('DatasetOverview once the agreed year of a planned round is over', () => {
  pinToday('2026-12-06');

  it('counts the round as not confirmed and says so in the rounds table', () => {
    renderWithProviders(<DatasetOverview />, { dataset: makeDataset() });

    expect(screen.getByText('1 held · 1 not confirmed')).toBeInTheDocument();
    const round2 = within(roundsTable()).getAllByRole('row')[2]!;
    expect(within(round2).getByText('Not confirmed')).toBeInTheDocument();
    expect(within(round2).getByText('agreed for 2025, no record found')).toBeInTheDocument();
    expect(round2).not.toHaveTextContent('Planned');
  });

  it('reads "Planned" again when viewed as of a day within the agreed year', () => {
    renderWithProviders(<DatasetOverview />, { dataset: makeDataset(), url: '/?asof=2025-06-01' });

    expect(screen.getByText('1 held · 1 planned')).toBeInTheDocument();
    const round2 = within(roundsTable()).getAllByRole('row')[2]!;
    expect(round2).toHaveTextContent('Planned');
    expect(round2).not.toHaveTextContent('Not confirmed');
  });
});

describe('DatasetOverview with a file of many rounds', () => {
  pinToday('2025-06-01');

  it('lists the first 100 rounds, then shows more on request', async () => {
    const meetings = Array.from({ length: 130 }, (_, i) =>
      makeMeeting({
        id: `meeting-${i + 1}`,
        round: i + 1,
        date: {
          ...makeMeeting().date,
          value: new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10),
        },
      }),
    );
    renderWithProviders(<DatasetOverview />, { dataset: makeDataset({ meetings, conflicts: [] }) });

    expect(within(roundsTable()).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 100 of 130 rounds');
    await userEvent.click(screen.getByRole('button', { name: 'Show 30 more rounds' }));
    expect(within(roundsTable()).getAllByRole('row')).toHaveLength(131);
  });
});
