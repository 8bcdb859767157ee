import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STATUS_RULE } from '@/data/commitment-status';
import { CommitmentDetail } from '@/features/commitments/commitment-detail';
import { renderWithProviders } from '../../support/render';
import { makeCommitmentsData } from './commitments-fixture';

const param = (name: string) => new URLSearchParams(window.location.search).get(name);

function renderDetail(id: string) {
  return renderWithProviders(<CommitmentDetail id={id} />, {
    dataset: makeCommitmentsData(),
    url: `/?open=commitment:${id}`,
  });
}

describe('CommitmentDetail', () => {
  it('shows the commitment, its status with the rule that derived it, and its topics', () => {
    renderDetail('alpha');
    const dialog = screen.getByRole('dialog', { name: 'Alpha court' });
    expect(within(dialog).getByText('Reform commitment')).toBeInTheDocument();
    expect(within(dialog).getByText('What was promised.')).toBeInTheDocument();
    expect(within(dialog).getByText('President of Kazakhstan')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Status: In force, reached on 16 June 2024 by: The law took effect.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(STATUS_RULE)).toBeInTheDocument();
    expect(
      within(dialog).getByText('Assessments: welcomed ×1, criticised ×1.'),
    ).toBeInTheDocument();
  });

  it('lists the full event history oldest first, with dates, types, actors, quotes and links', () => {
    renderDetail('alpha');
    const history = screen.getByRole('list', { name: 'Event history, oldest first' });
    const events = within(history).getAllByRole('heading', { level: 4 });
    expect(events.map((heading) => heading.textContent)).toEqual([
      'January 2023 · Adopted / signed · by Kazakhstan',
      'c. 2024 · Criticised · by Other',
      '16 June 2024 · Entered into force · by Kazakhstan',
      'July 2024 · Welcomed · by United States',
    ]);
    expect(within(history).getByText('An NGO criticised it.')).toBeInTheDocument();
    expect(within(history).getAllByText('This event set the current status')).toHaveLength(1);
    expect(within(history).getByText('“entered into force on 16 June”')).toBeInTheDocument();
    const links = within(history).getAllByRole('link', { name: /Source A/ });
    expect(links).toHaveLength(4);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/a');
    expect(
      within(history).getByRole('button', { name: 'A round 1, 11 April 2022' }),
    ).toBeInTheDocument();
  });

  it('lists the meetings where it was discussed with their quotes, and opens them', async () => {
    const user = userEvent.setup();
    renderDetail('alpha');
    const dialog = screen.getByRole('dialog', { name: 'Alpha court' });
    expect(within(dialog).getByText('“the court was discussed”')).toBeInTheDocument();
    expect(within(dialog).getByText('“raised again”')).toBeInTheDocument();

    await user.click(
      within(dialog).getAllByRole('button', { name: 'A round 1, 11 April 2022' })[0]!,
    );
    await waitFor(() => expect(param('open')).toBe('meeting:meeting-1'));
  });

  it('opens a topic’s detail from its topic button', async () => {
    const user = userEvent.setup();
    renderDetail('alpha');
    await user.click(screen.getByRole('button', { name: 'Topic B' }));
    await waitFor(() => expect(param('open')).toBe('topic:topic-b'));
  });

  it('says when no status-moving event or meeting is recorded', () => {
    renderDetail('charlie');
    const dialog = screen.getByRole('dialog', { name: 'Charlie plan' });
    expect(
      within(dialog).getByText('Status: No evidence. No announcement, draft or act is recorded.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('No dialogue meeting is recorded as discussing it.'),
    ).toBeInTheDocument();
  });

  it('says so when the id is unknown', () => {
    renderDetail('nope');
    const dialog = screen.getByRole('dialog', { name: 'Commitment not found' });
    expect(within(dialog).getByText(/No reform commitment with the id “nope”/)).toBeInTheDocument();
  });
});
