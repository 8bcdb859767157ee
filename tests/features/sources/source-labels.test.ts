import { describePublished, languageName, meetingLabel } from '@/features/sources/source-labels';
import { loadSourcesDataset } from './sources-fixture';

const dataset = loadSourcesDataset();

describe(meetingLabel, () => {
  it('names a numbered round after its dialogue', () => {
    expect(meetingLabel(dataset, dataset.meetings[0]!)).toBe('A round 1');
  });

  it('names an unnumbered meeting by its date', () => {
    expect(meetingLabel(dataset, dataset.meetings[1]!)).toBe('A meeting of 2025');
  });

  it('uses the dialogue id when the dialogue is unknown', () => {
    expect(meetingLabel(dataset, { ...dataset.meetings[0]!, dialogue: 'gone' })).toBe(
      'gone round 1',
    );
  });
});

describe(describePublished, () => {
  it.each([
    [null, 'date not shown'],
    [{ value: '2024-05-20', precision: 'day', uncertain: false }, '20 May 2024'],
    [{ value: '2024-05', precision: 'month', uncertain: true }, 'May 2024 (uncertain)'],
    [{ value: '2024', precision: 'year', uncertain: false }, '2024'],
  ] as const)('%j → %s', (published, text) => {
    expect(describePublished(published)).toBe(text);
  });
});

describe(languageName, () => {
  it.each([
    ['en', 'English'],
    ['ru', 'Russian'],
    ['kk', 'Kazakh'],
    ['not a tag!', 'not a tag!'],
  ])('%s → %s', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });
});
