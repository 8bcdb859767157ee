import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChangesDetail } from '@/features/changes/changes-detail';
import { pinToday } from '../../support/pin-today';
import { renderWithProviders } from '../../support/render';
import { makeCommitment, makeEvent } from '../../support/fixtures';
import { changesCommitments, makeChangesData, meetingsWithR4Agreed } from './changes-fixture';

const dataset = makeChangesData();

function renderChanges(id: string, data = dataset) {
  renderWithProviders(<ChangesDetail id={id} />, { dataset: data, url: `/?open=changes:${id}` });
}

describe('ChangesDetail', () => {
  // Round 4 is planned for 2025: still due on this day.
  pinToday('2025-06-01');

  it('names both rounds and summarises the changes', () => {
    renderChanges('r2');
    const dialog = screen.getByRole('dialog', { name: 'A round 2 vs A round 1' });
    expect(within(dialog).getByText('Changes since the last round')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /^Compared with \u2068A round 1\u2069, \u2068A round 2\u2069 added 1 topic, dropped 1/,
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/after 11 April 2022 up to and including 31 January 2023/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/come from different texts/)).toBeInTheDocument();
  });

  it('opens with the topic names (new, again, dropped) as links, then the commitments, then the quotes', () => {
    renderChanges('r3');
    const dialog = screen.getByRole('dialog', { name: 'A round 3 vs A round 2' });
    const terms = within(dialog).getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual([
      'New (1):',
      'Again (1):',
      'Dropped (1):',
    ]);
    const names = within(dialog).getAllByRole('definition');
    expect(names.map((name) => name.textContent)).toEqual(['Topic A', 'Topic C', 'Topic B']);
    expect(within(names[0]!).getByRole('link', { name: 'Topic A' })).toHaveAttribute(
      'href',
      '/?open=topic:topic-a',
    );
    const statuses = within(dialog).getByRole('group', {
      name: 'Commitments whose status changed (1)',
    });
    const firstQuote = within(dialog).getAllByRole('blockquote')[0]!;
    const before = (earlier: Element, later: Element) =>
      Boolean(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(names[2]!, statuses)).toBe(true);
    expect(before(statuses, within(dialog).getByText(/^Compared with/))).toBe(true);
    expect(before(statuses, firstQuote)).toBe(true);
    expect(within(statuses).queryByRole('blockquote')).not.toBeInTheDocument();
  });

  it('lists its sections under “On this page” after the topic names, each moving focus to its heading', async () => {
    renderChanges('r3');
    const dialog = within(screen.getByRole('dialog', { name: 'A round 3 vs A round 2' }));
    const nav = dialog.getByRole('navigation', { name: 'On this page' });
    const contents = within(nav);
    expect(contents.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Commitments whose status changed',
      'Topics added',
      'Topics raised again',
      'Topics dropped',
      'What happened between the rounds',
      'Agreed for the next round',
    ]);
    const names = dialog.getAllByRole('definition');
    expect(names[2]!.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(contents.getByRole('link', { name: 'Topics dropped' }));
    expect(dialog.getByRole('heading', { name: 'Topics dropped (1)' })).toHaveFocus();
  });

  it('has no contents list for a first round, which shows only what it agreed', () => {
    renderChanges('r1');
    expect(screen.getByRole('group', { name: 'Agreed for the next round' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'On this page' })).not.toBeInTheDocument();
  });

  it('shows topics added from this round and dropped from the previous one, with quotes', () => {
    renderChanges('r2');
    const added = screen.getByRole('group', { name: 'Topics added (1)' });
    expect(within(added).getByRole('link', { name: 'Topic C' })).toHaveAttribute(
      'href',
      '/?open=topic:topic-c',
    );
    expect(within(added).getByText('“r2 raised topic C”')).toBeInTheDocument();
    expect(within(added).getByText('(Joint statement)')).toBeInTheDocument();
    const dropped = screen.getByRole('group', { name: 'Topics dropped (1)' });
    expect(within(dropped).getByRole('link', { name: 'Topic A' })).toBeInTheDocument();
    expect(within(dropped).getByText('“r1 raised topic A”')).toBeInTheDocument();
    expect(within(dropped).getByText('Quotes from A round 1.')).toBeInTheDocument();
    const kept = screen.getByRole('group', { name: 'Topics raised again (1)' });
    expect(within(kept).getByText('“r2 raised topic B”')).toBeInTheDocument();
  });

  it('lists the events between the rounds in date order, and the statuses they changed', () => {
    renderChanges('r3');
    const list = within(screen.getByRole('list', { name: 'Commitment events, oldest first' }));
    expect(
      list.getAllByText(/^(Welcomed after|Criticised some|In force on)/).map((p) => p.textContent),
    ).toEqual([
      'Welcomed after round 2.',
      'Criticised some time in 2024.',
      'In force on the day of round 3.',
    ]);
    expect(
      list.getAllByText(/^(1 February 2023|c\. 2024|20 May 2024)$/).map((t) => t.textContent),
    ).toEqual(['1 February 2023', 'c. 2024', '20 May 2024']);
    expect(list.getAllByText('Entered into force')).toHaveLength(1);
    expect(list.getAllByText(/^Approximate/)).toHaveLength(1);
    expect(
      screen.getByRole('group', { name: 'Commitments whose status changed (1)' }),
    ).toHaveTextContent('Beta code: No evidence → to In force');
  });

  // One commitment with `count` events between rounds 2 and 3 (beside the fixture's own three).
  const withEventsBetween = (count: number) =>
    makeChangesData({
      commitments: [
        ...changesCommitments,
        makeCommitment({
          id: 'gamma',
          title: 'Gamma law',
          discussedAt: [],
          events: Array.from({ length: count }, (_, index) =>
            makeEvent({
              id: `gamma-${index + 1}`,
              date: { value: '2023-06-01', precision: 'day', uncertain: false },
              text: `Gamma step ${index + 1}.`,
            }),
          ),
        }),
      ],
    });
  const gammaSteps = () =>
    within(screen.getByRole('list', { name: 'Commitment events, oldest first' })).queryAllByText(
      /^Gamma step \d+\.$/,
    );

  it('shows the events between two rounds whole when there are as many as in the record (31)', () => {
    renderChanges('r3', withEventsBetween(31));
    expect(gammaSteps()).toHaveLength(31);
    expect(screen.queryByRole('button', { name: /more events/ })).not.toBeInTheDocument();
  });

  it('pages a far longer list of events between two rounds, the rest on request', async () => {
    renderChanges('r3', withEventsBetween(120));
    expect(screen.getByText('Showing 50 of 123 events')).toBeInTheDocument();
    expect(gammaSteps().length).toBeLessThanOrEqual(50);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 123 events' }));
    expect(gammaSteps()).toHaveLength(120);
  });

  it('says the first round has no previous round, and still shows what it agreed', async () => {
    renderChanges('r1');
    const dialog = screen.getByRole('dialog', { name: 'A round 1 (first round)' });
    expect(within(dialog).getByText(/There is no previous round of this dialogue/)).toBeVisible();
    expect(
      within(dialog).queryByRole('group', { name: /What happened between the rounds/ }),
    ).not.toBeInTheDocument();
    expect(
      within(dialog).queryByRole('link', { name: /Compare with the previous round/ }),
    ).not.toBeInTheDocument();
    const agreed = within(dialog).getByRole('group', { name: 'Agreed for the next round' });
    expect(within(agreed).getByText('The sides agreed to meet again.')).toBeInTheDocument();
    expect(within(agreed).getByText('“we will meet next year”')).toBeInTheDocument();
    const open = within(agreed).getByRole('link', { name: 'Open the agreed meeting (A round 2)' });
    expect(open).toHaveAttribute('href', '/?open=meeting:r2');
    await userEvent.click(open);
    await waitFor(() => expect(window.location.search).toBe('?open=meeting:r2'));
  });

  it('explains why a planned round’s topics are not compared', () => {
    renderChanges('r4');
    expect(
      screen.getByText(
        'Topics are not compared: it is planned, so no topics are recorded for it yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Topics added/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: 'What happened between the rounds (1)' }),
    ).toHaveTextContent('Narrowed the day after round 3.');
  });

  it('says so when the meeting is not in the dataset', () => {
    renderChanges('nope');
    expect(screen.getByRole('dialog', { name: 'Meeting not found' })).toHaveTextContent(
      'No meeting with the id “nope” is in this dataset.',
    );
  });

  it('links to the meeting, the previous round’s changes, topics and commitments via the URL', async () => {
    const user = userEvent.setup();
    renderChanges('r3');
    const previous = screen.getByRole('link', {
      name: "Compare with the previous round's changes",
    });
    expect(previous).toHaveAttribute('href', '/?open=changes:r2');
    await user.click(previous);
    await waitFor(() => expect(window.location.search).toBe('?open=changes:r2'));
    const meeting = screen.getByRole('link', { name: 'Open the meeting' });
    expect(meeting).toHaveAttribute('href', '/?open=meeting:r3');
    await user.click(meeting);
    await waitFor(() => expect(window.location.search).toBe('?open=meeting:r3'));
    const added = screen.getByRole('group', { name: 'Topics added (1)' });
    await user.click(within(added).getByRole('link', { name: 'Topic A' }));
    await waitFor(() => expect(window.location.search).toBe('?open=topic:topic-a'));
    // Each commitment is a real link (new tab, copy link); a plain click opens it in place.
    const statuses = screen.getByRole('group', { name: 'Commitments whose status changed (1)' });
    const beta = within(statuses).getByRole('link', { name: 'Beta code' });
    expect(beta).toHaveAttribute('href', '/?open=commitment:beta');
    await user.click(beta);
    await waitFor(() => expect(window.location.search).toBe('?open=commitment:beta'));
    const events = screen.getByRole('list', { name: 'Commitment events, oldest first' });
    expect(within(events).getAllByRole('link', { name: 'Beta code' })[0]).toHaveAttribute(
      'href',
      '/?open=commitment:beta',
    );
  });

  it('closes through the URL', async () => {
    renderChanges('r2');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });
});

describe('ChangesDetail after the agreed year of round 4', () => {
  pinToday('2026-12-06');

  it('says round 4 is not confirmed, in the summary and where round 3 agreed it', () => {
    const agreedR4 = makeChangesData({ meetings: meetingsWithR4Agreed });
    renderChanges('r3', agreedR4);
    const agreed = screen.getByRole('group', { name: 'Agreed for the next round' });
    expect(within(agreed).getByText('Not confirmed')).toBeInTheDocument();
    expect(within(agreed).getByText('agreed for 2025, no record found')).toBeInTheDocument();
  });

  it('explains that a round not confirmed has no topics to compare', () => {
    renderChanges('r4');
    expect(
      screen.getByText(
        'Topics are not compared: it is not confirmed to have taken place, so no topics are recorded for it.',
      ),
    ).toBeInTheDocument();
  });
});
