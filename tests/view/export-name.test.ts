import { exportFileName } from '@/view/export-name';
import { DEFAULT_FILTERS } from '@/view/filters';

describe(exportFileName, () => {
  it('is the chart name alone with no filters', () => {
    expect(exportFileName('topic-frequency', DEFAULT_FILTERS, 'png')).toBe('topic-frequency.png');
  });

  it('names topics and a year range', () => {
    expect(
      exportFileName(
        'topic-frequency',
        { ...DEFAULT_FILTERS, topics: ['disability-rights'], years: [2023, 2024] },
        'png',
      ),
    ).toBe('topic-frequency_disability-rights_2023-2024.png');
  });

  it('joins several values and non-consecutive years with +', () => {
    expect(
      exportFileName(
        'timeline',
        {
          topics: ['a', 'b'],
          years: [2017, 2022, 2023],
          dialogue: 'us-kz-hld',
          statuses: ['adopted', 'complete'],
          search: 'Ержан Kazykhan!',
          asOf: '2023-01-24',
        },
        'csv',
      ),
    ).toBe(
      'timeline_a+b_2017+2022-2023_us-kz-hld_adopted+complete_q-erzhan-kazykhan_as-of-2023-01-24.csv',
    );
  });

  it('leaves out a search with nothing to spell in ASCII', () => {
    expect(exportFileName('timeline', { ...DEFAULT_FILTERS, search: '—' }, 'svg')).toBe(
      'timeline.svg',
    );
  });
});
