import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STATUS_RULE } from '@/domain/commitment-status';
import { CommitmentDetail } from '@/features/commitments/commitment-detail';
import { renderWithProviders } from '../../support/render';
import { makeCommitmentsData } from './commitments-fixture';
import { makeCommitment, makeDataset, makeEvent } from '../../support/fixtures';

const param = (name: string) => new URLSearchParams(window.location.search).get(name);

function renderDetail(id: string) {
  return renderWithProviders(<CommitmentDetail id={id} />, {
    dataset: makeCommitmentsData(),
    url: `/?open=commitment:${id}`,
  });
}

describe('CommitmentDetail', () => {
  it('leads with the answer: completion and practice come before what was promised and the history', () => {
    renderDetail('alpha');
    const headings = within(screen.getByRole('dialog', { name: 'Alpha court' }))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    const at = (name: string) => headings.indexOf(name);
    expect(at('Completion')).toBe(0);
    expect(at('Practice')).toBeGreaterThan(at('Completion'));
    expect(at('About the commitment')).toBeGreaterThan(at('Practice'));
    expect(at('Event history')).toBeGreaterThan(at('About the commitment'));
  });

  it('shows the kind, the completion with the act, its quote and whose word it is, and practice', () => {
    renderDetail('alpha');
    const dialog = screen.getByRole('dialog', { name: 'Alpha court' });
    expect(within(dialog).getByText('Reform commitment')).toBeInTheDocument();
    expect(within(dialog).getByText('What was promised.')).toBeInTheDocument();
    expect(within(dialog).getByText('President of Kazakhstan')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Law: A law or code to be adopted by parliament and signed by the President.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'In force, reached on 16 June 2024 by: The law took effect. Whose word: Kazakh government. Complete for a law.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(new RegExp(`${STATUS_RULE.slice(0, 40)}`))).toBeInTheDocument();
    expect(within(dialog).getAllByText('“entered into force on 16 June”')).toHaveLength(2);
    expect(
      within(dialog).getByText(
        'Applied with shortfalls (Found by: Independent (NGO, media, academic), 20 June 2024): An NGO found it applied unevenly.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /Findings recorded: 1 from outside the Kazakh government, 0 reported by the Kazakh government\. Positions: welcomed ×1, criticised ×1\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows a reversal with its quote, and marks a government-reported finding', () => {
    renderDetail('delta');
    const dialog = screen.getByRole('dialog', { name: 'Delta office' });
    const reversal = within(dialog).getByText(
      'Partly reversed on 1 February 2022: A later law cut its powers. Whose word: Kazakh government.',
    );
    // Today's answer first: the reversal comes before the act that once completed the reform.
    const reached = within(dialog).getByText(/^Operating, shown in March 2021/);
    expect(
      reversal.compareDocumentPosition(reached) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(dialog).getAllByText('“powers were cut”')).toHaveLength(2);
    expect(
      within(dialog).getByText(
        /^Applied \(Government-reported, March 2021\): .* No assessment from outside the Kazakh government is recorded\.$/,
      ),
    ).toBeInTheDocument();
    const history = within(dialog).getByRole('list', { name: 'Event history, oldest first' });
    expect(within(history).getByText('This event set the reversal')).toBeInTheDocument();
    expect(
      within(history).getByText(/^Government-reported: the Kazakh government’s account/),
    ).toBeInTheDocument();
  });

  it('lists the full event history oldest first, with dates, types, whose word, quotes and links', () => {
    renderDetail('alpha');
    const history = screen.getByRole('list', { name: 'Event history, oldest first' });
    const events = within(history).getAllByRole('heading', { level: 4 });
    expect(events.map((heading) => heading.textContent)).toEqual([
      'January 2023 · Adopted / signed · whose word: Kazakh government',
      'c. 2024 · Criticised · whose word: Independent (NGO, media, academic)',
      '16 June 2024 · Entered into force · whose word: Kazakh government',
      '20 June 2024 · Practice finding: Applied with shortfalls · whose word: Independent (NGO, media, academic)',
      'July 2024 · Welcomed · whose word: US government',
    ]);
    expect(within(history).getByText('An NGO criticised it.')).toBeInTheDocument();
    expect(within(history).getAllByText('This event set the completion')).toHaveLength(1);
    expect(within(history).getByText('“entered into force on 16 June”')).toBeInTheDocument();
    const links = within(history).getAllByRole('link', { name: /Source A/ });
    expect(links).toHaveLength(4);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/a');
    expect(within(history).getByRole('link', { name: 'A round 1, 11 April 2022' })).toHaveAttribute(
      'href',
      expect.stringContaining('open=meeting:meeting-1'),
    );
  });

  it('lists the meetings where it was discussed with their quotes, and opens them', async () => {
    const user = userEvent.setup();
    renderDetail('alpha');
    const dialog = screen.getByRole('dialog', { name: 'Alpha court' });
    expect(within(dialog).getByText('“the court was discussed”')).toBeInTheDocument();
    expect(within(dialog).getByText('“raised again”')).toBeInTheDocument();

    await user.click(within(dialog).getAllByRole('link', { name: 'A round 1, 11 April 2022' })[0]!);
    await waitFor(() => expect(param('open')).toBe('meeting:meeting-1'));
  });

  it('opens a topic’s detail from its topic link', async () => {
    const user = userEvent.setup();
    renderDetail('alpha');
    await user.click(screen.getByRole('link', { name: 'Topic B' }));
    await waitFor(() => expect(param('open')).toBe('topic:topic-b'));
  });

  it('says when no act, finding or meeting is recorded', () => {
    renderDetail('charlie');
    const dialog = screen.getByRole('dialog', { name: 'Charlie plan' });
    expect(
      within(dialog).getByText('No evidence: no act that reaches a rung of a law is recorded.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'No practice finding is recorded: nothing here says what changed in practice.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('No dialogue meeting is recorded as discussing it.'),
    ).toBeInTheDocument();
  });

  it('cites the reviews and ratings whose series assesses it, newest first, with whose word', async () => {
    const user = userEvent.setup();
    const evidence = [{ source: 'src-a', quote: 'a verbatim quote' }];
    const data = {
      ...makeCommitmentsData(),
      reviewSeries: [
        {
          id: 'cpi',
          name: 'Corruption Perceptions Index',
          publisher: 'Transparency International',
          voice: 'independent' as const,
          measure: 'score' as const,
          scale: 'Points',
          higherIsBetter: true,
          description: 'An index.',
          topics: ['topic-a'],
          commitments: ['alpha'],
        },
      ],
      reviews: ['2023', '2024'].map((year, i) => ({
        id: `cpi-${year}`,
        series: 'cpi',
        edition: `Corruption Perceptions Index ${year}`,
        date: { value: year, precision: 'year' as const, uncertain: false, evidence },
        value: 39 + i,
        label: `${39 + i} points`,
        evidence,
      })),
    };
    renderWithProviders(<CommitmentDetail id="alpha" />, {
      dataset: data,
      url: '/?open=commitment:alpha',
    });
    const list = screen.getByRole('list', { name: 'Reviews and ratings that assess it' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('40 points');
    expect(items[0]).toHaveTextContent('Independent');
    expect(items[1]).toHaveTextContent('39 points');
    await user.click(within(items[0] as HTMLElement).getByRole('button'));
    await waitFor(() => expect(param('open')).toBe('review:cpi-2024'));
  });

  it('says so when no review or rating assesses it', () => {
    renderDetail('bravo');
    expect(
      screen.getByText('No review or rating in the dataset lists this commitment.'),
    ).toBeInTheDocument();
  });

  it('says so when the id is unknown', () => {
    renderDetail('nope');
    const dialog = screen.getByRole('dialog', { name: 'Commitment not found' });
    expect(within(dialog).getByText(/No reform commitment with the id “nope”/)).toBeInTheDocument();
  });

  it('shows the first 20 of a history of 120 events, and 20 more on request', async () => {
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    const events = Array.from({ length: 120 }, (_, i) =>
      makeEvent({
        id: `event-${i + 1}`,
        type: 'criticised',
        voice: 'independent',
        date: { value: day(i), precision: 'day', uncertain: false },
        text: `Finding number ${i + 1}.`,
      }),
    );
    renderWithProviders(<CommitmentDetail id="long" />, {
      dataset: makeDataset({ commitments: [makeCommitment({ id: 'long', events })] }),
      url: '/?open=commitment:long',
    });
    const history = screen.getByRole('list', { name: 'Event history, oldest first' });
    // The history's own items (anchored by their event id), not the quotes inside each event.
    const items = () =>
      within(history)
        .getAllByRole('listitem')
        .filter((item) => item.id.startsWith('event-'));
    expect(items()).toHaveLength(20);
    expect(within(history).getByText('Finding number 20.')).toBeInTheDocument();
    expect(screen.queryByText('Finding number 21.')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 20 of 120 events')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show 20 more events (100 not shown)' }),
    );
    expect(items()).toHaveLength(40);
    expect(items()[20]).toHaveFocus();
    expect(items()[20]).toHaveAttribute('id', 'event-event-21');
    expect(items()[20]).toHaveTextContent('Finding number 21.');
  });

  it('links each conflict about the commitment to its place on the Sources page', () => {
    const base = makeDataset();
    const conflict = {
      ...base.conflicts[0]!,
      id: 'signing-date',
      subject: 'Signing date of the law',
      about: { kind: 'commitment' as const, id: 'commitment-a' },
    };
    renderWithProviders(<CommitmentDetail id="commitment-a" />, {
      dataset: makeDataset({ conflicts: [...base.conflicts, conflict] }),
      url: '/commitments/?topic=topic-a&open=commitment:commitment-a',
    });
    const notes = screen.getByRole('list', { name: 'Where sources disagree' });
    expect(within(notes).getAllByRole('link')).toHaveLength(1);
    expect(
      within(notes).getByRole('link', { name: 'Signing date of the law — see the conflict' }),
    ).toHaveAttribute('href', '/sources/?topic=topic-a#conflict-signing-date');
  });
});
