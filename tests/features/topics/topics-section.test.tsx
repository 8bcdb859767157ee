import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TopicsSection } from '@/features/topics/topics-section';
import { renderWithProviders } from '../../support/render';
import { openDataTables } from '../../support/data-tables';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

const dataset = makeDataset({
  meetings: [
    makeMeeting({
      topics: [
        { topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence() },
        { topic: 'topic-a', raisedIn: 'kazakh-readout', evidence: evidence() },
        { topic: 'topic-b', raisedIn: 'kazakh-readout', evidence: evidence() },
      ],
    }),
    makeMeeting({
      id: 'meeting-2',
      round: 2,
      date: { value: '2023-01-24', precision: 'day', uncertain: false, evidence: evidence() },
      topics: [{ topic: 'topic-a', raisedIn: 'joint-statement', evidence: evidence() }],
    }),
    makeMeeting({
      id: 'meeting-3',
      round: 3,
      status: 'planned',
      date: { value: '2025', precision: 'year', uncertain: false, evidence: evidence() },
      topics: [],
    }),
  ],
});

const frequencyTable = () =>
  screen.getByRole('table', { name: /Meetings raising each topic, by which readout/ });

describe('TopicsSection', () => {
  it('shows the meeting count, the summary and each topic’s count by readout group', async () => {
    renderWithProviders(<TopicsSection />, { dataset });
    await openDataTables();

    expect(screen.getByRole('heading', { name: 'Topics', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('All 3 meetings')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^\u2068Topic A\u2069 came up most often \(2 of 3 meetings\)\. 2 topics were raised/,
      ),
    ).toBeInTheDocument();
    const rowA = within(frequencyTable()).getByRole('row', { name: /^Topic A/ });
    const counts = within(rowA)
      .getAllByRole('cell')
      .slice(0, 6)
      .map((cell) => cell.textContent);
    // Meetings, then US only, Kazakh only, both, joint, EU.
    expect(counts).toEqual(['2', '0', '0', '1', '1', '0']);
    const grid = screen.getByRole('table', { name: /Which readout raised each topic at each/ });
    // The header row starts with "Topic" too; a body row is named by its cells' text.
    expect(
      within(grid).getByRole('row', {
        name: 'Topic A Both US and Kazakh readouts Joint statement',
      }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('row', { name: 'Topic B Kazakh readout only Not raised' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/2 topics across 2 meetings.*1 meeting with none of these topics/),
    ).toBeInTheDocument();
  });

  it('opens the topic detail from “Evidence for …”', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TopicsSection />, { dataset });
    await openDataTables();

    const evidence = screen.getByRole('link', { name: 'Evidence for Topic B' });
    // A real link: it opens in a new tab or copies with the detail's address.
    expect(evidence).toHaveAttribute('href', expect.stringContaining('open=topic:topic-b'));
    await user.click(evidence);

    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('open')).toBe('topic:topic-b'),
    );
  });

  it('adds a topic to the filter and narrows the rows to it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TopicsSection />, { dataset });
    await openDataTables();

    await user.click(screen.getByRole('button', { name: 'Filter by Topic B' }));

    await waitFor(() => expect(window.location.search).toBe('?topic=topic-b'));
    expect(await screen.findByText('1 of 3 meetings')).toBeInTheDocument();
    expect(
      within(frequencyTable()).queryByRole('row', { name: /^Topic A/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter by Topic B' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('link', { name: 'See the evidence for Topic B' })).toHaveAttribute(
      'href',
      expect.stringContaining('open=topic:topic-b'),
    );
  });

  it('shows an empty state with a reset when no meeting matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TopicsSection />, { dataset, url: '/?q=nothing-matches-this' });

    expect(screen.getByText('0 of 3 meetings')).toBeInTheDocument();
    expect(screen.getByText('No meetings match these filters')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));

    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByText('All 3 meetings')).toBeInTheDocument();
  });

  it('draws the 30 most raised topics of many, says so, and lists them all in the table', async () => {
    const many = Array.from({ length: 35 }, (_, index) => ({
      id: `many-${index + 1}`,
      label: `Many ${String(index + 1).padStart(2, '0')}`,
      definition: 'One of many.',
      group: 'rule-of-law' as const,
    }));
    const big = makeDataset({
      topics: [...makeDataset().topics, ...many],
      meetings: [
        makeMeeting({
          topics: many.map((topic) => ({
            topic: topic.id,
            raisedIn: 'us-statement' as const,
            evidence: evidence(),
          })),
        }),
      ],
    });
    renderWithProviders(<TopicsSection />, { dataset: big });
    expect(
      screen.getByText(
        /The chart draws the 30 most raised of 35 topics; the table and the CSV list them all\./,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/To stay readable the grid shows the 30 most raised of 35 topics;/),
    ).toBeInTheDocument();
    await openDataTables();
    expect(within(frequencyTable()).getAllByRole('row')).toHaveLength(1 + 35);
    const grid = screen.getByRole('table', { name: /Which readout raised each topic at each/ });
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + 30);
  });
});
