import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CommitmentsSection } from '@/features/commitments/commitments-section';
import { makeDataset } from '../../support/fixtures';
import { makeManyCommitments } from '../../support/many-records';
import { renderWithProviders } from '../../support/render';
import { openDataTables } from '../../support/data-tables';
import { pinToday } from '../../support/pin-today';
import { usePhoneViewport } from '../../support/phone-viewport';
import { makeCommitmentsData } from './commitments-fixture';

const param = (name: string) => new URLSearchParams(window.location.search).get(name);

function renderSection(url = '/') {
  return renderWithProviders(<CommitmentsSection />, { dataset: makeCommitmentsData(), url });
}

function commitmentTable() {
  return screen.getByRole('table', { name: /^Reform commitments/ });
}

function header(name: string) {
  return within(commitmentTable()).getByRole('columnheader', { name });
}

function sortButton(name: string) {
  return within(commitmentTable()).getByRole('button', { name });
}

function rowTitles() {
  return within(commitmentTable())
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
}

describe('CommitmentsSection', () => {
  pinToday('2026-12-06');

  it('shows the count, the status summary and every commitment with its status evidence', async () => {
    renderSection();
    await openDataTables();

    expect(screen.getByRole('heading', { name: 'Reform commitments' })).toBeInTheDocument();
    expect(screen.getByText('All 4 commitments')).toBeInTheDocument();
    expect(
      screen.getByText(/The Status filter applies here and to the reform milestones/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Commitments by status' }),
    ).toHaveAccessibleDescription(
      /All 4 commitments by derived status: 1 No evidence, 1 Adopted, not yet complete, 1 Complete and 1 Partly reversed/,
    );

    const counts = screen.getByRole('table', { name: /^Commitments by status/ });
    const countRows = within(counts).getAllByRole('row').slice(1);
    expect(countRows.map((row) => row.textContent)).toEqual([
      'No evidence1',
      'Announced0',
      'In preparation0',
      'Adopted, not yet complete1',
      'Complete1',
      'Partly reversed1',
      'Reversed0',
    ]);

    const alpha = within(commitmentTable()).getByRole('row', { name: /Alpha court/ });
    expect(alpha).toHaveTextContent('Law · President of Kazakhstan');
    expect(alpha).toHaveTextContent('In force ✓ (complete)');
    expect(alpha).toHaveTextContent('16 June 2024Kazakh government');
    expect(alpha).toHaveTextContent(
      'Applied with shortfallsIndependent (NGO, media, academic), 20 June 2024',
    );
    expect(alpha).toHaveTextContent('welcomed ×1 · criticised ×1');
    expect(alpha).toHaveTextContent('July 2024The US welcomed it.');
    expect(alpha).toHaveTextContent('Topic A, Topic B');
    expect(alpha).toHaveTextContent('A round 1, 11 April 2022');
    expect(alpha).toHaveTextContent('A round 2, 2025 (not confirmed)');
  });

  it('says how many commitments are flagged as of today, and why', async () => {
    const user = userEvent.setup();
    renderSection();
    await user.click(
      screen.getByText(
        'Flags as of 6 December 2026: 2 with no new evidence for 12 months · 0 overdue',
      ),
    );
    expect(
      screen.getByText(/^No new evidence for 12 months: the commitment is not complete/),
    ).toBeVisible();
    const bravo = within(commitmentTable()).getByRole('row', { name: /Bravo law/ });
    expect(bravo).toHaveTextContent('No new evidence for 12 months');
    const alpha = within(commitmentTable()).getByRole('row', { name: /Alpha court/ });
    expect(alpha).not.toHaveTextContent('No new evidence');
  });

  it('marks a government-reported finding and a reversal in the row', () => {
    renderSection();
    const delta = within(commitmentTable()).getByRole('row', { name: /Delta office/ });
    expect(delta).toHaveTextContent('Operating, partly reversed ✓ (complete)');
    expect(delta).toHaveTextContent(
      'AppliedGovernment-reported, March 2021No assessment from outside the Kazakh government recorded',
    );
    const bravo = within(commitmentTable()).getByRole('row', { name: /Bravo law/ });
    expect(bravo).toHaveTextContent('No finding recorded');
  });

  it('sorts by completion, last in the legend first, by default and marks it with aria-sort', () => {
    renderSection();
    expect(rowTitles()).toEqual(['Delta office', 'Alpha court', 'Bravo law', 'Charlie plan']);
    expect(header('Completion')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Commitment')).not.toHaveAttribute('aria-sort');
  });

  it('re-sorts on a header click, keeps the sort in the URL and updates aria-sort', async () => {
    const user = userEvent.setup();
    renderSection();
    const startLength = window.history.length;

    await user.click(sortButton('Completion'));
    await waitFor(() => expect(window.location.search).toBe('?dir=asc'));
    expect(rowTitles()).toEqual(['Charlie plan', 'Bravo law', 'Alpha court', 'Delta office']);
    expect(header('Completion')).toHaveAttribute('aria-sort', 'ascending');

    await user.click(sortButton('Commitment'));
    await waitFor(() => expect(param('sort')).toBe('title'));
    expect(param('dir')).toBe('asc');
    expect(rowTitles()).toEqual(['Alpha court', 'Bravo law', 'Charlie plan', 'Delta office']);
    expect(header('Commitment')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Completion')).not.toHaveAttribute('aria-sort');

    await user.click(sortButton('Commitment'));
    await waitFor(() => expect(window.location.search).toBe('?sort=title'));
    expect(rowTitles()).toEqual(['Delta office', 'Charlie plan', 'Bravo law', 'Alpha court']);
    // One entry per click, so Back undoes one sort at a time.
    expect(window.history.length).toBe(startLength + 3);
  });

  it('sorts by status date with undated statuses last, from a shared URL', () => {
    renderSection('/?sort=statusDate&dir=asc');
    expect(rowTitles()).toEqual(['Delta office', 'Bravo law', 'Alpha court', 'Charlie plan']);
    expect(header('Completion date')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('opens a commitment’s detail from its title', async () => {
    const user = userEvent.setup();
    renderSection();
    await user.click(screen.getByRole('link', { name: 'Bravo law' }));
    await waitFor(() => expect(param('open')).toBe('commitment:bravo'));
  });

  it('applies the Status filter and toggles it from the counts table', async () => {
    const user = userEvent.setup();
    renderSection('/?status=adopted');
    await openDataTables();
    expect(screen.getByText('1 of 4 commitments')).toBeInTheDocument();
    expect(rowTitles()).toEqual(['Bravo law']);

    const counts = screen.getByRole('table', { name: /^Commitments by status/ });
    expect(
      within(counts).getByRole('button', { name: 'Adopted, not yet complete' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(counts).getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(param('status')).toBe('adopted,complete'));
    await waitFor(() => expect(rowTitles()).toEqual(['Alpha court', 'Bravo law']));

    await user.click(within(counts).getByRole('button', { name: 'Adopted, not yet complete' }));
    await waitFor(() => expect(param('status')).toBe('complete'));
    await waitFor(() => expect(rowTitles()).toEqual(['Alpha court']));
  });

  it('keeps both of two quick clicks, even before the panel has caught up with the first', async () => {
    const user = userEvent.setup();
    renderSection('/?status=adopted');
    await openDataTables();
    const counts = screen.getByRole('table', { name: /^Commitments by status/ });
    await user.click(within(counts).getByRole('button', { name: 'Complete' }));
    await user.click(within(counts).getByRole('button', { name: 'Adopted, not yet complete' }));
    await waitFor(() => expect(param('status')).toBe('complete'));
    await waitFor(() => expect(rowTitles()).toEqual(['Alpha court']));
  });

  it('explains the status ladder one click from the summary', async () => {
    const user = userEvent.setup();
    renderSection();
    const rule = screen.getByText(/Completion is the highest rung of the commitment’s kind/);
    expect(rule).not.toBeVisible();
    await user.click(screen.getByText('How completion and practice are derived'));
    expect(rule).toBeVisible();
    const kinds = screen.getByRole('table', { name: /^Kinds of commitment/ });
    expect(within(kinds).getByRole('row', { name: /^Institution/ })).toHaveTextContent(
      'Established (adopted / signed, ratified / acceded) → Operating (entered into force)',
    );
    expect(within(kinds).getByRole('row', { name: /^Decree/ })).toHaveTextContent(
      'Signed: a decree takes effect when it is signed.',
    );
    expect(screen.getByText(/Practice is told only by practice findings/)).toBeVisible();
  });

  it('shows an empty state with a reset when the filters leave nothing', async () => {
    const user = userEvent.setup();
    renderSection('/?status=reversed');
    expect(screen.getByText('0 of 4 commitments')).toBeInTheDocument();
    expect(screen.getByText('No commitments match these filters')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /^Reform commitments/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() => expect(rowTitles()).toHaveLength(4));
  });

  describe('a long table', () => {
    const renderLong = (url = '/') =>
      renderWithProviders(<CommitmentsSection />, {
        dataset: makeDataset({ commitments: makeManyCommitments(30) }),
        url,
      });
    const titles = (from: number, to: number) =>
      Array.from(
        { length: to - from + 1 },
        (_, i) => `Commitment ${String(from + i).padStart(2, '0')}`,
      );

    it('shows the first 25 rows and says how many of how many are shown', () => {
      renderLong();
      expect(screen.getByText('All 30 commitments')).toBeInTheDocument();
      expect(rowTitles()).toEqual(titles(1, 25));
      expect(screen.getByText('Showing 25 of 30 commitments')).toHaveAttribute('role', 'status');
      // One page shows the rest, so there is no separate "Show all".
      expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
    });

    it('shows the rest on request, moving focus to the first new row', async () => {
      const user = userEvent.setup();
      renderLong();
      await user.click(screen.getByRole('button', { name: 'Show 5 more commitments' }));
      expect(rowTitles()).toEqual(titles(1, 30));
      expect(within(commitmentTable()).getByRole('row', { name: /Commitment 26/ })).toHaveFocus();
      expect(screen.getByText('Showing all 30 commitments')).toBeInTheDocument();
    });

    it('sorts every row before paging, and a new sort starts again at the first page', async () => {
      const user = userEvent.setup();
      renderLong();
      await user.click(screen.getByRole('button', { name: 'Show 5 more commitments' }));
      expect(rowTitles()).toHaveLength(30);

      // Adopted on later days in title order: newest first puts the last titles on top.
      await user.click(sortButton('Completion date'));
      await waitFor(() => expect(param('sort')).toBe('statusDate'));
      expect(rowTitles()).toEqual(titles(6, 30).reverse());
      expect(screen.getByText('Showing 25 of 30 commitments')).toBeInTheDocument();
    });

    it('starts again at the first page when a filter changes', async () => {
      const user = userEvent.setup();
      renderLong();
      await openDataTables();
      await user.click(screen.getByRole('button', { name: 'Show 5 more commitments' }));
      expect(rowTitles()).toHaveLength(30);

      const counts = screen.getByRole('table', { name: /^Commitments by status/ });
      await user.click(within(counts).getByRole('button', { name: 'Adopted, not yet complete' }));
      await waitFor(() => expect(param('status')).toBe('adopted'));
      await waitFor(() => expect(rowTitles()).toEqual(titles(1, 25)));
    });

    it('shows a sorted page from a shared URL', () => {
      renderLong('/?sort=title&dir=desc');
      expect(rowTitles()).toEqual(titles(6, 30).reverse());
    });
  });
});

describe('CommitmentsSection on a phone', () => {
  pinToday('2026-12-06');
  usePhoneViewport();

  const cards = () =>
    within(screen.getByRole('list', { name: 'Reform commitments' })).getAllByRole('listitem');

  it('shows a card per commitment, each with its completion, practice and last event, and no table', () => {
    renderSection();

    expect(screen.queryByRole('table', { name: /^Reform commitments/ })).not.toBeInTheDocument();
    expect(cards().map((card) => within(card).getByRole('link').textContent)).toEqual([
      'Delta office',
      'Alpha court',
      'Bravo law',
      'Charlie plan',
    ]);
    const [delta, alpha, bravo, charlie] = cards();
    expect(delta).toHaveTextContent('Completion: Operating, partly reversed✓ (complete)');
    expect(delta).toHaveTextContent(
      'Practice: Applied (government-reported, March 2021; no outside assessment recorded)',
    );
    expect(alpha).toHaveTextContent('Completion: In force✓ (complete)');
    expect(alpha).toHaveTextContent(
      'Practice: Applied with shortfalls (Independent (NGO, media, academic), 20 June 2024)',
    );
    expect(alpha).toHaveTextContent('Last event, July 2024: The US welcomed it.');
    expect(bravo).toHaveTextContent('No new evidence for 12 months');
    expect(bravo).toHaveTextContent('Practice: no finding recorded');
    expect(charlie).toHaveTextContent(/^Charlie planCompletion: (No evidence|Announced)/);
  });

  it('sorts the cards from a select, with the same URL parameters as the table’s headers', async () => {
    const user = userEvent.setup();
    renderSection();
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(sort).toHaveDisplayValue('Completion, furthest first');
    await user.selectOptions(sort, 'Title, A–Z');
    await waitFor(() => expect(param('sort')).toBe('title'));
    expect(param('dir')).toBe('asc');
    await waitFor(() =>
      expect(cards().map((card) => within(card).getByRole('link').textContent)).toEqual([
        'Alpha court',
        'Bravo law',
        'Charlie plan',
        'Delta office',
      ]),
    );
  });

  it('opens a commitment’s detail from its card, and “Show more” moves focus to the first new card', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CommitmentsSection />, {
      dataset: makeDataset({ commitments: makeManyCommitments(30) }),
    });
    await user.click(screen.getByRole('button', { name: 'Show 5 more commitments' }));
    expect(cards()).toHaveLength(30);
    expect(cards()[25]).toHaveFocus();

    await user.click(within(cards()[0]!).getByRole('link', { name: 'Commitment 01' }));
    await waitFor(() => expect(param('open')).toMatch(/^commitment:/));
  });
});
