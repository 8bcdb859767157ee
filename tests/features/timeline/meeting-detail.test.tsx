import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingDetail } from '@/features/timeline/meeting-detail';
import { createTestQueryClient, renderWithProviders } from '../../support/render';
import { datasetQueryOptions } from '@/data/dataset-query';
import { indexDataset } from '@/domain/dataset-index';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';
import { pinToday } from '../../support/pin-today';

const dataset = makeDataset({
  meetings: [
    makeMeeting({
      topics: [
        {
          topic: 'topic-a',
          raisedIn: 'us-statement',
          evidence: evidence('src-a', 'we raised topic A'),
        },
        {
          topic: 'topic-b',
          raisedIn: 'kazakh-readout',
          evidence: evidence('src-b', 'they raised topic B'),
        },
      ],
      outcomes: [
        {
          kind: 'next-meeting-agreed',
          text: 'Next in 2025.',
          meeting: 'meeting-2',
          evidence: evidence('src-a', 'next year'),
        },
      ],
      gaps: ['No joint statement found.'],
    }),
    makeDataset().meetings[1]!,
  ],
});

describe('MeetingDetail', () => {
  it('opens with the key facts (when, where, who led, agreed, topics) before the summary and quotes', () => {
    renderWithProviders(<MeetingDetail id="meeting-1" />, { dataset });
    const dialog = screen.getByRole('dialog', { name: 'A round 1' });
    const facts = within(dialog).getByRole('group', { name: 'Key facts' });
    const terms = within(facts).getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual([
      'When1 quote on the date',
      'Where1 quote on the place',
      'Who led1 quote on the co-chairs',
      'Agreed1 quote on what was agreed',
      'Topics2 quotes on the topics',
    ]);
    const answers = within(facts).getAllByRole('definition');
    expect(answers[0]).toHaveTextContent('11 April 2022Held');
    expect(answers[1]).toHaveTextContent('Nur-Sultan (now Astana), Kazakhstan');
    expect(answers[2]).toHaveTextContent('Person A (United States)Under Secretary');
    expect(within(answers[2]!).getByRole('link', { name: 'Person A' })).toHaveAttribute(
      'href',
      '/?open=person:person-a',
    );
    expect(answers[3]).toHaveTextContent('Next meeting: Next in 2025.A round 2');
    expect(
      within(answers[4]!)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Topic A', 'Topic B', 'Changes since the last round']);
    expect(within(answers[4]!).getByRole('link', { name: 'Topic B' })).toHaveAttribute(
      'href',
      '/?open=topic:topic-b',
    );
    // Everything quoted comes after the facts: the summary, then the Date section and its quote.
    const follows = (later: Element) =>
      facts.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(follows(within(dialog).getByText('The first round.'))).toBeTruthy();
    expect(follows(within(dialog).getByRole('group', { name: 'Date' }))).toBeTruthy();
    expect(follows(within(dialog).getByText('“next year”'))).toBeTruthy();
    expect(within(facts).queryByRole('blockquote')).not.toBeInTheDocument();
  });

  it('links each key fact to its quotes further down, moving focus there', async () => {
    renderWithProviders(<MeetingDetail id="meeting-1" />, { dataset });
    const facts = screen.getByRole('group', { name: 'Key facts' });
    await userEvent.click(within(facts).getByRole('link', { name: '1 quote on the co-chairs' }));
    const coChairs = screen.getByRole('group', { name: 'Co-chairs' });
    expect(within(coChairs).getByRole('heading', { name: 'Co-chairs' })).toHaveFocus();
    // Focus moved there, so the keyboard goes on from the co-chairs' first link (the person).
    await userEvent.tab();
    expect(within(coChairs).getByRole('link', { name: 'Person A' })).toHaveFocus();
    expect(window.location.search).toBe('');
    expect(within(facts).getByRole('link', { name: '1 quote on what was agreed' })).toHaveAttribute(
      'href',
      '#meeting-outcomes',
    );
  });

  it('shows date, place, co-chairs, topics by readout, outcomes and gaps, each with its quotes', () => {
    renderWithProviders(<MeetingDetail id="meeting-1" />, { dataset });
    const dialog = screen.getByRole('dialog', { name: 'A round 1' });

    // The date and place are said once, in the key facts; their sections hold the quotes.
    const facts = within(dialog).getByRole('group', { name: 'Key facts' });
    expect(within(dialog).getAllByText('11 April 2022')).toEqual([
      within(facts).getByText('11 April 2022'),
    ]);
    const date = within(dialog).getByRole('group', { name: 'Date' });
    expect(within(date).getByRole('blockquote')).toBeInTheDocument();
    expect(within(date).queryByText('Held')).not.toBeInTheDocument();
    const place = within(dialog).getByRole('group', { name: 'Place' });
    expect(within(place).getByRole('blockquote')).toBeInTheDocument();
    expect(place).not.toHaveTextContent('Nur-Sultan');
    const coChairs = within(dialog).getByRole('group', { name: 'Co-chairs' });
    expect(within(coChairs).getByRole('link', { name: 'Person A' })).toHaveAttribute(
      'href',
      '/?open=person:person-a',
    );
    expect(within(dialog).getByText(/^Also written:/)).toHaveTextContent('Also written: Persona A');
    expect(
      within(dialog).getByRole('link', { name: 'A title — see the conflict' }),
    ).toHaveAttribute('href', '/sources/#conflict-conflict-a');
    expect(within(dialog).getByRole('heading', { name: 'US statement (1)' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Kazakh readout (1)' })).toBeInTheDocument();
    expect(within(dialog).getByText('“they raised topic B”')).toBeInTheDocument();
    expect(within(dialog).getByText('No joint statement found.')).toBeInTheDocument();
    const links = within(dialog).getAllByRole('link', { name: /Source A/ });
    expect(links[0]).toHaveAttribute('href', 'https://example.org/a');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links to the agreed next meeting, topics and sources through the URL', async () => {
    renderWithProviders(<MeetingDetail id="meeting-1" />, { dataset });
    const agreed = screen.getByRole('link', { name: 'Open the agreed meeting' });
    expect(agreed).toHaveAttribute('href', '/?open=meeting:meeting-2');
    await userEvent.click(agreed);
    await waitFor(() => expect(window.location.search).toBe('?open=meeting:meeting-2'));
    const topics = screen.getByRole('group', { name: 'Topics raised, by whose readout' });
    await userEvent.click(within(topics).getByRole('link', { name: 'Topic B' }));
    await waitFor(() => expect(window.location.search).toBe('?open=topic:topic-b'));
  });

  it('says so when the meeting is not in the dataset', () => {
    renderWithProviders(<MeetingDetail id="nope" />, { dataset });
    expect(screen.getByRole('dialog', { name: 'Meeting not found' })).toHaveTextContent(
      'No meeting with the id “nope”',
    );
  });

  it('closes through the URL', async () => {
    renderWithProviders(<MeetingDetail id="meeting-1" />, {
      dataset,
      url: '/?open=meeting:meeting-1&topic=topic-a',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(window.location.search).toBe('?topic=topic-a'));
  });
});

describe('MeetingDetail of a planned round whose agreed year is over', () => {
  // meeting-1 (round 1, 11 April 2022) agreed meeting-2 for 2025; this is "today" in these tests.
  pinToday('2026-12-06');

  it('shows "Not confirmed" with the sentence, the rule and the agreement’s quote and source', () => {
    renderWithProviders(<MeetingDetail id="meeting-2" />, { dataset });
    const dialog = screen.getByRole('dialog', { name: 'A round 2' });
    const facts = within(dialog).getByRole('group', { name: 'Key facts' });
    expect(
      within(facts)
        .getAllByRole('definition')
        .map((answer) => answer.textContent),
    ).toEqual([
      '2025(year known only)Not confirmedagreed for 2025, no record found',
      'Washington, United States',
      'No source names the co-chairs.',
      'Agreed at A round 1 (11 April 2022): Next in 2025.',
      'No source read for this meeting lists its topics.Changes since the last round',
    ]);
    // The standing is said in the key facts; the Date section explains it, beside its quotes.
    expect(within(dialog).getAllByText('Not confirmed', { selector: 'span' })).toHaveLength(1);
    const date = within(dialog).getByRole('group', { name: 'Date' });
    const note = within(date).getByRole('note', { name: 'Not confirmed' });
    expect(note).toHaveTextContent(
      'Agreed for 2025 (at round 1, 11 April 2022); no record that it took place has been found by 6 December 2026.',
    );
    expect(note).toHaveTextContent(
      /Rule: A planned meeting is "not confirmed" once the period it was agreed for has ended before the reference date/,
    );
    expect(within(note).getByText(/^The agreement:/)).toHaveTextContent(
      'The agreement: Next in 2025.',
    );
    expect(within(note).getByText('“next year”')).toBeInTheDocument();
    expect(within(note).getByRole('link', { name: /Source A/ })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
  });

  it('reads "Planned" without the note when viewed as of a day within the agreed year', () => {
    renderWithProviders(<MeetingDetail id="meeting-2" />, {
      dataset,
      url: '/?asof=2025-06-01&open=meeting:meeting-2',
    });
    const dialog = within(screen.getByRole('dialog', { name: 'A round 2' }));
    expect(dialog.getAllByRole('definition')[0]).toHaveTextContent(
      /^2025\(year known only\)Planned$/,
    );
    expect(dialog.getByRole('group', { name: 'Date' })).not.toHaveTextContent('Planned');
    expect(dialog.queryByRole('note')).not.toBeInTheDocument();
  });

  it('leaves a held round as held', () => {
    renderWithProviders(<MeetingDetail id="meeting-1" />, { dataset });
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent(/^11 April 2022Held$/);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  // The schema refuses a repeated topic (and more than 100 per meeting); the page must stay bounded
  // without trusting that, so this dataset is indexed without validation.
  it('shows the first 20 of a topic listed 1,000 times, and 20 more on request', async () => {
    const raised = {
      topic: 'topic-a',
      raisedIn: 'us-statement' as const,
      evidence: evidence('src-a', 'raised'),
    };
    const repeated = makeDataset({
      meetings: [makeMeeting({ topics: Array.from({ length: 1_000 }, () => raised) })],
    });
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(datasetQueryOptions.queryKey, indexDataset(repeated));
    renderWithProviders(<MeetingDetail id="meeting-1" />, { queryClient });
    const topics = screen.getByRole('group', { name: 'Topics raised, by whose readout' });
    expect(within(topics).getByRole('heading', { level: 4 })).toHaveTextContent(
      'US statement (1,000)',
    );
    expect(within(topics).getAllByText('Topic A')).toHaveLength(20);
    await userEvent.click(within(topics).getByText('Show 20 more topics (980 not shown)'));
    expect(within(topics).getAllByText('Topic A')).toHaveLength(40);
  });

  it('shows two quotes of a fact that cites twelve, and the other ten on request', async () => {
    const quotes = Array.from({ length: 12 }, (_, i) => evidence('src-a', `quote ${i + 1}`)[0]!);
    const cited = makeDataset({
      meetings: [
        makeMeeting({ topics: [{ topic: 'topic-a', raisedIn: 'us-statement', evidence: quotes }] }),
      ],
    });
    renderWithProviders(<MeetingDetail id="meeting-1" />, { dataset: cited });
    const topics = screen.getByRole('group', { name: 'Topics raised, by whose readout' });
    expect(within(topics).getByText('“quote 2”')).toBeVisible();
    expect(within(topics).getByText('“quote 3”')).not.toBeVisible();
    await userEvent.click(within(topics).getByText('Show 10 more quotes'));
    expect(within(topics).getByText('“quote 3”')).toBeVisible();
    expect(within(topics).getByText('“quote 12”')).toBeVisible();
  });
});
