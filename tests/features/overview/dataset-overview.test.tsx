import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DatasetOverview } from '@/features/overview/dataset-overview';
import { RecordNumbers } from '@/features/overview/record-numbers';
import { renderWithProviders } from '../../support/render';
import { makeDataset, makeMeeting } from '../../support/fixtures';
import { pinToday } from '../../support/pin-today';
import { usePhoneViewport } from '../../support/phone-viewport';

/** The rounds and, after them, the record's numbers, as the Overview shows them. */
function RoundsAndNumbers() {
  return (
    <>
      <DatasetOverview />
      <RecordNumbers />
    </>
  );
}

const roundsTable = () =>
  screen.getByRole('table', { name: 'Meetings of the \u2068Dialogue A\u2069, oldest first' });

describe('DatasetOverview', () => {
  // The fixture's round 2 is planned for 2025: still due on this day.
  pinToday('2025-06-01');

  it('shows the rounds of the primary dialogue, and the counts quietly after them', () => {
    renderWithProviders(<RoundsAndNumbers />, { dataset: makeDataset() });

    expect(screen.getByRole('heading', { name: /^Rounds of the / })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'The record in numbers' })).toBeInTheDocument();
    expect(screen.getByText('(1 held · 1 planned)')).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Meetings', 'Topics', 'Reform commitments', 'Sources']);
    const values = screen.getAllByRole('definition').map((value) => value.textContent);
    expect(values).toEqual(
      expect.arrayContaining(['2', '(1 held · 1 planned)', '1', '(1 recorded conflicts)']),
    );

    const rows = within(roundsTable()).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('11 April 2022');
    expect(rows[1]).toHaveTextContent('Held');
    expect(rows[2]).toHaveTextContent('Planned');
    // Who led, by name and side; a round no source names the co-chairs of says so.
    expect(within(roundsTable()).getByRole('columnheader', { name: 'Co-chairs' })).toBeVisible();
    expect(rows[1]).toHaveTextContent('Person A (United States)');
    // The wide table's column and the narrow one's line under the place both link to the person.
    for (const link of within(rows[1]!).getAllByRole('link', { name: 'Person A' }))
      expect(link).toHaveAttribute('href', '/?open=person:person-a');
    expect(rows[2]).toHaveTextContent('Not named');
  });
});

describe('DatasetOverview once the agreed year of a planned round is over', () => {
  pinToday('2026-12-06');

  it('counts the round as not confirmed and says so in the rounds table', () => {
    renderWithProviders(<RoundsAndNumbers />, { dataset: makeDataset() });

    expect(screen.getByText('(1 held · 1 not confirmed)')).toBeInTheDocument();
    const round2 = within(roundsTable()).getAllByRole('row')[2]!;
    expect(within(round2).getByText('Not confirmed')).toBeInTheDocument();
    expect(within(round2).getByText('agreed for 2025, no record found')).toBeInTheDocument();
    expect(round2).not.toHaveTextContent('Planned');
  });

  it('reads "Planned" again when viewed as of a day within the agreed year', () => {
    renderWithProviders(<RoundsAndNumbers />, {
      dataset: withRound2Agreed(),
      url: '/?asof=2025-06-01',
    });

    expect(screen.getByText('(1 held · 1 planned)')).toBeInTheDocument();
    const round2 = within(roundsTable()).getAllByRole('row')[2]!;
    expect(round2).toHaveTextContent('Planned');
    expect(round2).not.toHaveTextContent('Not confirmed');
  });
});

describe('DatasetOverview follows "View as of" and the filters, as the panels below do', () => {
  pinToday('2026-12-06');

  it('leaves out a round not held or agreed by the date, and counts as of that day', () => {
    renderWithProviders(<RoundsAndNumbers />, { dataset: makeDataset(), url: '/?asof=2023-01-01' });

    expect(screen.getByText('(1 held · 0 planned)')).toBeInTheDocument();
    const rows = within(roundsTable()).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('11 April 2022');
  });

  it('before the first round, says that no round matches', () => {
    renderWithProviders(<RoundsAndNumbers />, { dataset: makeDataset(), url: '/?asof=2021-01-01' });

    expect(screen.getByText('No round of this dialogue matches the filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('counts and lists only the rounds in the chosen year, and says how many of all', () => {
    renderWithProviders(<RoundsAndNumbers />, { dataset: makeDataset(), url: '/?year=2022' });

    expect(screen.getByText('(1 held · 0 planned · of 2)')).toBeInTheDocument();
    expect(screen.getByText('1 of 2 rounds')).toBeInTheDocument();
    const rows = within(roundsTable()).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('11 April 2022');
  });
});

describe('DatasetOverview rounds as links', () => {
  pinToday('2025-06-01');

  it('links each round to its detail with the filters kept, and a click opens it in place', async () => {
    renderWithProviders(<RoundsAndNumbers />, { dataset: makeDataset(), url: '/?year=2022' });

    const link = within(roundsTable()).getByRole('link', { name: 'Round 1' });
    expect(link).toHaveAttribute('href', '/?year=2022&open=meeting:meeting-1');
    await userEvent.click(link);
    await waitFor(() => expect(window.location.search).toBe('?year=2022&open=meeting:meeting-1'));
  });
});

/** The fixture with round 1 recording the agreement to hold round 2. */
function withRound2Agreed() {
  const dataset = makeDataset();
  const [first, ...rest] = dataset.meetings;
  const agreement = {
    kind: 'next-meeting-agreed' as const,
    text: 'They agreed to meet again in 2025.',
    meeting: 'meeting-2',
    evidence: first!.date.evidence,
  };
  return { ...dataset, meetings: [{ ...first!, outcomes: [agreement] }, ...rest] };
}

describe('DatasetOverview with a file of many rounds', () => {
  pinToday('2025-06-01');

  it('lists the first 20 rounds, then shows more on request', async () => {
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
    renderWithProviders(<RoundsAndNumbers />, {
      dataset: makeDataset({ meetings, conflicts: [] }),
    });

    expect(within(roundsTable()).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 20 of 130 rounds');
    await userEvent.click(
      screen.getByRole('button', { name: 'Show 20 more rounds (110 not shown)' }),
    );
    expect(within(roundsTable()).getAllByRole('row')).toHaveLength(41);
  });
});

describe('DatasetOverview on a phone', () => {
  pinToday('2026-12-06');
  usePhoneViewport();

  it('shows each round as a card with its status, place, co-chairs and what it agreed next, and no table', () => {
    renderWithProviders(<RoundsAndNumbers />, { dataset: withRound2Agreed() });

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(
      screen.getByRole('list', { name: 'Meetings of the \u2068Dialogue A\u2069, oldest first' }),
    ).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    for (const card of cards)
      expect(within(card).getByText(/^(Held|Not confirmed)$/)).toBeVisible();
    expect(within(cards[0]!).getByRole('link', { name: 'Round 1' })).toHaveTextContent('Round 1');
    expect(cards[0]).toHaveTextContent('Nur-Sultan (now Astana), Kazakhstan');
    // Both co-chairs on one line: the sides as a short line says them.
    expect(cards[0]).toHaveTextContent('Person A (US)');
    expect(cards[0]).toHaveTextContent('Next: Washington, 2025');
    expect(cards[1]).toHaveTextContent('Not confirmed');
    expect(cards[1]).toHaveTextContent('agreed for 2025, no record found');
    expect(cards[1]).not.toHaveTextContent('Next:');
  });
});
