import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dialogue } from '@/domain/schema';
import { precisionOf } from '@/lib/dates';
import { DialoguesSection } from '@/features/dialogues/dialogues-section';
import { renderWithProviders } from '../../support/render';
import { openDataTables } from '../../support/data-tables';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

const primary: Dialogue = {
  id: 'dialogue-a',
  name: 'Dialogue A',
  shortName: 'US–Kazakhstan',
  parties: ['us', 'kz'],
  primary: true,
  description: 'The primary dialogue.',
};
const other: Dialogue = {
  ...primary,
  id: 'dialogue-b',
  shortName: 'EU–Kazakhstan',
  parties: ['eu', 'kz'],
  primary: false,
};

const raised = (...topics: string[]) =>
  topics.map((topic) => ({ topic, raisedIn: 'us-statement' as const, evidence: evidence() }));
const on = (value: string, uncertain = false) => ({
  value,
  precision: precisionOf(value) ?? 'day',
  uncertain,
  evidence: evidence(),
});

const dataset = makeDataset({
  dialogues: [primary, other],
  meetings: [
    makeMeeting({ id: 'a-1', date: on('2022-04-11'), topics: raised('topic-a', 'topic-b') }),
    makeMeeting({ id: 'a-2', round: 2, date: on('2023-01-24'), topics: raised('topic-a') }),
    makeMeeting({
      id: 'b-1',
      dialogue: 'dialogue-b',
      round: 14,
      date: on('2023-03-09'),
      topics: raised('topic-b'),
    }),
    makeMeeting({
      id: 'b-2',
      dialogue: 'dialogue-b',
      round: 15,
      date: on('2024', true),
      topics: [],
    }),
    makeMeeting({ id: 'b-3', dialogue: 'dialogue-b', round: 12, date: on('2020-11-26') }),
  ],
  commitments: [],
});

const profileTable = () =>
  screen.getByRole('table', { name: /Meetings raising each topic in each/ });
const cells = (name: RegExp) =>
  within(within(profileTable()).getByRole('row', { name }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('DialoguesSection', () => {
  it('shows each dialogue’s counts, its thin-data note and the side-by-side table', async () => {
    renderWithProviders(<DialoguesSection />, { dataset });
    await openDataTables();

    expect(
      screen.getByRole('heading', { name: 'Compare the dialogues', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/the Dialogue filter does not apply here/)).toBeInTheDocument();
    expect(screen.getByText('All 5 meetings')).toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Dialogues compared' })).getAllByRole(
      'listitem',
    );
    expect(cards.map((card) => card.textContent)).toEqual([
      'US–Kazakhstan2 meetings, 2 with recorded topics · 2022–2023',
      'EU–Kazakhstan3 meetings, 2 with recorded topics · 2020–2024' +
        'Data is thin: 1 of 3 meetings has no recorded topics; 1 date is inferred or uncertain.',
    ]);
    expect(screen.getByText('Years both cover under these filters: 2023.')).toBeInTheDocument();
    // The dialogues' names are isolated in the headers (the CSV's headers carry them bare).
    const headers = within(profileTable()).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Topic',
      '\u2068US–Kazakhstan\u2069 meetings',
      '\u2068EU–Kazakhstan\u2069 meetings',
      '\u2068US–Kazakhstan\u2069 share',
      '\u2068EU–Kazakhstan\u2069 share',
    ]);
    // US meetings, EU meetings, US share, EU share (the topic is the row header).
    expect(cells(/^Topic A/)).toEqual(['2', '1', '100%', '50%']);
    expect(cells(/^Topic B/)).toEqual(['1', '1', '50%', '50%']);
  });

  it('writes ?shared=true when “Only years both dialogues cover” is ticked, and narrows the counts', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DialoguesSection />, { dataset });
    await openDataTables();

    await user.click(screen.getByRole('checkbox', { name: 'Only years both dialogues cover' }));

    await waitFor(() => expect(window.location.search).toBe('?shared=true'));
    expect(screen.getByRole('checkbox', { name: 'Only years both dialogues cover' })).toBeChecked();
    expect(screen.getByText('2 of 5 meetings')).toBeInTheDocument();
    expect(cells(/^Topic A/)).toEqual(['1', '0', '100%', '0%']);
    expect(cells(/^Topic B/)).toEqual(['0', '1', '0%', '100%']);

    await user.click(screen.getByRole('checkbox', { name: 'Only years both dialogues cover' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('ignores the Dialogue filter but applies the year filter', async () => {
    renderWithProviders(<DialoguesSection />, {
      dataset,
      url: '/?dialogue=dialogue-a&year=2023',
    });
    await openDataTables();

    expect(screen.getByText('2 of 5 meetings')).toBeInTheDocument();
    expect(cells(/^Topic A/)).toEqual(['1', '0', '100%', '0%']);
  });

  it('says so when the dialogues share no year and only shared years are asked for', () => {
    renderWithProviders(<DialoguesSection />, { dataset, url: '/?year=2022&shared=true' });

    expect(screen.getByText('Years both cover under these filters: none.')).toBeInTheDocument();
    expect(
      screen.getByText('The dialogues have no year in common under these filters'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an empty state with a reset when no meeting matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DialoguesSection />, { dataset, url: '/?q=nothing-matches-this' });

    expect(screen.getByText('No meetings match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));

    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByText('All 5 meetings')).toBeInTheDocument();
  });

  it('disables the shared-years checkbox when the dataset has one dialogue', () => {
    renderWithProviders(<DialoguesSection />, { dataset: makeDataset() });

    expect(
      screen.getByRole('checkbox', { name: 'Only years both dialogues cover' }),
    ).toBeDisabled();
    expect(screen.getByText(/Only one dialogue is in the dataset/)).toBeInTheDocument();
  });
});
