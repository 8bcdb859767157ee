import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactDetail } from '@/features/contacts/contact-detail';
import { renderWithProviders } from '../../support/render';
import { makeReviewsDataset } from '../reviews/reviews-fixture';
import { makeContact } from '../../support/fixtures';

describe('ContactDetail', () => {
  it('shows the date, place, parties, summary and human-rights entries with whose word and quotes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ContactDetail id="c5-2025" />, {
      dataset: makeReviewsDataset(),
      url: '/?open=contact:c5-2025',
    });

    const drawer = within(screen.getByRole('dialog', { name: 'C5+1 summit' }));
    expect(drawer.getByText('High-level contact, not a dialogue round')).toBeInTheDocument();
    expect(
      drawer.getByText('Leaders of the five Central Asian states met the US President.'),
    ).toBeInTheDocument();
    expect(drawer.getByText('United States, Kazakhstan')).toBeInTheDocument();
    expect(drawer.getByRole('group', { name: 'Date' })).toHaveTextContent('6 November 2025');
    expect(drawer.getByRole('group', { name: 'Place' })).toHaveTextContent(
      'Washington, United States',
    );
    const rights = within(drawer.getByRole('group', { name: 'Human rights on the agenda' }));
    expect(rights.getByText('Call to put human rights on the agenda')).toBeInTheDocument();
    expect(rights.getByText('Independent (NGO, media, academic)')).toBeInTheDocument();
    expect(
      rights.getByText('Human Rights Watch urged that human rights be on the agenda.'),
    ).toBeInTheDocument();
    expect(rights.getByText('“should press for human rights”')).toBeInTheDocument();
    expect(drawer.getByRole('group', { name: 'What is not known' })).toHaveTextContent(
      'No human-rights item was found in the outcomes read.',
    );
    await user.click(rights.getByRole('button', { name: 'About this source' }));
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('open')).toBe('source:src-a'),
    );
  });

  it('says when no human-rights item and no place are recorded', () => {
    const dataset = makeReviewsDataset();
    const council = dataset.contacts?.[1];
    renderWithProviders(<ContactDetail id="eu-kz-council-2024" />, {
      dataset: { ...dataset, contacts: council ? [{ ...council, humanRights: [] }] : [] },
    });
    const drawer = within(
      screen.getByRole('dialog', { name: 'EU–Kazakhstan Cooperation Council' }),
    );
    expect(
      drawer.getByText('No human-rights item is recorded for this contact.'),
    ).toBeInTheDocument();
    expect(drawer.getByText('Place not recorded')).toBeInTheDocument();
    expect(drawer.queryByRole('group', { name: 'What is not known' })).not.toBeInTheDocument();
  });

  it('says when the contact is not in the view', () => {
    renderWithProviders(<ContactDetail id="c5-2025" />, {
      dataset: makeReviewsDataset(),
      url: '/?asof=2025-01-01&open=contact:c5-2025',
    });
    expect(screen.getByRole('dialog', { name: 'Contact not found' })).toBeInTheDocument();
  });

  it('shows ten of 120 human-rights entries, and ten more on request', async () => {
    const humanRights = Array.from({ length: 120 }, (_, i) => ({
      kind: 'call' as const,
      text: `Call number ${i + 1}.`,
      voice: 'independent' as const,
      evidence: makeContact().humanRights[0]!.evidence,
    }));
    renderWithProviders(<ContactDetail id="c5-2025" />, {
      dataset: makeReviewsDataset({ contacts: [makeContact({ humanRights })] }),
      url: '/?open=contact:c5-2025',
    });
    const rights = within(screen.getByRole('group', { name: 'Human rights on the agenda' }));
    expect(rights.getByText('Call number 10.')).toBeInTheDocument();
    expect(rights.queryByText('Call number 11.')).not.toBeInTheDocument();
    expect(rights.getByText('Showing 10 of 120 items')).toBeInTheDocument();
    await userEvent.click(
      rights.getByRole('button', { name: 'Show 10 more items (110 not shown)' }),
    );
    expect(rights.getByText('Call number 20.')).toBeInTheDocument();
  });
});
