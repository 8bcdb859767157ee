import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimelineSection } from '@/features/timeline/timeline-section';
import { renderWithProviders } from '../../support/render';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';
import { FilterProbe } from '../../support/filter-probe';
import { makeManyMeetings } from '../../support/many-records';
import { pinToday } from '../../support/pin-today';

const meetingItems = () =>
  within(screen.getByRole('list', { name: 'Meetings in date order' })).getAllByRole('listitem');

describe('TimelineSection', () => {
  // The fixture's round 2 is planned for 2025: still due on this day.
  pinToday('2025-06-01');

  it('lists the meetings in date order with their status, and counts them', () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset() });

    expect(screen.getByRole('heading', { name: 'When the sides met' })).toBeInTheDocument();
    expect(screen.getByText('All 2 meetings')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Meetings in date order' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('11 April 2022');
    expect(items[0]).toHaveTextContent('Nur-Sultan (now Astana)');
    expect(items[1]).toHaveTextContent('Planned');
    // The meeting's name is isolated in the button's name, after the app's own words.
    expect(
      within(items[0]!).getByRole('button', {
        name: 'What changed since the last round: \u2068A round 1\u2069',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Timeline of meetings and reform milestones' }),
    ).toHaveAccessibleDescription(
      /2 \u2068A\u2069 meetings \(1 planned\), 1 reform milestone, 2022–2025\./,
    );
  });

  it('narrows to the filtered meetings from the URL', () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset(), url: '/?year=2025' });
    expect(screen.getByText('1 of 2 meetings')).toBeInTheDocument();
  });

  it('opens a meeting detail through the URL', async () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset() });
    const list = screen.getByRole('list', { name: 'Meetings in date order' });
    await userEvent.click(within(list).getByRole('button', { name: 'A round 1' }));
    await waitFor(() => expect(window.location.search).toBe('?open=meeting:meeting-1'));
  });

  it('shows an empty state with a reset when nothing matches', async () => {
    renderWithProviders(<TimelineSection />, {
      dataset: makeDataset(),
      url: '/?q=nothing-like-this',
    });
    expect(screen.getByText('No meetings or milestones match these filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByText('All 2 meetings')).toBeInTheDocument();
  });

  describe('a long list', () => {
    // Five years of monthly meetings, 2000–2004.
    const longDataset = () => makeDataset({ meetings: makeManyMeetings(60) });

    it('shows the first 25 meetings, oldest first, and the next page on request', async () => {
      const user = userEvent.setup();
      renderWithProviders(<TimelineSection />, { dataset: longDataset() });

      expect(screen.getByText('All 60 meetings')).toBeInTheDocument();
      expect(meetingItems()).toHaveLength(25);
      expect(meetingItems()[0]).toHaveTextContent('1 January 2000');
      expect(screen.getByText('Showing 25 of 60 meetings')).toHaveAttribute('role', 'status');
      expect(screen.queryByRole('button', { name: 'A round 26' })).not.toBeInTheDocument();

      await user.click(
        screen.getByRole('button', { name: 'Show 25 more meetings (35 not shown)' }),
      );
      expect(meetingItems()).toHaveLength(50);
      expect(meetingItems()[25]).toHaveFocus();
      expect(meetingItems()[25]).toHaveTextContent('A round 26');
      expect(screen.getByText('Showing 50 of 60 meetings')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Show 10 more meetings' }));
      expect(meetingItems()).toHaveLength(60);
      expect(screen.getByText('Showing all 60 meetings')).toBeInTheDocument();
    });

    it('starts again at the first page when the filters change', async () => {
      const user = userEvent.setup();
      renderWithProviders(
        <>
          <FilterProbe label="Only 2000–2002" patch={{ years: [2000, 2001, 2002] }} />
          <TimelineSection />
        </>,
        { dataset: longDataset() },
      );
      await user.click(screen.getByRole('button', { name: 'Show all 60 meetings' }));
      expect(meetingItems()).toHaveLength(60);

      await user.click(screen.getByRole('button', { name: 'Only 2000–2002' }));

      expect(await screen.findByText('36 of 60 meetings')).toBeInTheDocument();
      expect(meetingItems()).toHaveLength(25);
      expect(screen.getByText('Showing 25 of 36 meetings')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Show 11 more meetings' })).toBeInTheDocument();
    });
  });
});

describe('TimelineSection once the agreed year of a planned round is over', () => {
  pinToday('2026-12-06');

  it('lists the round as not confirmed, with what was agreed, and counts it apart', () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset() });
    const round2 = meetingItems()[1]!;
    expect(within(round2).getByText('Not confirmed')).toBeInTheDocument();
    expect(within(round2).getByText('agreed for 2025, no record found')).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Timeline of meetings and reform milestones' }),
    ).toHaveAccessibleDescription(
      /2 \u2068A\u2069 meetings \(1 not confirmed\), 1 reform milestone/,
    );
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'Not confirmed (agreed period over, no record)',
    );
  });

  it('lists it as planned when viewed as of a day within the agreed year', () => {
    // "View as of" keeps a later meeting only if an earlier one had agreed to hold it.
    const base = makeDataset();
    const agreed = makeDataset({
      meetings: [
        makeMeeting({
          outcomes: [
            {
              kind: 'next-meeting-agreed',
              text: 'Next in 2025.',
              meeting: 'meeting-2',
              evidence: evidence(),
            },
          ],
        }),
        base.meetings[1]!,
      ],
    });
    renderWithProviders(<TimelineSection />, { dataset: agreed, url: '/?asof=2025-06-01' });
    expect(meetingItems()).toHaveLength(2);
    expect(meetingItems()[1]).toHaveTextContent('Planned');
    expect(meetingItems()[1]).not.toHaveTextContent('Not confirmed');
  });
});
