import { screen, within } from '@testing-library/react';
import { LastRoundTopics } from '@/features/changes/last-round-topics';
import { renderWithProviders } from '../../support/render';
import { makeChangesData, meetingsWithR4Agreed } from './changes-fixture';
import { pinToday } from '../../support/pin-today';

describe('LastRoundTopics', () => {
  pinToday('2026-12-06');

  it("lists the last round's topics as new, again or dropped, and what it agreed next", () => {
    renderWithProviders(<LastRoundTopics />, {
      dataset: makeChangesData({ meetings: meetingsWithR4Agreed }),
    });
    const region = screen.getByRole('region', { name: /round 3 discussed$/ });
    expect(region).toHaveTextContent('20 May 2024, compared with');
    const text = (role: 'term' | 'definition') =>
      within(region)
        .getAllByRole(role)
        .map((node) => node.textContent);
    expect(text('term')).toEqual(['New (1):', 'Again (1):', 'Dropped (1):']);
    expect(text('definition')).toEqual(['Topic A', 'Topic C', 'Topic B']);
    expect(within(region).getByRole('link', { name: 'Topic A' })).toHaveAttribute(
      'href',
      '/?open=topic:topic-a',
    );
    expect(region).toHaveTextContent(
      'Agreed next: The sides agreed to meet in 2025. — agreed for 2025, no record found',
    );
    expect(
      within(region).getByRole('link', { name: 'What changed, with the quotes' }),
    ).toHaveAttribute('href', '/?open=changes:r3');
  });

  it('answers for the last round held by the "View as of" date', () => {
    renderWithProviders(<LastRoundTopics />, {
      dataset: makeChangesData(),
      url: '/?asof=2023-06-01',
    });
    expect(screen.getByRole('region', { name: /round 2 discussed$/ })).toBeInTheDocument();
  });

  it('says so when no held round matches the filters', () => {
    renderWithProviders(<LastRoundTopics />, { dataset: makeChangesData(), url: '/?year=2025' });
    expect(
      screen.getByText('No held round of this dialogue matches the filters.'),
    ).toBeInTheDocument();
  });
});
