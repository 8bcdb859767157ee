import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReformSummary } from '@/features/commitments/reform-summary';
import { renderWithProviders } from '../../support/render';
import { makeChangesData } from '../changes/changes-fixture';
import { pinToday } from '../../support/pin-today';
import { usePhoneViewport } from '../../support/phone-viewport';

describe('ReformSummary', () => {
  pinToday('2026-12-06');

  it('counts the commitments by completion and practice and names the reversals', () => {
    renderWithProviders(<ReformSummary />, { dataset: makeChangesData(), url: '/?topic=topic-a' });
    const region = screen.getByRole('region', { name: 'How the reforms stand' });
    expect(region).toHaveTextContent('2 commitments, as of 6 December 2026.');
    // Each count leads to those commitments on their page, the other filters kept.
    expect(
      within(region).getByRole('link', { name: '1 Adopted, not yet complete' }),
    ).toHaveAttribute('href', '/commitments/?topic=topic-a&status=adopted');
    expect(within(region).getByRole('link', { name: '1 Partly reversed' })).toBeInTheDocument();
    expect(region).toHaveTextContent('2 with no finding recorded');
    expect(within(region).getByRole('link', { name: 'Beta code' })).toHaveAttribute(
      'href',
      '/?topic=topic-a&open=commitment:beta',
    );
    expect(region).toHaveTextContent('Beta code (partly reversed)');
  });

  it('follows "View as of": before the narrowing, nothing is reversed', () => {
    renderWithProviders(<ReformSummary />, {
      dataset: makeChangesData(),
      url: '/?asof=2024-05-20',
    });
    const region = screen.getByRole('region', { name: 'How the reforms stand' });
    expect(region).toHaveTextContent('as of 20 May 2024');
    expect(within(region).queryByText('Reversed or narrowed')).not.toBeInTheDocument();
  });

  it('opens a reversed commitment in place', async () => {
    renderWithProviders(<ReformSummary />, { dataset: makeChangesData() });
    await userEvent.click(screen.getByRole('link', { name: 'Beta code' }));
    expect(window.location.search).toBe('?open=commitment:beta');
  });
});

describe('ReformSummary on a phone', () => {
  pinToday('2026-12-06');
  usePhoneViewport();

  it('says the completion in a line of links and names the reversals by kind', () => {
    renderWithProviders(<ReformSummary />, { dataset: makeChangesData(), url: '/?topic=topic-a' });
    const region = screen.getByRole('region', { name: 'How the reforms stand' });
    // The wider list of terms is not shown; the same counts are, as a line.
    expect(within(region).queryByRole('term')).not.toBeInTheDocument();
    expect(region).toHaveTextContent('Completion: 1 adopted, not yet complete · 1 partly reversed');
    expect(region).toHaveTextContent('Partly reversed: Beta code');
    expect(
      within(region).getByRole('link', { name: '1 adopted, not yet complete' }),
    ).toHaveAttribute('href', '/commitments/?topic=topic-a&status=adopted');
    expect(within(region).getByRole('link', { name: 'Beta code' })).toHaveAttribute(
      'href',
      '/?topic=topic-a&open=commitment:beta',
    );
  });
});
