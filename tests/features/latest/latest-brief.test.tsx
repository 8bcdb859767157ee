import { screen, within } from '@testing-library/react';
import { LatestBrief, LATEST_BRIEF_SIZE } from '@/features/latest/latest-brief';
import { renderWithProviders } from '../../support/render';
import { makeChangesData } from '../changes/changes-fixture';
import { pinToday } from '../../support/pin-today';

describe('LatestBrief', () => {
  pinToday('2026-12-06');

  it('lists the newest developments one line each, with whose word, and links to all of them', () => {
    renderWithProviders(<LatestBrief />, { dataset: makeChangesData() });
    const list = screen.getByRole('list', { name: 'Newest developments' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(LATEST_BRIEF_SIZE);
    expect(items[0]).toHaveTextContent('21 May 2024');
    expect(items[0]).toHaveTextContent('Beta code');
    expect(items[0]).toHaveTextContent('Whose word: Kazakh government');
    expect(within(items[0]!).getByRole('link', { name: 'Beta code' })).toHaveAttribute(
      'href',
      '/?open=commitment:beta',
    );
    expect(
      screen.getByRole('link', { name: /^All \d+ developments, with their quotes$/ }),
    ).toHaveAttribute('href', '/sources/');
  });

  it('says so when no development matches the filters', () => {
    renderWithProviders(<LatestBrief />, {
      dataset: makeChangesData(),
      url: '/?q=nothing-matches-this',
    });
    expect(screen.getByText('No development matches the filters.')).toBeInTheDocument();
  });
});
