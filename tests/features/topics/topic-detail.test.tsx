import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TopicDetail } from '@/features/topics/topic-detail';
import { renderWithProviders } from '../../support/render';
import {
  evidence,
  makeCommitment,
  makeDataset,
  makeEvent,
  makeMeeting,
} from '../../support/fixtures';

const dataset = makeDataset({
  meetings: [
    makeMeeting({
      topics: [
        { topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence('src-a', 'US on A') },
        { topic: 'topic-a', raisedIn: 'kazakh-readout', evidence: evidence('src-b', 'KZ on A') },
      ],
    }),
    makeMeeting({
      id: 'meeting-2',
      round: 2,
      date: { value: '2023-01-24', precision: 'day', uncertain: false, evidence: evidence() },
      topics: [{ topic: 'topic-b', raisedIn: 'joint-statement', evidence: evidence() }],
    }),
  ],
  commitments: [makeCommitment({ title: 'Reform of A' })],
});

const param = (name: string) => new URLSearchParams(window.location.search).get(name);

describe('TopicDetail', () => {
  it('shows the definition, each meeting with its readouts and quotes, and the commitments', () => {
    renderWithProviders(<TopicDetail id="topic-a" />, { dataset, url: '/?open=topic:topic-a' });

    const drawer = screen.getByRole('dialog', { name: 'Topic A' });
    expect(within(drawer).getByText('Topic')).toBeInTheDocument();
    expect(within(drawer).getByText('About A.')).toBeInTheDocument();
    expect(within(drawer).getByText('Group: Rule of law')).toBeInTheDocument();
    expect(within(drawer).getByText('1 meeting under the current filters.')).toBeInTheDocument();
    const meeting = within(drawer).getByRole('listitem', {
      name: 'A · Round 1 · 11 April 2022',
    });
    expect(within(meeting).getByText('Raised by: Both US and Kazakh readouts')).toBeInTheDocument();
    expect(within(meeting).getByRole('heading', { name: 'US statement' })).toBeInTheDocument();
    expect(within(meeting).getByText('“US on A”')).toBeInTheDocument();
    expect(within(meeting).getByText('“KZ on A”')).toBeInTheDocument();
    expect(within(drawer).getByRole('link', { name: 'Reform of A' })).toHaveAttribute(
      'href',
      expect.stringContaining('open=commitment:'),
    );
  });

  it('adds the topic to the filter from “Filter by this topic”', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TopicDetail id="topic-a" />, { dataset, url: '/?open=topic:topic-a' });

    await user.click(screen.getByRole('button', { name: 'Filter by this topic' }));

    await waitFor(() => expect(param('topic')).toBe('topic-a'));
    expect(param('open')).toBe('topic:topic-a');
    expect(
      await screen.findByRole('button', { name: 'Remove this topic from the filter' }),
    ).toBeInTheDocument();
  });

  it('says how many meetings the other filters hide', () => {
    renderWithProviders(<TopicDetail id="topic-a" />, {
      dataset,
      url: '/?year=2023&open=topic:topic-a',
    });

    expect(
      screen.getByText(
        '0 meetings under the current filters; 1 more hidden by the filters (1 in all).',
      ),
    ).toBeInTheDocument();
  });

  it('opens the meeting and the commitment details', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TopicDetail id="topic-a" />, { dataset, url: '/?open=topic:topic-a' });

    const meeting = screen.getByRole('link', { name: /^Open the meeting/ });
    expect(meeting).toHaveAttribute('href', '/?open=meeting:meeting-1');
    await user.click(meeting);
    await waitFor(() => expect(param('open')).toBe('meeting:meeting-1'));

    await user.click(screen.getByRole('link', { name: 'Reform of A' }));
    await waitFor(() => expect(param('open')).toBe('commitment:commitment-a'));
  });

  it('says so when the topic is unknown', () => {
    renderWithProviders(<TopicDetail id="topic-x" />, { dataset, url: '/?open=topic:topic-x' });

    expect(screen.getByRole('dialog', { name: 'Unknown topic' })).toHaveTextContent(
      'No topic with the id “topic-x” is in the dataset.',
    );
  });

  it('shows ten of 120 commitments and 12 meetings that raised it, with more on request', async () => {
    const many = makeDataset({
      meetings: Array.from({ length: 12 }, (_, i) =>
        makeMeeting({
          id: `meeting-${i + 1}`,
          round: i + 1,
          topics: [{ topic: 'topic-a', raisedIn: 'us-statement', evidence: evidence() }],
        }),
      ),
      commitments: Array.from({ length: 120 }, (_, i) =>
        makeCommitment({
          id: `commitment-${i + 1}`,
          title: `Reform number ${i + 1}`,
          events: [makeEvent({ id: `event-${i + 1}` })],
        }),
      ),
    });
    renderWithProviders(<TopicDetail id="topic-a" />, {
      dataset: many,
      url: '/?open=topic:topic-a',
    });
    const commitments = within(
      screen.getByRole('region', { name: 'Commitments tagged with this topic' }),
    );
    expect(commitments.getAllByRole('listitem')).toHaveLength(10);
    expect(commitments.getByText('Showing 10 of 120 commitments')).toBeInTheDocument();
    await userEvent.click(
      commitments.getByRole('button', { name: 'Show 10 more commitments (110 not shown)' }),
    );
    expect(commitments.getAllByRole('listitem')).toHaveLength(20);
    expect(commitments.getAllByRole('listitem')[10]).toHaveFocus();

    const meetings = within(screen.getByRole('region', { name: 'Meetings that raised it' }));
    const meetingItems = () =>
      meetings.getAllByRole('listitem').filter((item) => item.hasAttribute('aria-labelledby'));
    expect(meetingItems()).toHaveLength(10);
    expect(meetingItems()[0]).toHaveAccessibleName(/^A · Round \d+ · /);
    await userEvent.click(meetings.getByRole('button', { name: 'Show 2 more meetings' }));
    expect(meetingItems()).toHaveLength(12);
  });
});
