import { screen, within } from '@testing-library/react';
import { DatasetOverview } from '@/features/overview/dataset-overview';
import { renderWithProviders } from '../../support/render';
import { makeDataset } from '../../support/fixtures';

describe('DatasetOverview', () => {
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

    const table = screen.getByRole('table', { name: 'Meetings of the Dialogue A, oldest first' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('11 April 2022');
    expect(rows[1]).toHaveTextContent('Held');
    expect(rows[2]).toHaveTextContent('Planned');
  });
});
