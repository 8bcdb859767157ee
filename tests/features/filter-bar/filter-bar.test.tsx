import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterBar } from '@/features/filter-bar/filter-bar';
import { TimelineSection } from '@/features/timeline/timeline-section';
import { renderWithProviders } from '../../support/render';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';
import { pinToday } from '../../support/pin-today';

/** Two dialogues, the second with the id `all`: 2 meetings of "A", 1 of "All-weather". */
function datasetWithDialogueAll() {
  const base = makeDataset();
  return makeDataset({
    dialogues: [
      ...base.dialogues,
      {
        id: 'all',
        name: 'All-weather dialogue',
        shortName: 'All-weather',
        parties: ['us', 'kz'],
        primary: false,
        description: 'A dialogue whose id is the word all.',
      },
    ],
    meetings: [
      ...base.meetings,
      makeMeeting({
        id: 'meeting-all-1',
        dialogue: 'all',
        date: { value: '2023-03-01', precision: 'day', uncertain: false, evidence: evidence() },
      }),
    ],
  });
}

const dialogueSelect = () => screen.getByRole('combobox', { name: 'Dialogue' });

function renderBarAndTimeline(url = '/') {
  return renderWithProviders(
    <>
      <FilterBar />
      <TimelineSection />
    </>,
    { dataset: datasetWithDialogueAll(), url },
  );
}

describe('FilterBar: the Dialogue filter', () => {
  pinToday('2025-06-01');

  it('gives every option its own value, even for a dialogue whose id is "all"', () => {
    renderBarAndTimeline();
    const options = within(dialogueSelect()).getAllByRole<HTMLOptionElement>('option');
    const values = options.map((option) => option.value);
    expect(values).toHaveLength(3);
    expect(new Set(values).size).toBe(3);
  });

  it('tells "Both dialogues" and the dialogue with id "all" apart, in the view and the URL', async () => {
    const user = userEvent.setup();
    renderBarAndTimeline();
    expect(screen.getByText('All 3 meetings')).toBeInTheDocument();

    await user.selectOptions(dialogueSelect(), 'All-weather');
    await waitFor(() => expect(window.location.search).toBe('?dialogue=all'));
    expect(await screen.findByText('1 of 3 meetings')).toBeInTheDocument();
    expect(dialogueSelect()).toHaveDisplayValue('All-weather');

    await user.selectOptions(dialogueSelect(), 'Both dialogues');
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByText('All 3 meetings')).toBeInTheDocument();
    expect(dialogueSelect()).toHaveDisplayValue('Both dialogues');
  });

  it('restores the dialogue with id "all" from a shared URL', () => {
    renderBarAndTimeline('/?dialogue=all');
    expect(dialogueSelect()).toHaveDisplayValue('All-weather');
    expect(screen.getByText('1 of 3 meetings')).toBeInTheDocument();
  });

  it('restores both dialogues from a URL without the parameter, and one dialogue by its id', () => {
    const { unmount } = renderBarAndTimeline('/');
    expect(dialogueSelect()).toHaveDisplayValue('Both dialogues');
    unmount();
    renderBarAndTimeline('/?dialogue=dialogue-a');
    expect(dialogueSelect()).toHaveDisplayValue('A');
    expect(screen.getByText('2 of 3 meetings')).toBeInTheDocument();
  });
});

describe('FilterBar: the "Showing" line', () => {
  const rtlLabel = 'حقوق الإنسان\u202E';

  it('isolates each topic label and the search, so the words after them keep their order', () => {
    const base = makeDataset();
    const dataset = makeDataset({
      topics: base.topics.map((topic, index) =>
        index === 0 ? { ...topic, label: rtlLabel } : topic,
      ),
    });
    renderWithProviders(<FilterBar />, {
      dataset,
      url: '/?topic=topic-a,topic-b&year=2022&q=%D7%A9%D7%9C%D7%95%D7%9D',
    });
    const line = screen.getByText(/^Showing:/);
    expect(line).toHaveTextContent(
      `Showing: Topics: ${rtlLabel}, Topic B · Year: 2022 · Search: “שלום”`,
    );
    const label = within(line).getByText(rtlLabel);
    expect(label.tagName).toBe('BDI');
    expect(within(line).getByText('Topic B').tagName).toBe('BDI');
    expect(within(line).getByText('שלום').tagName).toBe('BDI');
    // The app's own words stay outside the isolates.
    expect(label).not.toHaveTextContent('Year');
  });
});

describe('FilterBar: names built from the data', () => {
  const reversed = '\u202Eabc';
  const base = makeDataset();
  const dataset = makeDataset({
    dialogues: base.dialogues.map((dialogue) => ({ ...dialogue, shortName: reversed })),
    topics: base.topics.map((topic, index) =>
      index === 0 ? { ...topic, label: reversed } : topic,
    ),
  });

  it('isolates the meeting name in each "As of" option, before the app’s date', () => {
    renderWithProviders(<FilterBar />, { dataset });
    const presets = screen.getByRole('combobox', { name: 'As of' });
    const texts = within(presets)
      .getAllByRole<HTMLOptionElement>('option')
      .map((option) => option.text);
    expect(texts).toContain('\u2068\u202Eabc round 1\u2069 (11 April 2022)');
  });

  it('isolates each chosen topic in the Topics button’s description', () => {
    renderWithProviders(<FilterBar />, { dataset, url: '/?topic=topic-a,topic-b' });
    const topics = screen.getByRole('button', { name: 'Topic' });
    expect(topics).toHaveAccessibleDescription(`2 selected: ${reversed}, Topic B`);
    const summary = screen.getByText(/^2 selected:/);
    expect(within(summary).getByText(reversed).tagName).toBe('BDI');
    expect(within(summary).getByText('Topic B').tagName).toBe('BDI');
  });
});

describe('FilterBar: one "As of" control', () => {
  pinToday('2026-12-06');
  const asOf = () => screen.getByRole('combobox', { name: 'As of' });
  const param = () => new URLSearchParams(window.location.search).get('asof');

  it('sets the day of a held round in one choice, and today again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FilterBar />, { dataset: makeDataset() });
    expect(asOf()).toHaveDisplayValue('Today (all records)');
    expect(screen.queryByLabelText('Date')).not.toBeInTheDocument();
    await user.selectOptions(asOf(), '2022-04-11');
    await waitFor(() => expect(param()).toBe('2022-04-11'));
    expect(screen.getByText(/Showing: As of 11 April 2022/)).toBeInTheDocument();
    await user.selectOptions(asOf(), '');
    await waitFor(() => expect(param()).toBeNull());
  });

  it('offers a date of the reader’s choosing, and names it the app’s way once chosen', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FilterBar />, { dataset: makeDataset() });
    await user.selectOptions(asOf(), 'Another date…');
    const date = screen.getByLabelText('Date');
    expect(param()).toBeNull();
    await user.type(date, '2023-01-24');
    await waitFor(() => expect(param()).toBe('2023-01-24'));
    expect(asOf()).toHaveDisplayValue('24 January 2023 (a date of your choice)');

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(param()).toBeNull());
    expect(asOf()).toHaveDisplayValue('Today (all records)');
    expect(screen.queryByLabelText('Date')).not.toBeInTheDocument();
  });

  it('restores a chosen date from a shared URL, with its field', () => {
    renderWithProviders(<FilterBar />, { dataset: makeDataset(), url: '/?asof=2023-01-24' });
    expect(asOf()).toHaveDisplayValue('24 January 2023 (a date of your choice)');
    expect(screen.getByLabelText('Date')).toHaveValue('2023-01-24');
  });
});
