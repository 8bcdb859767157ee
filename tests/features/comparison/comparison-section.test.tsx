import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Readout } from '@/domain/schema';
import { ComparisonSection } from '@/features/comparison/comparison-section';
import { renderWithProviders } from '../../support/render';
import { openDataTables } from '../../support/data-tables';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

const raise = (topic: string, raisedIn: Readout, quote: string) => ({
  topic,
  raisedIn,
  evidence: evidence('src-a', quote),
});
const on = (value: string) => ({
  value,
  precision: 'day' as const,
  uncertain: false,
  evidence: evidence(),
});

const base = makeDataset();
const dataset = makeDataset({
  topics: [
    ...base.topics,
    { id: 'topic-c', label: 'Topic C', definition: 'About C.', group: 'governance' },
  ],
  meetings: [
    makeMeeting({
      topics: [
        raise('topic-a', 'us-statement', 'US on A in 2022'),
        raise('topic-a', 'kazakh-readout', 'Kazakh side on A in 2022'),
        raise('topic-c', 'kazakh-readout', 'Kazakh side on C in 2022'),
      ],
    }),
    makeMeeting({
      id: 'meeting-2',
      round: 2,
      date: on('2023-01-24'),
      topics: [raise('topic-a', 'joint-statement', 'Jointly on A')],
    }),
    makeMeeting({
      id: 'meeting-3',
      round: 3,
      date: on('2024-05-20'),
      topics: [
        raise('topic-a', 'us-statement', 'US on A in 2024'),
        raise('topic-b', 'us-statement', 'US on B in 2024'),
        raise('topic-a', 'kazakh-readout', 'Kazakh side on A in 2024'),
      ],
    }),
  ],
});

const picker = () => screen.getByRole('combobox', { name: 'Meeting to compare' });
const topicsIn = (readout: string) => screen.getByRole('list', { name: `Topics in ${readout}` });

describe('ComparisonSection', () => {
  it('compares the newest meeting with more than one readout by default', () => {
    renderWithProviders(<ComparisonSection />, { dataset });

    expect(screen.getByRole('heading', { name: 'Who said what', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('All 2 meetings with more than one readout')).toBeInTheDocument();
    expect(picker()).toHaveDisplayValue('A round 3');
    expect(
      within(picker())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['A round 3', 'A round 1']);
    expect(screen.getByRole('heading', { name: 'A round 3', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'US statement', level: 4 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kazakh readout', level: 4 })).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Joint statement', level: 4 }),
    ).not.toBeInTheDocument();
    expect(
      within(topicsIn('the Kazakh readout')).getByText(/Kazakh side on A in 2024/),
    ).toBeInTheDocument();
  });

  it('marks a topic only the US statement raised in words, with its quote', () => {
    renderWithProviders(<ComparisonSection />, { dataset });

    const us = topicsIn('the US statement');
    const item = (label: string) =>
      within(us)
        .getAllByRole('listitem')
        .find((li) => within(li).queryByRole('link', { name: label }));
    const topicB = item('Topic B');
    const topicA = item('Topic A');
    if (!topicB || !topicA) throw new Error('topics missing from the US statement column');

    expect(within(topicB).getByText('Only in the US statement')).toBeInTheDocument();
    expect(within(topicB).getByText(/US on B in 2024/)).toBeInTheDocument();
    expect(within(topicA).getByText('Also in the Kazakh readout')).toBeInTheDocument();
    expect(within(topicA).queryByText(/^Only in/)).not.toBeInTheDocument();
    expect(screen.getByText('Only the US side raised (1)')).toBeInTheDocument();
    expect(screen.getByText('Only the Kazakh side raised (0)')).toBeInTheDocument();
  });

  it('links each conflict that applies to the meeting to its home on the Sources page', () => {
    renderWithProviders(<ComparisonSection />, { dataset, url: '/readouts/?year=2022' });

    const box = screen.getByRole('complementary', { name: 'Sources disagree' });
    expect(within(box).getByRole('link', { name: 'A title — see the conflict' })).toHaveAttribute(
      'href',
      '/sources/?year=2022#conflict-conflict-a',
    );
    // The claims, their quotes and the resolution are on the Sources page only.
    expect(within(box).queryByText('Title one')).not.toBeInTheDocument();
    expect(within(box).queryByText('Both are shown.')).not.toBeInTheDocument();
  });

  it('keeps the chosen meeting in the URL', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ComparisonSection />, { dataset, url: '/?year=2022,2024' });

    await user.selectOptions(picker(), 'A round 1');

    await waitFor(() => expect(window.location.search).toBe('?year=2022,2024&compare=meeting-1'));
    expect(screen.getByRole('heading', { name: 'A round 1', level: 3 })).toBeInTheDocument();
    expect(
      within(topicsIn('the Kazakh readout')).getByText('Only in the Kazakh readout'),
    ).toBeInTheDocument();
  });

  it('opens the meeting named in a shared link, and its detail', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ComparisonSection />, { dataset, url: '/?compare=meeting-1' });

    expect(picker()).toHaveDisplayValue('A round 1');
    await user.click(screen.getByRole('button', { name: 'Open meeting details' }));

    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('open')).toBe('meeting:meeting-1'),
    );
  });

  it('falls back to the newest match and says so when the linked meeting is filtered out', () => {
    renderWithProviders(<ComparisonSection />, { dataset, url: '/?year=2024&compare=meeting-1' });

    expect(screen.getByText('1 of 2 meetings with more than one readout')).toBeInTheDocument();
    expect(picker()).toHaveDisplayValue('A round 3');
    expect(screen.getByText(/The meeting named in the link does not match/)).toBeInTheDocument();
  });

  it('says when the filtered meetings have one readout only, and still charts them', async () => {
    renderWithProviders(<ComparisonSection />, { dataset, url: '/?year=2023' });
    await openDataTables();

    expect(screen.getByText('0 of 2 meetings with more than one readout')).toBeInTheDocument();
    expect(
      screen.getByText('No meetings with more than one readout match these filters'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Agenda overlap by round' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Topics at each meeting by whose text/ });
    expect(
      within(table).getByRole('cell', { name: 'Joint statement (one readout only)' }),
    ).toBeInTheDocument();
  });

  it('shows an empty state with a reset when no meeting matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ComparisonSection />, { dataset, url: '/?q=nothing-matches-this' });

    expect(screen.getByText('No meetings match these filters')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));

    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() => expect(picker()).toHaveDisplayValue('A round 3'));
  });
});
