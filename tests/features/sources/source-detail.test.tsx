import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourceDetail } from '@/features/sources/source-detail';
import { renderWithProviders } from '../../support/render';
import { hostileSourceClient } from './hostile-source';
import { makeSourcesDataset } from './sources-fixture';
import { makeCommitment, makeDataset, makeEvent } from '../../support/fixtures';

const openParam = () => new URLSearchParams(window.location.search).get('open');

describe('SourceDetail', () => {
  it('describes the source and lists the facts it supports, grouped by record', () => {
    renderWithProviders(<SourceDetail id="src-kz" />, {
      dataset: makeSourcesDataset(),
      url: '/?open=source:src-kz',
    });

    const drawer = within(screen.getByRole('dialog', { name: 'Қазинформ хабары' }));
    expect(drawer.getByText('Source')).toBeInTheDocument();
    expect(drawer.getByText('Kazinform', { selector: 'dd' })).toBeInTheDocument();
    expect(drawer.getByText('Kazakh government')).toBeInTheDocument();
    expect(drawer.getByText('Kazakh', { selector: 'dd' })).toBeInTheDocument();
    expect(drawer.getByText('May 2024 (uncertain)')).toBeInTheDocument();
    expect(drawer.getByText('the Kazakh readout')).toBeInTheDocument();
    expect(drawer.getByText('Excerpt only.')).toBeInTheDocument();
    expect(drawer.getByRole('link', { name: /Read the source/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https?:\/\//),
    );

    expect(drawer.getByRole('heading', { name: 'What this source supports' })).toBeInTheDocument();
    expect(drawer.getByRole('heading', { name: 'A round 1' })).toBeInTheDocument();
    expect(drawer.getByRole('heading', { name: 'Dialogue A' })).toBeInTheDocument();
    expect(drawer.getByText('Date of A round 1')).toBeInTheDocument();
    expect(
      drawer.getByText('Topic raised (Topic B, Kazakh readout) at A round 1'),
    ).toBeInTheDocument();
    expect(drawer.getByText('Origin of the dialogue')).toBeInTheDocument();
    expect(drawer.getByText('“date quote kz”')).toBeInTheDocument();
    expect(drawer.getByText('English: “date in English”')).toBeInTheDocument();
    expect(drawer.getAllByRole('button', { name: 'Copy citation' })).toHaveLength(3);
    expect(drawer.getByText('None recorded.')).toBeInTheDocument();
  });

  it('opens the meeting or commitment a fact belongs to', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourceDetail id="src-a" />, {
      dataset: makeSourcesDataset(),
      url: '/?open=source:src-a',
    });

    expect(screen.queryByRole('link', { name: /Open person/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open commitment: Domestic violence law' }));
    await waitFor(() => expect(openParam()).toBe('commitment:commitment-a'));
    await user.click(screen.getByRole('link', { name: 'Open meeting: A round 1' }));
    await waitFor(() => expect(openParam()).toBe('meeting:meeting-1'));
  });

  it('lists the conflicts the source takes part in and says when it shows no date', () => {
    renderWithProviders(<SourceDetail id="src-b" />, {
      dataset: makeSourcesDataset(),
      url: '/?open=source:src-b',
    });

    const drawer = within(screen.getByRole('dialog', { name: 'Source B' }));
    expect(drawer.getByText('date not shown')).toBeInTheDocument();
    expect(
      drawer.getByRole('heading', { name: 'Conflicts involving this source' }),
    ).toBeInTheDocument();
    expect(
      drawer.getByRole('link', { name: 'Title of Person A — see the conflict' }),
    ).toHaveAttribute('href', '/sources/#conflict-conflict-a');
    expect(drawer.getByText('Title two')).toHaveTextContent('Title two (this source)');
    expect(drawer.getByText('Both are shown.')).toBeInTheDocument();
  });

  it('says when no fact quotes the source', () => {
    renderWithProviders(<SourceDetail id="src-unused" />, { dataset: makeSourcesDataset() });
    expect(screen.getByText('No fact in the dataset quotes this source.')).toBeInTheDocument();
  });

  it('says so for an unknown source id and closes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourceDetail id="nope" />, {
      dataset: makeSourcesDataset(),
      url: '/?open=source:nope',
    });

    const drawer = screen.getByRole('dialog', { name: 'Source not found' });
    expect(within(drawer).getByText(/No source with the id “nope”/)).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(openParam()).toBeNull());
  });

  it('renders no link for a source whose URL is not http(s)', () => {
    renderWithProviders(<SourceDetail id="src-a" />, { queryClient: hostileSourceClient() });

    const drawer = within(screen.getByRole('dialog', { name: 'Source A' }));
    expect(drawer.queryByRole('link', { name: /^Read the source/ })).not.toBeInTheDocument();
    // The drawer's own contents links, the records it supports and the conflict's: nothing leads
    // to the refused address.
    expect(drawer.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#source-supports',
      '#source-archived',
      '#source-conflicts',
      '/?open=meeting:meeting-1',
      '/?open=commitment:commitment-a',
      '/sources/#conflict-conflict-a',
    ]);
    expect(drawer.getAllByText(/link refused/).length).toBeGreaterThan(0);
  });

  it('shows the first 20 records a source supports, and the first 20 facts of each', async () => {
    const events = Array.from({ length: 120 }, (_, i) => makeEvent({ id: `long-${i + 1}` }));
    const commitments = Array.from({ length: 30 }, (_, i) =>
      makeCommitment({
        id: `commitment-${i + 1}`,
        title: `Reform number ${i + 1}`,
        events: i === 0 ? events : [makeEvent({ id: `event-${i + 1}` })],
      }),
    );
    renderWithProviders(<SourceDetail id="src-a" />, {
      dataset: makeDataset({ commitments }),
      url: '/?open=source:src-a',
    });
    const drawer = within(screen.getByRole('dialog', { name: 'Source A' }));
    const records = () => drawer.getAllByRole('heading', { level: 4 });
    expect(records()).toHaveLength(20);
    expect(drawer.getByText(/^Showing 20 of \d+ records$/)).toBeInTheDocument();
    expect(drawer.getByText('Showing 20 of 121 facts')).toBeInTheDocument();

    await userEvent.click(
      drawer.getByRole('button', { name: 'Show 20 more facts (101 not shown)' }),
    );
    expect(drawer.getByText('Showing 40 of 121 facts')).toBeInTheDocument();
    await userEvent.click(drawer.getByRole('button', { name: /^Show \d+ more records/ }));
    expect(records().length).toBeGreaterThan(20);
  });
});
